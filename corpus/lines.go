package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitParas cuts a sanitised body into paragraph texts: one per line, with
// spaces normalised, except that a line continuing a sentence (the previous
// line of the same block ends without punctuation and this one starts in
// lower case, as in hard-wrapped text) is joined to the previous one.
func splitParas(body string) []string {
	var out []string
	var cur []string // lines of the paragraph being read
	flush := func() {
		switch len(cur) {
		case 0:
		case 1:
			out = append(out, cur[0])
		default:
			out = append(out, strings.Join(cur, " "))
		}
		cur = cur[:0]
	}
	for line := range strings.SplitSeq(body, "\n") {
		line = normSpace(line)
		switch {
		case line == "":
			flush()
		case len(cur) > 0 && startsLower(line) && !endsSentence(cur[len(cur)-1]):
			cur = append(cur, line)
		default:
			flush()
			cur = append(cur, line)
		}
	}
	flush()
	return out
}

// normSpace trims s and folds every run of spaces and tabs (and other
// Unicode spaces) into one ASCII space.
func normSpace(s string) string {
	if simpleSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
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

// simpleSpaced reports whether s already has single ASCII spaces between
// words and none at its ends (the common case, checked without allocating).
// It runs over every line, so it asks the vectorised byte searches of the
// strings package, one question each, rather than looping over bytes.
func simpleSpaced(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for _, c := range [...]byte{'\t', '\r', '\v', '\f'} {
		if strings.IndexByte(s, c) >= 0 {
			return false
		}
	}
	// The other spaces: U+0085 and U+00A0 (lead byte 0xc2) and the
	// three-byte ones (lead bytes 0xe1-0xe3).
	for _, lead := range [...]byte{0xc2, 0xe1, 0xe2, 0xe3} {
		for i := 0; i < len(s); i++ {
			k := strings.IndexByte(s[i:], lead)
			if k < 0 {
				break
			}
			i += k
			if lead == 0xc2 && i+1 < len(s) && (s[i+1] == 0xa0 || s[i+1] == 0x85) ||
				lead != 0xc2 && i+2 < len(s) && unicodeSpace(s[i:i+3]) {
				return false
			}
		}
	}
	return true
}

// unicodeSpace reports whether the three bytes b encode one of the
// three-byte Unicode spaces (U+1680, U+2000–U+200A, U+202F, U+205F, U+3000).
func unicodeSpace(b string) bool {
	switch {
	case b[0] == 0xe2 && b[1] == 0x80:
		return b[2] >= 0x80 && b[2] <= 0x8a || b[2] == 0xaf
	case b[0] == 0xe2:
		return b[1] == 0x81 && b[2] == 0x9f
	case b[0] == 0xe3:
		return b[1] == 0x80 && b[2] == 0x80
	}
	return b[1] == 0x9a && b[2] == 0x80
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// endsSentence reports whether s ends with sentence-final punctuation,
// possibly inside closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}
