package entity

import (
	"slices"
	"sort"
	"strings"
	"sync"
)

// seed is one gazetteer entry as written in the tables: forms lists
// surface forms per language, "en:Russia|Russian Federation;sw:Urusi".
// A language written with a trailing '+' ("en+:Russian") lists demonyms
// and adjectives: they link to the entry but are mentions of type Other.
// Seeds with the same key merge, so hand tables extend CLDR rows.
type seed struct {
	key, name string
	typ       Type
	forms     string
}

// alias is one surface form of a gazetteer entry.
type alias struct {
	Lang    string // "en", "sw", "sq"
	Form    string // as written in the table
	Demonym bool
}

// gazEntry is one canonical entity of the gazetteer.
type gazEntry struct {
	Key, Name string
	Type      Type
	Aliases   []alias
}

// phrase is an alias split into folded tokens for matching.
type phrase struct {
	toks    []string
	caps    []bool // token must be capitalised in the text
	acronym []bool // token must be written in capitals (US, ICC)
	// seps holds the punctuation written before each token ("&" in
	// "Trinidad & Tobago", "." in "St. Lucia"), spaces left out.
	seps    []string
	ent     int
	lang    string
	demonym bool
}

// gazetteer indexes aliases by their first folded token.
type gazetteer struct {
	ents  []gazEntry
	byKey map[string]int
	first map[string][]phrase
	// names holds folded single-token aliases and the tokens of person
	// names: the prefixes that may be glued to a following word.
	names map[string]bool
}

// lexicon bundles the immutable tables recognition needs.
type lexicon struct {
	gaz    *gazetteer
	common map[string]map[string]bool // lang → folded lower-case words
}

// defaultLexicon is built once, on first use, and never changed after.
var defaultLexicon = sync.OnceValue(func() *lexicon {
	seeds := slices.Concat(cldrSeeds, placeSeeds, demonymSeeds, citySeeds(), orgSeeds, moreOrgSeeds, personSeeds, morePersonSeeds)
	return &lexicon{gaz: newGazetteer(seeds), common: buildCommon()}
})

func buildCommon() map[string]map[string]bool {
	out := make(map[string]map[string]bool, len(commonWords))
	for lang, list := range commonWords {
		m := make(map[string]bool, 4096)
		for _, w := range strings.Fields(list) {
			m[w] = true
		}
		for _, w := range strings.Fields(extraCommon[lang]) {
			m[Fold(w)] = true
		}
		out[lang] = m
	}
	return out
}

func newGazetteer(seeds []seed) *gazetteer {
	g := &gazetteer{byKey: map[string]int{}, first: map[string][]phrase{}, names: map[string]bool{}}
	for _, s := range seeds {
		i, ok := g.byKey[s.key]
		if !ok {
			i = len(g.ents)
			g.byKey[s.key] = i
			g.ents = append(g.ents, gazEntry{Key: s.key, Name: s.name, Type: s.typ})
		}
		if s.name != "" && ok {
			g.ents[i].Name = s.name
		}
		for _, a := range parseForms(s.forms) {
			g.add(i, a)
		}
	}
	for k := range g.first {
		ps := g.first[k]
		sort.SliceStable(ps, func(a, b int) bool { return len(ps[a].toks) > len(ps[b].toks) })
	}
	return g
}

func parseForms(forms string) []alias {
	var out []alias
	for _, part := range strings.Split(forms, ";") {
		lang, list, ok := strings.Cut(part, ":")
		if !ok {
			continue
		}
		dem := strings.HasSuffix(lang, "+")
		lang = strings.TrimSuffix(lang, "+")
		for _, f := range strings.Split(list, "|") {
			if f = strings.TrimSpace(f); f != "" {
				out = append(out, alias{Lang: lang, Form: f, Demonym: dem})
			}
		}
	}
	return out
}

func (g *gazetteer) add(ent int, a alias) {
	e := &g.ents[ent]
	for _, old := range e.Aliases {
		if old == a {
			return
		}
	}
	e.Aliases = append(e.Aliases, a)
	toks := tokenize(a.Form)
	p := phrase{ent: ent, lang: a.Lang, demonym: a.Demonym}
	sep := ""
	for _, t := range toks {
		w := a.Form[t.Start:t.End]
		if t.kind != wordTok {
			sep += w
			continue
		}
		p.toks = append(p.toks, linkerClass(a.Lang, Fold(w)))
		p.caps = append(p.caps, t.capital)
		p.acronym = append(p.acronym, t.allCaps && len(w) <= 5)
		p.seps = append(p.seps, sep)
		sep = ""
	}
	if len(p.toks) == 0 {
		return
	}
	g.first[p.toks[0]] = append(g.first[p.toks[0]], p)
	if len(p.toks) == 1 && !a.Demonym {
		g.names[p.toks[0]] = true
	}
	if e.Type == Person {
		for _, t := range p.toks {
			g.names[t] = true
		}
	}
}

// linkerClass maps the Albanian article-linkers, which change with case
// (Koreja e Veriut, Koresë së Veriut), to one form so phrases still match.
func linkerClass(lang, w string) string {
	if lang == "sq" {
		switch w {
		case "e", "i", "te", "se":
			return "e"
		}
	}
	return w
}

// accepts reports whether an alias written for language al applies to
// text in language lang. English names are used worldwide (Vietnam,
// Ukraine, Kim Jong Un in Swahili text), so English aliases apply to all.
func accepts(al, lang string) bool {
	return al == lang || al == "en" || al == "*"
}

// entry returns the gazetteer entry for key.
func (g *gazetteer) entry(key string) (gazEntry, bool) {
	i, ok := g.byKey[key]
	if !ok {
		return gazEntry{}, false
	}
	return g.ents[i], true
}
