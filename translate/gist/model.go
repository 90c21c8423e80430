package gist

import (
	"embed"
	"strings"
	"sync"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// model is everything the engine loads: English inflection at once, each
// source language's lexicons on its first use, so a Swahili-only session
// never pays for the Albanian paradigms.
type model struct {
	en     english
	swOnce sync.Once
	sqOnce sync.Once
	sw, sq *lexicon
	sqm    sqMorph
}

// dataFile returns an embedded data file. The files are embedded at build
// time, so a missing one is a build defect (caught by the tests); an empty
// lexicon still yields valid pass-through output rather than a panic.
func dataFile(name string) string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return ""
	}
	return string(b)
}

func loadModel() *model {
	m := &model{}
	m.en.load(dataFile("en_irregular.txt"))
	return m
}

// lexicon returns lang's lexicon ("sw" or "sq"), loading it on first use.
func (m *model) lexicon(lang string) *lexicon {
	if lang == "sq" {
		m.sqOnce.Do(m.loadAlbanian)
		return m.sq
	}
	m.swOnce.Do(m.loadSwahili)
	return m.sw
}

func (m *model) loadSwahili() {
	m.sw = newLexicon()
	for _, f := range []string{"sw_function.tsv", "sw_names.tsv", "sw_nouns.tsv", "sw_verbs.tsv", "sw_adj.tsv"} {
		m.sw.load(dataFile(f))
	}
	m.sw.loadNames(dataFile("cldr_territories.tsv"), 2, pName)
	m.sw.loadNames(dataFile("cldr_languages.tsv"), 2, pName)
}

func (m *model) loadAlbanian() {
	m.sq = newLexicon()
	for _, f := range []string{"sq_function.tsv", "sq_names.tsv", "sq_nouns.tsv", "sq_words.tsv"} {
		m.sq.load(dataFile(f))
	}
	m.sq.loadNames(dataFile("cldr_territories.tsv"), 3, pName)
	m.sq.loadNames(dataFile("cldr_languages.tsv"), 3, pName)
	m.sq.normalisePhrases()
	glosses := map[string]string{}
	for _, line := range lines(dataFile("sq_glosses.tsv")) {
		if lemma, gloss, ok := strings.Cut(line, "\t"); ok {
			glosses[lemma] = gloss
		}
	}
	m.sqm.load(dataFile("sq_uniparser.txt"), glosses)
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
