package summary

import (
	"math"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// entityIndex records which paragraphs of an article mention which
// entities: entity key or name word → paragraphs, ascending. It is built
// from the source text, so it needs no translation and is the same
// whichever subset of rows is asked for: a row depends only on its
// paragraph and this index, which keeps per-paragraph caching sound. It
// is built once per article and then only read, by any number of calls.
type entityIndex map[string][]int

func newEntityIndex(a *corpus.Article, rec recognizer) entityIndex {
	ix := entityIndex{}
	for i := range a.Paragraphs {
		lang := paragraphLang(a, i)
		for _, m := range rec(a.ParagraphText(i), lang) {
			ix.add(m.key, i)
			for _, w := range m.words {
				ix.add(w, i)
			}
			if m.typ == entity.Person && len(m.words) > 0 {
				ix.add(formKey(m.key, m.words), i)
			}
		}
	}
	return ix
}

// formKey indexes one written form of a person: a key no entity or word
// can have (NUL separated), so the index also answers "does the article
// call this person by these words?".
func formKey(key string, words []string) string {
	return "\x00" + key + "\x00" + strings.Join(words, " ")
}

// shortForm returns the fewest of m's words by which the article also
// names the same person ("Putin" for "Vladimir Putin", "Xi" for "Xi
// Jinping"), or nil. Headlines call people as their story does once it
// has: the article's own short form is no guess at which word is the
// family name. Only forms made of m's words in order are tried, so the
// short form deletes words and adds none.
func (p *profile) shortForm(m mention) []string {
	if p == nil || m.typ != entity.Person || strings.HasPrefix(m.key, "~") {
		return nil
	}
	n := len(m.words)
	// Contiguous runs of m's words, shortest first: a first name alone
	// or a surname alone.
	for size := 1; size < n; size++ {
		for at := 0; at+size <= n; at++ {
			w := m.words[at : at+size]
			if len(p.index[formKey(m.key, w)]) > 0 {
				return w
			}
		}
	}
	return nil
}

func (ix entityIndex) add(k string, para int) {
	ps := ix[k]
	if n := len(ps); n > 0 && ps[n-1] == para {
		return
	}
	ix[k] = append(ps, para)
}

// profile is one call's view of an article's entityIndex.
type profile struct {
	index entityIndex
	// seen and gen are spread's scratch: seen[q] == gen marks paragraph q
	// as counted in the current call, so no call allocates or clears.
	// The index is shared; the scratch belongs to one call.
	seen []int
	gen  int
}

func newProfile(a *corpus.Article, ix entityIndex) *profile {
	return &profile{index: ix, seen: make([]int, len(a.Paragraphs))}
}

// spread counts the paragraphs other than self that mention m (by key or
// by one of its name words).
func (p *profile) spread(m mention, self int) int {
	p.gen++
	n := 0
	count := func(ps []int) {
		for _, q := range ps {
			if q != self && p.seen[q] != p.gen {
				p.seen[q] = p.gen
				n++
			}
		}
	}
	count(p.index[m.key])
	for _, w := range m.words {
		count(p.index[w])
	}
	return n
}

// entityWeight is the prior mass a sentence gets from its entities: one per
// distinct entity, plus more for entities the rest of the article shares,
// since those carry the story.
func (p *profile) entityWeight(ms []mention, self int) float64 {
	w := 0.0
	for i, m := range ms {
		if containsMention(ms[:i], m) {
			continue
		}
		w += 1 + math.Log1p(float64(p.spread(m, self)))
	}
	return w
}

// paragraphLang is the source language of paragraph i.
func paragraphLang(a *corpus.Article, i int) string {
	if l := a.Paragraphs[i].Lang; l != "" {
		return l
	}
	return a.Lang
}
