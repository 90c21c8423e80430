package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentenceSpans splits one paragraph (no line breaks) into sentences with
// UAX #29, then merges the false breaks it makes after initials and a few
// abbreviations ("Gennady S. | Bezdetko", "Mr. | Smith"). Spans are byte
// ranges into p, trimmed of surrounding spaces.
func sentenceSpans(p string, dst []Span) []Span {
	dst = dst[:0]
	add := func(start, end int) {
		s, e := trimSpan(p, start, end)
		if s == e {
			return
		}
		if n := len(dst); n > 0 && continues(p[dst[n-1].Start:dst[n-1].End], p[s:e]) {
			dst[n-1].End = e
			return
		}
		dst = append(dst, Span{s, e})
	}
	if !forEachSentence(p, add) {
		dst = dst[:0]
		forEachSegmentedSentence(p, add)
	}
	return dst
}

// abbreviations end with a period without ending the sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Sen": true,
	"Rep": true, "Gov": true, "Lt": true, "Col": true, "Sgt": true, "Capt": true, "St": true,
	"Jr": true, "Sr": true, "vs": true, "No": true, "Mt": true, "Ft": true, "Rev": true,
}

// continues reports whether sentence s ends in a way that does not end a
// sentence before next: a single capital initial ("Gennady S."), a title
// abbreviation ("Dr."), or a dotted acronym ("U.S.") unless next opens
// with a word that usually starts sentences ("U.S. President" goes on,
// "…to the U.S. The visit" does not).
func continues(s, next string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[max(0, len(s)-1-maxLook) : len(s)-1]
	if i := strings.LastIndexAny(w, " \u00a0(\"“"); i >= 0 {
		w = w[i+1:]
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	if dottedAcronym(w) {
		first, _, _ := strings.Cut(next, " ")
		return !english().common[strings.ToLower(strings.TrimRight(first, ",;:"))]
	}
	return abbreviations[w]
}

// dottedAcronym reports whether w is capital letters joined by periods,
// without the last period: "U.S", "U.K", "E.U".
func dottedAcronym(w string) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if i%2 == 0 && !isUpper(w[i]) || i%2 == 1 && w[i] != '.' {
			return false
		}
	}
	return true
}

func trimSpan(p string, s, e int) (int, int) {
	for s < e && (p[s] == ' ' || p[s] == '\t') {
		s++
	}
	for e > s && (p[e-1] == ' ' || p[e-1] == '\t') {
		e--
	}
	return s, e
}
