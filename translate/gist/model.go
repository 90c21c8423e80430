package gist

import (
	"embed"
	"strings"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// model is everything the engine loads once: both lexicons, the Albanian
// paradigms and English inflection.
type model struct {
	sw, sq *lexicon
	sqm    sqMorph
	en     english
}

func mustRead(name string) string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		// The files are embedded at build time; a missing one is a build
		// defect, and an empty lexicon still yields pass-through output.
		return ""
	}
	return string(b)
}

func loadModel() *model {
	m := &model{sw: newLexicon(), sq: newLexicon()}
	m.en.load(mustRead("en_irregular.txt"))
	for _, f := range []string{"sw_function.tsv", "sw_names.tsv", "sw_nouns.tsv", "sw_verbs.tsv", "sw_adj.tsv"} {
		m.sw.load(mustRead(f))
	}
	for _, f := range []string{"sq_function.tsv", "sq_names.tsv", "sq_nouns.tsv", "sq_words.tsv"} {
		m.sq.load(mustRead(f))
	}
	m.sw.loadNames(mustRead("cldr_territories.tsv"), 2, pName)
	m.sq.loadNames(mustRead("cldr_territories.tsv"), 3, pName)
	m.sw.loadNames(mustRead("cldr_languages.tsv"), 2, pName)
	m.sq.loadNames(mustRead("cldr_languages.tsv"), 3, pName)
	m.sqm.load(mustRead("sq_uniparser.txt"))
	m.sq.normalisePhrases()
	return m
}

// sqLinkers are the Albanian adjectival/genitive articles, interchangeable
// inside a fixed phrase: "Koreja e Veriut", "Koresë së Veriut".
func sqLinker(w string) bool { return w == "i" || w == "e" || w == "të" || w == "së" }

// normalisePhrases rewrites Albanian phrase keys so any linker matches.
func (l *lexicon) normalisePhrases() {
	for k, list := range l.phrases {
		for _, p := range list {
			for i, w := range p.words {
				if sqLinker(w) {
					p.words[i] = "e"
				}
			}
		}
		l.phrases[k] = list
	}
}

// glossWords lists every word any entry can emit (for trace checks in tests).
func (l *lexicon) glossWords(add func(string)) {
	for _, e := range l.words {
		for _, w := range strings.Fields(e.gloss) {
			add(w)
		}
	}
	for _, ps := range l.phrases {
		for _, p := range ps {
			for _, w := range strings.Fields(p.e.gloss) {
				add(w)
			}
		}
	}
	for _, m := range []map[string]string{l.verbs, l.adjs} {
		for _, g := range m {
			for _, w := range strings.Fields(g) {
				add(w)
			}
		}
	}
}
