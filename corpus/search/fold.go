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
func extraFold(r rune) (string, bool) {
	switch r {
	case 'Đ', 'đ', 'Ð', 'ð':
		return "d", true
	case 'Ø', 'ø':
		return "o", true
	case 'Ł', 'ł':
		return "l", true
	case 'Ħ', 'ħ':
		return "h", true
	case 'ı':
		return "i", true
	case 'ß':
		return "ss", true
	case 'Æ', 'æ':
		return "ae", true
	case 'Œ', 'œ':
		return "oe", true
	case 'Þ', 'þ':
		return "th", true
	}
	return "", false
}

// preFold rewrites the letters extraFold knows; everything else is left to
// the FTS5 tokenizer. All of them encode with lead byte 0xC3..0xC5, so text
// without those bytes (most text) is returned as is, unallocated.
func preFold(s string) string {
	i := firstExtra(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if rep, ok := extraFold(r); ok {
			b.WriteString(rep)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// firstExtra returns the offset of the first rune extraFold maps, or -1.
func firstExtra(s string) int {
	for j := 0; j < len(s); j++ {
		if c := s[j]; c >= 0xC3 && c <= 0xC5 {
			r, _ := utf8.DecodeRuneInString(s[j:])
			if _, ok := extraFold(r); ok {
				return j
			}
		}
	}
	return -1
}

// isTokenRune mirrors the unicode61 tokenizer's token characters: letters,
// numbers, private-use, and combining marks (kept so a decomposed "é" stays
// one token; the mark is then folded away).
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Mn, r)
}

// latinFold holds the folded form of every letter from U+00C0 to U+024F
// (Latin-1 Supplement and Latin Extended-A/B: ë, ç, ễ's base, ş...), so the
// common non-ASCII letters of our languages fold without the normaliser.
var latinFold = func() [0x250 - 0xC0]string {
	var t [0x250 - 0xC0]string
	for r := rune(0xC0); r < 0x250; r++ {
		t[r-0xC0] = foldSlow(string(r))
	}
	return t
}()

// foldToken lower-cases a token and strips its diacritics the way FTS5 does,
// plus the extraFold letters.
func foldToken(tok string) string {
	var b strings.Builder
	b.Grow(len(tok))
	for i, r := range tok {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r >= 0xC0 && r < 0x250:
			b.WriteString(latinFold[r-0xC0])
		default:
			b.WriteString(foldSlow(tok[i:]))
			return b.String()
		}
	}
	return b.String()
}

// foldSlow folds through full Unicode decomposition.
func foldSlow(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if rep, ok := extraFold(r); ok {
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
// The folded forms share one allocation; ASCII tokens (most of them) are
// folded in place without the Unicode tables.
func tokenize(s string) []token {
	var out []token
	fb := make([]byte, 0, len(s))
	var bounds []int // folded start, end per token
	emit := func(start, end int, ascii bool) {
		fs := len(fb)
		if ascii {
			for i := start; i < end; i++ {
				c := s[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				fb = append(fb, c)
			}
		} else {
			fb = append(fb, foldToken(s[start:end])...)
		}
		out = append(out, token{start: start, end: end})
		bounds = append(bounds, fs, len(fb))
	}
	start, ascii := -1, true
	for i := 0; i < len(s); {
		c := s[i]
		var tok bool
		sz := 1
		if c < utf8.RuneSelf {
			tok = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, sz = utf8.DecodeRuneInString(s[i:])
			tok = isTokenRune(r)
		}
		switch {
		case tok && start < 0:
			start, ascii = i, c < utf8.RuneSelf
		case tok:
			ascii = ascii && c < utf8.RuneSelf
		case start >= 0:
			emit(start, i, ascii)
			start = -1
		}
		i += sz
	}
	if start >= 0 {
		emit(start, len(s), ascii)
	}
	folded := string(fb)
	for i := range out {
		out[i].folded = folded[bounds[2*i]:bounds[2*i+1]]
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
