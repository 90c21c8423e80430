package summary

import (
	"strings"

	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// caption returns the row of a photo caption: who is pictured doing what,
// in a few words ("Vladimir Putin and To Lam wave."). A caption describes
// a picture, not the story, so where and when it was taken and by whom go:
// the row is its first sentence that is not a credit, without the photo
// preamble ("In this photo distributed by…, "), cut after the last person
// named at the first place, time or manner phrase, in headline style.
func (x *extractor) caption(sents []string) string {
	s := sents[0]
	for _, t := range sents {
		if !isCredit(t) {
			s = t
			break
		}
	}
	s = compress(s, x.rec, maxCompressWords)  // the asides only: credits, parentheticals
	s = photoPosition.ReplaceAllString(s, "") // ", center left," is no clause end
	if loc := photoPreamble.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		s = upperFirst(s[loc[1]:])
	}
	if end := pictureEnd(s, x.rec(s, x.to)); end > 0 && end < len(s) {
		s = strings.TrimRight(s[:end], " ,;:")
	}
	s = tidy(s)
	return headlineStyle(s, x.rec(s, x.to), true, x.prof.shortForm)
}

// photoPreamble matches the words that introduce a caption's subject.
var photoPreamble = lazy(`^(?:In (?:this|a|the)\b[^,]{0,160},\s*|(?:This|The|A)\s[^;]{0,160}?\b(?:photo|photograph|picture|image)\b[^;]{0,160}?\bshows?\s+)`)

// pictureEnd returns where the caption's "who does what" ends: at the first
// phrase opener (or comma) within a few words after the last person named,
// or 0 when there is no person or no such place.
func pictureEnd(s string, ms []mention) int {
	last := -1
	for _, m := range ms {
		if m.typ == entity.Person {
			last = m.end
		}
	}
	if last < 0 {
		return 0
	}
	toks := tokenize(s)
	seen := 0
	for i, t := range toks {
		if t.start < last {
			continue
		}
		prevEnd := last
		if i > 0 && toks[i-1].end > last {
			prevEnd = toks[i-1].end
		}
		if strings.ContainsAny(s[prevEnd:t.start], ",;:.") || pictureStops[strings.ToLower(t.text)] {
			return prevEnd
		}
		if seen++; seen > maxPictureWords {
			return 0
		}
	}
	return 0
}

// maxPictureWords bounds the words kept after the last person ("wave",
// "exchange documents", "review the honor guard").
const maxPictureWords = 4

var pictureStops = setOf(`as at in during on before after while for from near to with of inside outside
following ahead amid`)
