package summary

import (
	"math"

	"github.com/rosetta-reader/rosetta/corpus"
)

// profile records which paragraphs of an article mention which entities.
// It is built from the source text, so it needs no translation and is the
// same whichever subset of rows is asked for: a row depends only on its
// paragraph and this profile, which keeps per-paragraph caching sound.
type profile struct {
	index map[string][]int // entity key or name word → paragraphs, ascending
	// seen and gen are spread's scratch: seen[q] == gen marks paragraph q
	// as counted in the current call, so no call allocates or clears.
	// A profile belongs to one call of the summarizer, never shared.
	seen []int
	gen  int
}

func newProfile(a *corpus.Article, rec recognizer) *profile {
	p := &profile{index: map[string][]int{}, seen: make([]int, len(a.Paragraphs))}
	for i := range a.Paragraphs {
		lang := paragraphLang(a, i)
		for _, m := range rec(a.ParagraphText(i), lang) {
			p.add(m.key, i)
			for _, w := range m.words {
				p.add(w, i)
			}
		}
	}
	return p
}

func (p *profile) add(k string, para int) {
	ps := p.index[k]
	if n := len(ps); n > 0 && ps[n-1] == para {
		return
	}
	p.index[k] = append(ps, para)
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
