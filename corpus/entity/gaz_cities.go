package entity

import "strings"

// cityList names further cities, regions and landmarks of the news, one
// "Key|Name|forms" entry a line; forms use the seed syntax. Entries whose
// forms are empty take the name as their only English form.
const cityList = `
tigray|Tigray|
mekelle|Mekelle|en:Mekelle|Mek'ele
darfur|Darfur|
sahel|Sahel|
sahara|Sahara|en:Sahara|Sahara Desert;sw:Jangwa la Sahara
cabo-delgado|Cabo Delgado|
north-kivu|North Kivu|en:North Kivu;sw:Kivu Kaskazini
south-kivu|South Kivu|en:South Kivu;sw:Kivu Kusini
kivu|Kivu|
ituri|Ituri|
suez-canal|Suez Canal|en:Suez Canal|Suez;sw:Mfereji wa Suez
nile|Nile|en:Nile|River Nile|Blue Nile|White Nile;sw:Mto Nile
lake-victoria|Lake Victoria|en:Lake Victoria;sw:Ziwa Victoria
kilimanjaro|Kilimanjaro|en:Kilimanjaro|Mount Kilimanjaro;sw:Mlima Kilimanjaro
serengeti|Serengeti|
sanaa|Sanaa|en:Sanaa|Sana'a
aden|Aden|
marib|Marib|
beirut|Beirut|en:Beirut;sq:Bejrut
tripoli|Tripoli|
benghazi|Benghazi|
idlib|Idlib|
aleppo|Aleppo|en:Aleppo;sq:Alep
mosul|Mosul|
xinjiang|Xinjiang|
tibet|Tibet|
kashmir|Kashmir|
donetsk|Donetsk|
luhansk|Luhansk|en:Luhansk|Lugansk
zaporizhzhia|Zaporizhzhia|en:Zaporizhzhia|Zaporizhzhya
kherson|Kherson|
mariupol|Mariupol|
bakhmut|Bakhmut|
nagorno-karabakh|Nagorno-Karabakh|en:Nagorno-Karabakh|Karabakh
yangon|Yangon|en:Yangon|Rangoon
rakhine|Rakhine|
pemba|Pemba|
tanga|Tanga|
kigoma|Kigoma|
mbeya|Mbeya|
morogoro|Morogoro|
iringa|Iringa|
tabora|Tabora|
mtwara|Mtwara|
kagera|Kagera|
bukoba|Bukoba|
moshi|Moshi|
nakuru|Nakuru|
eldoret|Eldoret|
nyeri|Nyeri|
garissa|Garissa|
kakamega|Kakamega|
machakos|Machakos|
lamu|Lamu|
malindi|Malindi|
turkana|Turkana|
dadaab|Dadaab|
kakuma|Kakuma|
gulu|Gulu|
jinja|Jinja|
mbarara|Mbarara|
entebbe|Entebbe|
wakiso|Wakiso|
bujumbura|Bujumbura|
gitega|Gitega|
bukavu|Bukavu|
beni|Beni|
lubumbashi|Lubumbashi|
bangui|Bangui|
ndjamena|N'Djamena|en:N'Djamena|Ndjamena
niamey|Niamey|
bamako|Bamako|
ouagadougou|Ouagadougou|
dakar|Dakar|
abidjan|Abidjan|
accra|Accra|
freetown|Freetown|
monrovia|Monrovia|
yaounde|Yaoundé|en:Yaounde|Yaoundé
brazzaville|Brazzaville|
luanda|Luanda|
harare|Harare|
lusaka|Lusaka|
lilongwe|Lilongwe|
maputo|Maputo|
windhoek|Windhoek|
gaborone|Gaborone|
antananarivo|Antananarivo|
djibouti-city|Djibouti City|en:Djibouti City
asmara|Asmara|
hargeisa|Hargeisa|
somaliland|Somaliland|
puntland|Puntland|
kismayo|Kismayo|
baidoa|Baidoa|
omdurman|Omdurman|
tunis|Tunis|
algiers|Algiers|
rabat|Rabat|
casablanca|Casablanca|
chibok|Chibok|
maiduguri|Maiduguri|
kano|Kano|
durban|Durban|
atlanta|Atlanta|
boston|Boston|
seattle|Seattle|
miami|Miami|
houston|Houston|
dallas|Dallas|
detroit|Detroit|
philadelphia|Philadelphia|
san-francisco|San Francisco|
las-vegas|Las Vegas|
minneapolis|Minneapolis|
arizona|Arizona|
pennsylvania|Pennsylvania|en:Pennsylvania;sq:Pensilvani
michigan|Michigan|
wisconsin|Wisconsin|
minnesota|Minnesota|
virginia|Virginia|en:Virginia;sq:Virxhini|Virxhinia
west-virginia|West Virginia|en:West Virginia;sw:Virginia Magharibi;sq:Virxhinia Perëndimore|Virxhini Perëndimore
maryland|Maryland|
ohio|Ohio|
nevada|Nevada|
new-jersey|New Jersey|
north-carolina|North Carolina|
illinois|Illinois|
massachusetts|Massachusetts|en:Massachusetts;sq:Masaçusets
alaska|Alaska|
hawaii|Hawaii|
manchester|Manchester|
birmingham|Birmingham|
edinburgh|Edinburgh|
glasgow|Glasgow|
scotland|Scotland|en:Scotland;en+:Scottish|Scots;sw:Uskoti;sq:Skoci
wales|Wales|en:Wales;en+:Welsh;sw:Wales;sq:Uells
northern-ireland|Northern Ireland|
munich|Munich|en:Munich;sq:Mynih
frankfurt|Frankfurt|
hamburg|Hamburg|
milan|Milan|en:Milan;sq:Milano
barcelona|Barcelona|
lisbon|Lisbon|en:Lisbon;sq:Lisbonë
amsterdam|Amsterdam|
stockholm|Stockholm|
oslo|Oslo|
copenhagen|Copenhagen|en:Copenhagen;sq:Kopenhagë
helsinki|Helsinki|
budapest|Budapest|
prague|Prague|en:Prague;sq:Pragë
bucharest|Bucharest|en:Bucharest;sq:Bukuresht
sofia|Sofia|
zagreb|Zagreb|
sarajevo|Sarajevo|
podgorica|Podgorica|
durres|Durrës|en:Durres|Durrës;sq:Durrës
shkoder|Shkodër|en:Shkodra|Shkoder;sq:Shkodër
vlore|Vlorë|en:Vlora|Vlore;sq:Vlorë
elbasan|Elbasan|
korce|Korçë|en:Korca|Korçë;sq:Korçë
prizren|Prizren|
mitrovica|Mitrovica|en:Mitrovica;sq:Mitrovicë
st-petersburg|St Petersburg|en:St Petersburg|St. Petersburg|Saint Petersburg;sq:Shën Petersburg
vladivostok|Vladivostok|
karachi|Karachi|
lahore|Lahore|
kolkata|Kolkata|en:Kolkata|Calcutta
hiroshima|Hiroshima|
osaka|Osaka|
busan|Busan|
taipei|Taipei|
guangzhou|Guangzhou|
wuhan|Wuhan|
shenzhen|Shenzhen|
ho-chi-minh-city|Ho Chi Minh City|
da-nang|Da Nang|
phnom-penh|Phnom Penh|
kuala-lumpur|Kuala Lumpur|
hanoi|Hanoi|
rio-de-janeiro|Rio de Janeiro|
sao-paulo|São Paulo|en:Sao Paulo|São Paulo
buenos-aires|Buenos Aires|
mexico-city|Mexico City|
bogota|Bogotá|en:Bogota|Bogotá
caracas|Caracas|
havana|Havana|en:Havana;sq:Havanë
toronto|Toronto|
vancouver|Vancouver|
melbourne|Melbourne|
auckland|Auckland|
`

// citySeeds parses cityList.
func citySeeds() []seed {
	var out []seed
	for _, line := range strings.Split(cityList, "\n") {
		key, rest, ok := strings.Cut(strings.TrimSpace(line), "|")
		if !ok {
			continue
		}
		name, forms, _ := strings.Cut(rest, "|")
		if forms == "" {
			forms = "en:" + name
		}
		out = append(out, seed{key: key, name: name, typ: Place, forms: forms})
	}
	return out
}
