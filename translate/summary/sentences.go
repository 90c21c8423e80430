package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// splitSentences splits one line of (translated) text into sentences.
//
// UAX #29 does the bulk; two repairs follow, both measured on the seeds:
// it breaks after initials and common abbreviations ("Gennady S. Bezdetko",
// "U.S. officials"), which we join back, and it never breaks inside
// "Rusisë.Vietnami" (scraped text with the space lost), which we split.
func splitSentences(text string) []string {
	var raw []string
	it := sentences.FromString(text)
	for it.Next() {
		raw = append(raw, splitGlued(it.Value())...)
	}
	var out []string
	for _, s := range raw {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		if n := len(out); n > 0 && endsWithAbbrev(out[n-1]) {
			out[n-1] += " " + s
			continue
		}
		out = append(out, s)
	}
	return out
}

// splitGlued splits s where a sentence end lost its following space: two
// lowercase letters, terminal punctuation, then a capitalised word
// ("Rusisë.Vietnami"). Two lowercase letters keep "U.S.A" and "e.g.X" whole.
func splitGlued(s string) []string {
	var out []string
	last := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		if !lowerBefore(s[:i], 2) {
			continue
		}
		j := i + 1
		for j < len(s) && strings.ContainsRune("\"”’'", rune(s[j])) {
			j++
		}
		if upperWordAt(s[j:]) {
			out = append(out, s[last:j])
			last = j
		}
	}
	return append(out, s[last:])
}

// lowerBefore reports whether s ends with n lowercase letters.
func lowerBefore(s string, n int) bool {
	for k := 0; k < n; k++ {
		r, sz := utf8.DecodeLastRuneInString(s)
		if sz == 0 || !unicode.IsLower(r) {
			return false
		}
		s = s[:len(s)-sz]
	}
	return true
}

// upperWordAt reports whether s starts with an uppercase letter followed by
// a lowercase one: the start of an ordinary capitalised word.
func upperWordAt(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsLower(r2)
}

// abbreviations end with a period but rarely end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"sen": true, "rep": true, "gov": true, "st": true, "jr": true, "sr": true, "lt": true,
	"no": true, "vs": true, "etc": true, "jan": true, "feb": true, "aug": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true,
}

// endsWithAbbrev reports whether a sentence ends with an initial ("S.") or
// a listed abbreviation, so the next piece belongs to it.
func endsWithAbbrev(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	body := s[:len(s)-1]
	w := body
	if i := strings.LastIndexFunc(body, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '“' || r == '"' }); i >= 0 {
		_, n := utf8.DecodeRuneInString(body[i:])
		w = body[i+n:]
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsUpper(r) {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}
