package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean turns outside text (backend output, article text) into one display
// line: valid UTF-8, no control or format characters, single spaces, trimmed.
// Rows and translations are single lines, so newlines become spaces too.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isClean is the fast path of clean: most text needs no rewriting.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f || (c == ' ' && prevSpace) {
				return false
			}
			prevSpace = c == ' '
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return false
		}
		prevSpace = false
		i += n
	}
	return true
}

// wordCount counts whitespace-separated words, the unit of the compression
// ratio (summary words / source words).
// It counts what strings.Fields would return without building the list:
// rows and the article's allocation count every paragraph.
func wordCount(s string) int {
	n := 0
	inWord := false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// token is one word of a text with its byte offsets.
type token struct {
	start, end int
	text       string
}

// tokenize splits s into words: runs of letters and digits, keeping inner
// apostrophes, hyphens and decimal points ("Putin’s", "19-20", "3.6") inside
// the word so names and numbers stay whole.
func tokenize(s string) []token {
	var out []token
	start := -1
	var prev rune
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && joins(prev, r, s[i+w:]):
		case start >= 0:
			out = append(out, token{start, i, s[start:i]})
			start = -1
		}
		prev = r
		i += w
	}
	if start >= 0 {
		out = append(out, token{start, len(s), s[start:]})
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// joins reports whether punctuation r, between prev and rest, stays inside
// a word: apostrophes and hyphens between word characters, decimal points
// and thousands separators between digits.
func joins(prev, r rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	switch r {
	case '\'', '’', '-':
		return isWordRune(prev) && isWordRune(next)
	case '.', ',':
		return unicode.IsDigit(prev) && unicode.IsDigit(next)
	}
	return false
}

// stem reduces an English word to a crude stem so "sanctions"/"sanction" and
// "visited"/"visit" meet in the similarity vectors. It only needs to be
// consistent, not linguistically right.
func stem(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 6 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 5 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// isNumeric reports whether a token holds a digit: numbers, years, amounts.
func isNumeric(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// upperFirst capitalises the first letter of s, when the capital folds
// back to it: "ϵ" capitalises to "Ε", which is another letter's capital.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	up := unicode.ToUpper(r)
	if unicode.ToLower(up) != r {
		return s
	}
	return string(up) + s[n:]
}
