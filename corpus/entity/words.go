package entity

import "strings"

// wordSet is a set of folded words.
type wordSet map[string]bool

func words(lists ...string) wordSet {
	s := wordSet{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			s[Fold(w)] = true
		}
	}
	return s
}

// Calendar words are capitalised in English and Swahili but never names.
const calendar = `January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba
Jumatatu Jumanne Jumatano Alhamisi Alhamis Ijumaa Jumamosi Jumapili Disemba Januari Febuari
janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor
hënë martë mërkurë enjte premte shtunë diel`

// extraCommon adds, per language, capitalised words that open sentences
// and headlines but are never names, beyond the NTREX lists.
var extraCommon = map[string]string{
	"en": calendar + ` The A An This That These Those It Its He She They We You I His Her Their Our
		What Who Why How When Where Which Here There If But And Or So As At In On Of For From To By With
		After Before During Since Until While Meanwhile However Additionally Also Although Though Despite
		Last Next First Second Many Much Most Some All Both Each Every No Not Yes Share Leave Comment Post
		Read More Min Receive Get Follow Latest Updates Discussions Agreements Diplomacy Concerns Story
		Photo Photos Pool File Video Caption Credit Image Images Getty Courtesy Handout Editor Editing
		Reporting Writing Advertisement Related Sign Subscribe Watch Live Breaking Update Prev Previous News
		North South East Northern Southern Eastern Central You Corona Coronavirus Covid COVID COVID-19
		Ebola`,
	"sw": calendar + ` Hata Hivyo Hii Huu Hizi Hilo Hayo Kwa Katika Na Ni Si Wakati Baada Kabla Lakini
		Pia Kama Ili Mnamo Tangu Hadi Kuhusu Kwamba Kutoka Kufuatia Ziara Uhusiano Uamuzi Silaha Nishati
		Miamala Sarafu Makubaliano Madhumuni Mbinu Ubalozi Serikali Kiuchumi Kigeni Kisiasa Kimataifa
		Habari Picha Soma Zaidi Mwanachama Kutokuwa Uwiano Sera Mungu Mambo Nje Mashariki
		Magharibi Kusini Kaskazini Kati Seneti Mkaguzi Mdhibiti Taifa Kitaifa Dunia Duniani Ulinzi Usalama
		Maendeleo Sayansi Hesabu Upelelezi`,
	"sq": calendar + ` Kjo Ky Këto Ai Ajo Ata Ato Në Nga Me Për Por Dhe Edhe Gjatë Pas Para Sipas Shumë
		Më Se Si Ku Kur Çfarë Pse Lajme Foto Burimi`,
}

// Titles and honorifics: they announce a person but are not part of the
// name (Rais Uhuru Kenyatta, Presidenti Putin, President To Lam).
var titles = map[string]wordSet{
	"en": words(`President Vice Prime Minister Secretary General Chancellor King Queen Prince Princess
		Pope Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady Sen Senator Rep Gov Governor Mayor Gen
		Col Capt Lt Sgt Cmdr Adm Judge Justice Ambassador Chairman Chairwoman Spokesman Spokeswoman
		Spokesperson Speaker Commissioner Envoy Premier Deputy Leader Coach Manager Sheikh Ayatollah
		Bishop Archbishop Cardinal Rev Reverend Commander Marshal Colonel Sergeant Inspector Detective
		Emir Sultan Secretary-General Vice-President`),
	"sw": words(`Rais Makamu Waziri Mkuu Naibu Katibu Mwenyekiti Bw Bwana Bi Bibi Dkt Dk Daktari Prof Profesa
		Mhe Mheshimiwa Jaji Askofu Padri Sheikh Shehe Mbunge Spika Kocha Meneja Mkurugenzi Msemaji Kamanda
		Jenerali Balozi Gavana Seneta Mfalme Malkia Mwana Mzee Mama Baba Kiongozi Mkuu-wa Kapteni Luteni
		Inspekta Kamishna Afisa Mtendaji Meya Diwani Mwalimu Mchungaji Imamu Kardinali Papa Hayati Marehemu`),
	"sq": words(`Presidenti Presidentit Presidentin Kryeministri Kryeministrit Kryeministrin Ministri Ministrit
		Ministrin Zëvendëskryeministri Sekretari Sekretarit Ambasadori Ambasadorit Kryetari Kryetarit
		Deputeti Deputetja Zoti Z Znj Zonja Dr Prof Gjenerali Gjeneral Papa Mbreti Mbretëresha Princi
		Trajneri Lideri Liderit Udhëheqësi Zëdhënësi Zëdhënësja Drejtori Komandanti Kancelari Kreu`),
}

// Head words of organisation names. English heads close the name
// (Wilson Center); Swahili and Albanian heads open it (Chama cha
// Mapinduzi, Gjykata Kushtetuese).
var orgHeads = map[string]wordSet{
	"en": words(`Association Agency Center Centre Institute Party Council Committee Court Bank University
		College School Program Programme Ministry Department Union Organization Organisation Corporation
		Company Group Foundation Fund Commission Assembly Parliament Congress Army Navy Police Club
		Federation League Inc Ltd Corp Co Airlines Airways Bureau Authority Service Office Network Press
		Media Television Radio TV Embassy Project Trust Society Alliance Front Movement Board Institution
		Times Post Journal Herald Tribune Telegraph Guardian Daily Gazette Forum Council Senate Cabinet
		Government Administration Hospital Church Mission Brigade Battalion Guard Forces Force Agency
		Exchange Holdings Industries Group Motors Bank Capital Partners Labs Laboratory Team Chamber
		Secretariat Tribunal Directorate Academy Foundation FC Ministry Museum Library Orchestra`),
	"sw": words(`Chama Shirika Benki Wizara Kampuni Baraza Tume Mamlaka Jeshi Chuo Taasisi Bunge Mahakama
		Klabu Umoja Jumuiya Idara Halmashauri Kamati Ofisi Kituo Gazeti Hospitali Shule Kanisa Msikiti
		Timu Muungano Serikali Jukwaa Mfuko Ubalozi Ikulu Polisi Kikosi Bodi Sekretarieti Wakala`),
	"sq": words(`Partia Partisë Ministria Ministrisë Banka Bankës Gjykata Gjykatës Universiteti Universitetit
		Kuvendi Kuvendit Këshilli Këshillit Organizata Organizatës Ambasada Ambasadës Agjencia Agjencisë
		Shoqata Shoqatës Instituti Institutit Kompania Kompanisë Qeveria Qeverisë Policia Policisë
		Ushtria Ushtrisë Komisioni Komisionit Fondacioni Bashkimi Bashkimit Lidhja Lidhjes Klubi Klubit
		Kombëtarja Presidenca Kryeministria Prokuroria Akademia Spitali Radio Televizioni`),
}

// Head words of place names (Ho Chi Minh City, Mkoa wa Arusha, Deti
// Adriatik), same order conventions as orgHeads.
var placeHeads = map[string]wordSet{
	"en": words(`City Province River Sea Ocean Island Islands Mountain Mountains Mount Lake Valley Region
		County Street Square Strait Gulf Bay Peninsula Desert Airport Palace House Stadium Avenue Road
		Bridge Park Hall Hill Hills Coast Canal Village District Territory Republic Kingdom Emirates
		Cape Beach Port Harbour Harbor Forest Plateau Basin Delta Falls Tower Castle Cathedral`),
	"sw": words(`Mji Jiji Mkoa Wilaya Kaunti Jimbo Ziwa Mto Mlima Kisiwa Visiwa Bahari Bonde Kijiji Mtaa
		Uwanja Eneo Kata Tarafa Pwani Rasi Ghuba Mbuga Msitu Bandari Jamhuri`),
	"sq": words(`Qyteti Qytetit Deti Detit Lumi Lumit Liqeni Liqenit Rajoni Rajonit Provinca Provincës
		Sheshi Sheshit Rruga Rrugës Pallati Pallatin Pallatit Komuna Komunës Fshati Fshatit Republika
		Republikës Mbretëria Mbretërisë Bulevardi Stadiumi Aeroporti`),
}

// Head words of names of events, prizes and competitions: these name no
// person, place or organisation (World Cup, US Open, Nobel Prize).
var eventHeads = words(`Cup Series Open Championship Championships Games Prize Award Awards Trophy Tour
	Olympics Festival Summit Conference Expo Marathon Grand Prix League`)

// Words just before a name that say what it is.
var (
	personCues = words(`said says told added wrote alisema amesema anasema alieleza ameeleza aliongeza
		ameongeza alisisitiza amesisitiza aliandika ameandika alitangaza ametangaza aliiambia ameiambia
		tha deklaroi shtoi
		Bw Bi mchezaji mshambuliaji kiungo beki kipa kocha mwanamuziki msanii mwandishi mtangazaji
		mwanasiasa mbunge waziri rais spika jaji balozi mkurugenzi msemaji mwenyekiti katibu
		mr mrs ms dr president minister leader spokesman striker midfielder defender goalkeeper coach
		presidentit presidenti ministri kryeministri ambasadori lideri`)
	placeCues = words(`mjini nchini jijini katika huko kutoka kuelekea hadi karibu mkoani wilayani kaunti
		in at from near to into across visited qytetin ne nga drejt`)
	orgCues = words(`kampuni chama shirika klabu timu benki gazeti kituo wizara idara`)
)

// Linkers that join the words of a name in each language (Bahari ya
// Kusini ya China, Gjykata e Lartë, Bank of England, Ursula von der Leyen).
var linkers = map[string]wordSet{
	"en": words(`of of-the for de del della di da van von der den la le du al el bin bint ibn dos das`),
	"sw": words(`ya wa la cha za vya kwa`),
	"sq": words(`e i të së`),
}

// neverNames are capitalised words of the news that name no person,
// place or organisation in any language: diseases, prizes.
var neverNames = words(`Corona Coronavirus Covid COVID-19 Ebola Nobel Oscar Oscars Olympics Olimpiki`)

// creditWords are capitalised words of photo credits and page furniture.
var creditWords = words(`POOL STR AFP/STR PHOTO FILE NEWS UPDATE LIVE BREAKING WATCH READ MORE PREV NEXT
	CAPTION VIDEO AI OK TV`)
