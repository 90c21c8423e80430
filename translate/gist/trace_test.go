package gist

import (
	"strings"
	"sync"
)

// glue lists the English words the engine may add on its own (see the
// package comment): articles, "of"/"to"/"in"/"on", the possessive "s", and
// auxiliaries rendering a source verb's tense, negation or relative marker.
var glue = strings.Fields(`the a an of to in on s is are am was were will be been has have had do does did
	not would that already yet by with i we you they`)

// vocabularies caches, per model, every word the lexicons can emit with
// its English inflections.
var vocabularies sync.Map // *model → map[string]bool

func vocabulary(m *model) map[string]bool {
	if v, ok := vocabularies.Load(m); ok {
		return v.(map[string]bool)
	}
	v := map[string]bool{}
	add := func(g string) {
		for _, w := range wordRe.FindAllString(strings.ToLower(g), -1) {
			v[w] = true
		}
	}
	inflect := func(g string) {
		add(g)
		for _, f := range []func(string) string{m.en.Past, m.en.Participle, m.en.Third, m.en.Gerund, m.en.Plural} {
			add(f(g))
		}
	}
	m.lexicon("sw").glossWords(inflect)
	m.lexicon("sq").glossWords(inflect)
	for _, lx := range m.sqm.lexemes {
		inflect(lx.gloss)
	}
	for _, g := range glue {
		v[g] = true
	}
	vocabularies.Store(m, v)
	return v
}

// untraceable returns the first word of out that is neither glue, a
// lexicon word, nor (part of) a source word, and false; or "", true.
func untraceable(e *Engine, src, out string) (string, bool) {
	v := vocabulary(e.load())
	srcWords := strings.ToLower(strings.Join(wordRe.FindAllString(clean(src), -1), " "))
	for _, w := range wordRe.FindAllString(out, -1) {
		lw := strings.ToLower(w)
		if v[lw] || strings.Contains(" "+srcWords, " "+lw) {
			continue // source words, or names with a case ending stripped
		}
		if stem, ok := strings.CutSuffix(lw, "a"); ok && len(stem) >= 4 && strings.Contains(" "+srcWords, " "+stem) {
			continue // Albanian feminine names get their -a back: Arizonën → Arizona
		}
		return w, false
	}
	return "", true
}
