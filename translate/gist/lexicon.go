package gist

import (
	"strings"
)

// pos is the coarse part of speech the renderer needs to reorder and glue.
type pos uint8

const (
	pUnknown pos = iota
	pNoun
	pName  // proper name: never takes "the", may become a possessor ("Putin's")
	pAdj   // follows its noun in sw/sq, precedes it in English
	pVerb  // inflected in English from the source token's tense
	pAdv   // adverbs and other words rendered as-is
	pFunc  // function words rendered as-is (prepositions, conjunctions…)
	pDem   // demonstratives: follow the noun in sw
	pPoss  // possessives: follow the noun in sw and sq
	pLink  // genitive linkers (sw wa/ya/la…, sq i/e/të/së): "of" or dropped
	pNum   // numbers and number words
	pMonth // month names: "20 qershor" → "June 20"
	pDet   // determiners that block an added "the" (this, a, every…)
)

var posNames = map[string]pos{
	"n": pNoun, "name": pName, "adj": pAdj, "v": pVerb, "adv": pAdv, "f": pFunc,
	"dem": pDem, "poss": pPoss, "link": pLink, "num": pNum, "month": pMonth, "det": pDet,
}

// entry is one lexicon sense.
type entry struct {
	gloss string
	pos   pos
	pl    bool // the source form is plural: the gloss is pluralised
}

type phrase struct {
	words []string // lower-case source words
	e     entry
}

// lexicon is one language's embedded dictionary.
type lexicon struct {
	words   map[string]entry
	phrases map[string][]phrase // by first word, longest first
	verbs   map[string]string   // sw verb stems with final vowel: "tarajia" → "expect"
	adjs    map[string]string   // sw adjective stems: "kubwa" → "big"
}

func newLexicon() *lexicon {
	return &lexicon{words: map[string]entry{}, phrases: map[string][]phrase{},
		verbs: map[string]string{}, adjs: map[string]string{}}
}

// load reads "form<TAB>gloss<TAB>tag" lines. Earlier entries win, so the
// hand-written lexicon is loaded before derived ones. A form "sg|pl" gives
// a noun's irregular plural; a gloss "-" means the word is dropped (its
// meaning is carried by English word order or by another word).
func (l *lexicon) load(text string) {
	for _, line := range lines(text) {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		tag := "f"
		if len(f) > 2 {
			tag = f[2]
		}
		gloss := f[1]
		if gloss == "-" {
			gloss = ""
		}
		form := strings.ToLower(f[0])
		if tag == "vf" { // an inflected verb form, already rendered in English
			l.addWord(form, entry{gloss: gloss, pos: pVerb})
			continue
		}
		p, ok := posNames[tag]
		if !ok {
			p = pFunc
		}
		l.add(form, gloss, p)
	}
}

func (l *lexicon) add(form, gloss string, p pos) {
	switch p {
	case pVerb:
		if _, dup := l.verbs[form]; !dup {
			l.verbs[form] = gloss
		}
		return
	case pAdj:
		if _, dup := l.adjs[form]; !dup {
			l.adjs[form] = gloss
		}
	}
	sg, pl, irregular := strings.Cut(form, "|")
	if irregular {
		gsg, gpl, _ := strings.Cut(gloss, "|")
		l.addWord(sg, entry{gloss: gsg, pos: p})
		if gpl != "" { // the English plural is given: person|people
			l.addWord(pl, entry{gloss: gpl, pos: p})
		} else {
			l.addWord(pl, entry{gloss: gsg, pos: p, pl: true})
		}
		return
	}
	l.addWord(form, entry{gloss: gloss, pos: p})
}

func (l *lexicon) addWord(form string, e entry) {
	if strings.Contains(form, " ") {
		ws := strings.Fields(form)
		ph := phrase{words: ws, e: e}
		list := l.phrases[ws[0]]
		for _, old := range list {
			if strings.Join(old.words, " ") == form {
				return
			}
		}
		i := len(list)
		for i > 0 && len(list[i-1].words) < len(ws) {
			i--
		}
		list = append(list, phrase{})
		copy(list[i+1:], list[i:])
		list[i] = ph
		l.phrases[ws[0]] = list
		return
	}
	if _, dup := l.words[form]; !dup {
		l.words[form] = e
	}
}

// loadNames adds CLDR-derived names: "code<TAB>en<TAB>sw<TAB>sq" rows, column
// col holding the source language.
func (l *lexicon) loadNames(text string, col int, p pos) {
	for _, line := range lines(text) {
		f := strings.Split(line, "\t")
		if len(f) <= col || f[1] == "" || f[col] == "" {
			continue
		}
		l.add(strings.ToLower(f[col]), f[1], p)
	}
}
