package entity

import (
	"slices"
	"strings"
	"testing"
)

// goldSeeds lists, per sample article, mentions that must be found with
// the key they must link to (written from the texts themselves).
var goldSeeds = map[string]map[string][]string{
	"000_33affdd9658b75e7": { // Swahili
		"cldr:RU":         {"Urusi", "Kirusi"},
		"vladimir-putin":  {"Vladimir Putin", "Putin"},
		"hanoi":           {"Hanoi"},
		"cldr:VN":         {"Vietnam"},
		"cldr:US":         {"Marekani"},
		"cldr:CN":         {"China"},
		"south-china-sea": {"Bahari ya Kusini ya China"},
		"cldr:UA":         {"Ukraine"},
		"us-embassy":      {"Ubalozi wa Marekani"},
		"joe-biden":       {"Joe Biden"},
		"xi-jinping":      {"Xi Jinping"},
		"icc":             {"Mahakama ya Kimataifa ya Uhalifu", "ICC"},
	},
	"001_cac8cb833e5ac3c9": { // Albanian
		"cldr:RU":         {"rus", "Rusisë", "Rusia"},
		"vladimir-putin":  {"Vladimir Putin", "Putin", "Putinit", "Putinin"},
		"cldr:VN":         {"Vietnamin", "Vietnam", "Vietnamit", "Vietnami"},
		"moscow":          {"Moska"},
		"cldr:UA":         {"Ukrainë", "Ukrainës"},
		"cldr:035":        {"Azinë juglindore"},
		"cldr:KP":         {"Koreja e Veriut"},
		"kim-jong-un":     {"Kim Jong Un"},
		"pyongyang":       {"Pheniani"},
		"to-lam":          {"To Lam"},
		"communist-party": {"Partisë Komuniste"},
		"us-embassy":      {"Ambasada amerikane", "Ambasada e SHBA-së"},
		"west":            {"Perëndimi"},
		"cldr:US":         {"SHBA-ja"},
		"icc":             {"Gjykata Ndërkombëtare Penale"},
		"the-hague":       {"Hagë"},
		"kremlin":         {"Kremlini"},
		"hanoi":           {"Hanoi"},
	},
	"002_ccae6763f4c1f9ed": {
		"vladimir-putin":   {"Vladimir Putin", "Putin"},
		"cldr:VN":          {"Vietnam"},
		"cldr:RU":          {"Russian", "Russia"},
		"hanoi":            {"Hanoi"},
		"cldr:KP":          {"North Korean"},
		"kim-jong-un":      {"Kim Jong Un"},
		"moscow":           {"Moscow"},
		"cldr:UA":          {"Ukraine"},
		"communist-party":  {"Communist Party"},
		"nguyen-phu-trong": {"Nguyen Phu Trong"},
		"to-lam":           {"To Lam"},
		"pham-minh-chinh":  {"Pham Minh Chinh"},
		"pyongyang":        {"Pyongyang"},
		"cldr:CN":          {"China"},
		"cldr:US":          {"United States", "US"},
		"cldr:142":         {"Asia"},
		"us-embassy":       {"US embassy"},
		"ap":               {"AP"},
	},
	"003_707b086c27e1c708": {
		"vladimir-putin": {"Vladimir Putin", "Putin"},
		"to-lam":         {"To Lam", "Lam"},
		"cldr:VN":        {"Vietnam", "Vietnamese"},
		"moscow":         {"Moscow"},
		"cldr:KP":        {"North Korea"},
		"kim-jong-un":    {"Kim Jong Un"},
		"pyongyang":      {"Pyongyang"},
		"asia-pacific":   {"Asia-Pacific"},
		"us-embassy":     {"American Embassy", "US Embassy"},
		"west":           {"West"},
		"icc":            {"International Criminal Court"},
		"the-hague":      {"The Hague"},
		"kremlin":        {"Kremlin"},
		"hanoi":          {"Hanoi"},
		"cldr:CN":        {"China"},
		"cldr:US":        {"US", "United States"},
	},
	"004_dc8a611bddc792d5": {
		"vladimir-putin":             {"Vladimir Putin", "Putin"},
		"to-lam":                     {"To Lam"},
		"hanoi":                      {"HANOI", "Hanoi"},
		"cldr:KP":                    {"North Korea", "North Korean", "North Koreans"},
		"kim-jong-un":                {"Kim Jong Un", "Kim"},
		"pyongyang":                  {"Pyongyang"},
		"south-china-sea":            {"South China Sea"},
		"beijing":                    {"Beijing"},
		"nguyen-phu-trong":           {"Nguyen Phu Trong"},
		"communist-party-of-vietnam": {"Communist Party of Vietnam", "PCV"},
		"icc":                        {"International Criminal Court", "ICC"},
		"the-hague":                  {"The Hague"},
		"kremlin":                    {"Kremlin"},
		"xi-jinping":                 {"Xi Jinping"},
		"joe-biden":                  {"Joe Biden"},
		"cldr:US":                    {"United States", "US"},
		"cldr:142":                   {"Asia"},
		"asia-pacific":               {"Asia-Pacific"},
		"cldr:035":                   {"Southeast Asian"},
		"cldr:EU":                    {"European Union"},
		"un-security-council":        {"United Nations Security Council"},
		"vietnam-news-agency":        {"Vietnam News Agency", "VNA"},
		"soviet-union":               {"Soviet Union"},
		"cldr:JP":                    {"Japan"},
		"cldr:SG":                    {"Singapore"},
	},
}

// goldShared are exactly the entities two or more sample articles name.
var goldShared = []string{
	"cldr:VN", "cldr:RU", "vladimir-putin", "hanoi", "cldr:US", "cldr:UA", "moscow", "to-lam",
	"cldr:KP", "icc", "west", "us-embassy", "cldr:CN", "kim-jong-un", "pyongyang", "kremlin",
	"communist-party", "the-hague", "cldr:142", "ap", "nguyen-phu-trong", "south-china-sea",
	"asia-pacific", "joe-biden", "xi-jinping", "cldr:035",
	// Names no gazetteer knows, linked by their spelling:
	"~presidential-palace", "~prashanth-parameswaran", "~wilson-center-s-asia-program",
}

// notNames must never be (part of) a mention: titles, calendar words,
// headline words, photo credits, page furniture, glued words.
var notNames = []string{
	"Rais", "Presidenti", "President", "Juni", "June", "Thursday", "Machi", "qershor", "POOL", "Pool",
	"MANAN", "VATSYAYANA", "GAVRIIL", "STR", "Makubaliano", "Silaha", "Nishati", "Miamala", "Sarafu",
	"Uhusiano", "Uamuzi", "Kiuchumi", "Wakati", "What", "Discussions", "Agreements", "Diplomacy",
	"Concerns", "Communist-run", "Thursdayto", "Putinsigned", "Lamduring", "Vietnambut", "Jinpinglike",
	"Bidenvisited", "Read", "Share", "Leave", "Comment", "Pallatin", "Wednesday", "Meanwhile",
}

func TestSampleGoldMentions(t *testing.T) {
	ix := Link(sampleCorpus(t))
	for id, gold := range goldSeeds {
		got := map[string][]string{}
		for _, m := range ix.InArticle(id) {
			got[m.Key] = append(got[m.Key], m.Text)
		}
		for key, forms := range gold {
			for _, f := range forms {
				if !slices.Contains(got[key], f) {
					t.Errorf("%s: %q not linked to %s (got %q)", id, f, key, got[key])
				}
			}
		}
	}
}

func TestSampleSharedExactly(t *testing.T) {
	ix := Link(sampleCorpus(t))
	var got []string
	for _, e := range ix.Shared() {
		got = append(got, e.Key)
		if e.Articles() < 2 {
			t.Errorf("%s shared by %d article(s)", e.Key, e.Articles())
		}
	}
	for _, k := range goldShared {
		if !slices.Contains(got, k) {
			t.Errorf("shared entity %s missing", k)
		}
	}
	for _, k := range got {
		if !slices.Contains(goldShared, k) {
			e, _ := ix.Entity(k)
			t.Errorf("false shared entity %s %q", k, e.Forms)
		}
	}
	shared := ix.Shared()
	for i := 1; i < len(shared); i++ {
		a, b := shared[i-1], shared[i]
		if a.Articles() < b.Articles() || a.Articles() == b.Articles() && len(a.Mentions) < len(b.Mentions) {
			t.Errorf("Shared not sorted: %s (%d/%d) before %s (%d/%d)", a.Key, a.Articles(), len(a.Mentions),
				b.Key, b.Articles(), len(b.Mentions))
		}
	}
}

func TestSampleNoFalseMentions(t *testing.T) {
	ix := Link(sampleCorpus(t))
	for _, e := range ix.Entities() {
		for _, m := range e.Mentions {
			for _, w := range strings.FieldsFunc(m.Text, func(r rune) bool { return r == ' ' || r == '.' }) {
				if slices.Contains(notNames, w) {
					t.Errorf("%s: %q (in %q, key %s) is not a name", m.Article, w, m.Text, m.Key)
				}
			}
		}
	}
}

func TestSampleNamesAndTypes(t *testing.T) {
	ix := Link(sampleCorpus(t))
	want := map[string]struct {
		name string
		typ  Type
	}{
		"cldr:RU":                 {"Russia", Place},
		"vladimir-putin":          {"Vladimir Putin", Person},
		"icc":                     {"International Criminal Court", Org},
		"~prashanth-parameswaran": {"Prashanth Parameswaran", Person},
		"~presidential-palace":    {"Presidential Palace", Place},
	}
	for key, w := range want {
		e, ok := ix.Entity(key)
		if !ok {
			t.Errorf("no entity %s", key)
			continue
		}
		if e.Name != w.name || e.Type != w.typ {
			t.Errorf("%s: name %q type %s, want %q %s", key, e.Name, e.Type, w.name, w.typ)
		}
	}
}

func TestSampleSpansValid(t *testing.T) {
	c := sampleCorpus(t)
	ix := Link(c)
	for _, a := range c.Articles {
		ms := ix.InArticle(a.ID)
		if len(ms) == 0 {
			t.Errorf("%s: no mentions", a.ID)
		}
		prev := 0
		for _, m := range ms {
			if m.Start < prev || m.End <= m.Start || m.End > len(a.Body) {
				t.Fatalf("%s: bad span %d-%d after %d", a.ID, m.Start, m.End, prev)
			}
			if a.Body[m.Start:m.End] != m.Text {
				t.Errorf("%s: text %q != body %q", a.ID, m.Text, a.Body[m.Start:m.End])
			}
			prev = m.End
		}
	}
}
