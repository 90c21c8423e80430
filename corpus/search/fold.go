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
	// unicode61 strips diacritics from Latin letters only: "ѐ" and "ά"
	// would index unfolded while a query for "е" or "α" folds.
	if r >= 0x370 && r < 0x500 {
		return stripMarks(r)
	}
	return "", false
}

// stripMarks lower-cases r and drops its combining marks, reporting whether
// that changed more than the case.
func stripMarks(r rune) (string, bool) {
	var b strings.Builder
	for _, d := range norm.NFD.String(string(r)) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
	f := b.String()
	return f, f != string(unicode.ToLower(r))
}

// preFold prepares text for FTS5. ASCII text goes as it is: unicode61
// folds it exactly as the query side does. Other text is handed over
// already tokenised and folded by this package (tokens joined by spaces),
// so the index holds exactly the terms a query folds to: unicode61 alone
// strips diacritics from Latin letters only, keeps Thaana or Devanagari
// marks, spells nothing in jamo, and would disagree with the query side on
// every such token. The index is contentless, so the text itself is never
// shown.
func preFold(s string) string {
	if isASCII(s) {
		return s
	}
	// Each folded token appended straight to the output: no token list,
	// no second copy (a sixth of build CPU).
	b := make([]byte, 0, len(s)+len(s)/8)
	n := 0
	eachToken(s, func(start, end int, ascii bool) {
		b = appendToken(b, s[start:end], ascii, n)
		n++
	})
	return string(b)
}

// appendToken appends the n-th token of a text, folded, after a space
// unless it is the first.
func appendToken(b []byte, tok string, ascii bool, n int) []byte {
	if n > 0 {
		b = append(b, ' ')
	}
	if !ascii {
		return appendFold(b, tok)
	}
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isTokenRune mirrors the unicode61 tokenizer's token characters: letters,
// numbers, private-use, and combining marks (kept so a decomposed "é" stays
// one token; the mark is then folded away).
func isTokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.Mn, r) ||
		(r >= utf8.RuneSelf && unassigned(r))
}

// unassigned reports a code point no Unicode category claims: unicode61
// counts those as token characters (its tables list separators, not
// letters), so the Go side must too or "0\u0380" would split here and not
// there.
func unassigned(r rune) bool {
	return !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z,
		unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs)
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
	return string(appendFold(make([]byte, 0, len(tok)), tok))
}

// appendFold appends foldToken(tok) to b.
func appendFold(b []byte, tok string) []byte {
	for i, r := range tok {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		case r >= 0xC0 && r < 0x250:
			b = append(b, latinFold[r-0xC0]...)
		default:
			return append(b, foldSlow(tok[i:])...)
		}
	}
	return b
}

// foldSlow folds through full Unicode decomposition. Hangul syllables are
// left whole: NFD would spell them in jamo, which unicode61 does not.
func foldSlow(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= 0xAC00 && c <= 0xD7A3 {
			b.WriteRune(c)
			continue
		}
		for _, r := range norm.NFD.String(string(c)) {
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
	}
	return b.String()
}

// eachToken calls fn with the byte range of every unicode61-style token
// of s, in order, and whether the token is all ASCII.
func eachToken(s string, fn func(start, end int, ascii bool)) {
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
			fn(start, i, ascii)
			start = -1
		}
		i += sz
	}
	if start >= 0 {
		fn(start, len(s), ascii)
	}
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
			fb = appendFold(fb, s[start:end])
		}
		out = append(out, token{start: start, end: end})
		bounds = append(bounds, fs, len(fb))
	}
	eachToken(s, emit)
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
