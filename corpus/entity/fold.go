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
	if isASCIILower(s) {
		return s
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

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
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
