package entity

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldExtra maps letters that Unicode decomposition leaves whole.
var foldExtra = map[rune]string{
	'đ': "d", 'Đ': "d", 'ð': "d", 'ø': "o", 'Ø': "o", 'ł': "l", 'Ł': "l",
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'þ': "th",
	'ı': "i", 'ħ': "h", '’': "'", '‘': "'", 'ʼ': "'", '‐': "-", '‑': "-",
}

// Fold returns s in lower case without diacritics (NFKD, combining marks
// dropped, plus explicit maps such as Đ→d), the form names are compared in:
// Fold("Rusisë") == "rusise", Fold("Tô Lâm") == "to lam".
func Fold(s string) string {
	if ascii, lower := asciiCase(s); ascii {
		if lower {
			return s
		}
		return strings.ToLower(s)
	}
	// Invalid bytes are dropped first: left in, they stop normalisation
	// from decomposing the letter after them.
	s = strings.ToValidUTF8(s, "")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if x, ok := foldExtra[r]; ok {
			b.WriteString(x)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// asciiCase reports whether s is ASCII and, if so, whether it has no
// upper-case letter: the common cases, which need no normalisation.
func asciiCase(s string) (ascii, lower bool) {
	lower = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			lower = false
		}
	}
	return true, lower
}

// slug turns a folded name into a key: letters and digits joined by '-'.
func slug(folded string) string {
	var b strings.Builder
	dash := false
	for _, r := range folded {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}
