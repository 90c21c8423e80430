package summary

import "github.com/rosetta-reader/rosetta/corpus"

// The compression target is per article (summary words ≤ targetRatio of
// source words), but rows are made per paragraph, and the TUI asks for the
// visible ones first: a row must not depend on which others were asked for
// with it. So the article's allocation is decided from its source alone,
// before any translation: headings and one-line paragraphs are their own
// rows and spend their words in full, and what is left of the article's
// allowance is shared by the other paragraphs. An article with many
// subheads leaves its body rows less room, names included.

// targetRatio is the compression target: summary words over
// source words, for the whole article.
const targetRatio = 0.40

// minScale bounds how far an article full of headings shrinks its body
// rows: below it rows lose their clause, which no ratio is worth.
const minScale = 0.6

// articleScale returns the share of the usual row room the body rows of a
// get: 1 when its headings and short lines leave the body the target
// ratio, less when they eat into it.
func articleScale(a *corpus.Article) float64 {
	if a == nil {
		return 1
	}
	fixed, total := 0, 0
	for p := range a.Paragraphs {
		n := wordCount(a.ParagraphText(p))
		total += n
		if a.Paragraphs[p].Heading || n <= shortRowWords {
			fixed += n
		}
	}
	if total == fixed {
		return 1
	}
	body := (targetRatio*float64(total) - float64(fixed)) / float64(total-fixed)
	r := body / targetRatio
	return min(1, max(minScale, r*r))
}

// scale is the extractor's article scale (1 when unset).
func (x *extractor) scale() float64 {
	if x.room <= 0 {
		return 1
	}
	return x.room
}
