package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// SQLite's "unicode61 remove_diacritics 2" tokenizer lower-cases and strips
// combining marks, but letters with no Unicode decomposition keep their
// stroke or slash: "Đông" indexes as "đong", so a user typing "Dong" would
// miss it. We map those letters before text reaches FTS5 (and before query
// terms are rendered), so both sides agree.
var extraFold = map[rune]string{
	'Đ': "d", 'đ': "d", 'Ð': "d", 'ð': "d",
	'Ø': "o", 'ø': "o", 'Ł': "l", 'ł': "l",
	'Ħ': "h", 'ħ': "h", 'ı': "i", 'ß': "ss",
	'Æ': "ae", 'æ': "ae", 'Œ': "oe", 'œ': "oe",
	'Þ': "th", 'þ': "th",
}

// preFold rewrites the letters in extraFold; everything else is left for the
// FTS5 tokenizer. Text without such letters is returned unchanged and
// unallocated, which is the common case.
func preFold(s string) string {
	i := strings.IndexFunc(s, func(r rune) bool { _, ok := extraFold[r]; return ok })
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if rep, ok := extraFold[r]; ok {
			b.WriteString(rep)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isTokenRune mirrors the unicode61 tokenizer's token characters: letters,
// numbers, private-use, and combining marks (kept so a decomposed "é" stays
// one token; the mark is then folded away).
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Mn, r)
}

// foldToken lower-cases a token and strips its diacritics the way FTS5 does,
// plus the extraFold letters.
func foldToken(tok string) string {
	ascii := true
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(tok)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(tok) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if rep, ok := extraFold[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// token is one indexable word of a text: its byte range and folded form.
type token struct {
	start, end int
	folded     string
}

// tokenize splits s into unicode61-style tokens with byte offsets into s.
func tokenize(s string) []token {
	var out []token
	start := -1
	for i, r := range s {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, token{start, i, foldToken(s[start:i])})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{start, len(s), foldToken(s[start:])})
	}
	return out
}

// foldedWords returns the folded tokens of s: what FTS5 will see of it.
func foldedWords(s string) []string {
	toks := tokenize(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.folded != "" {
			out = append(out, t.folded)
		}
	}
	return out
}
