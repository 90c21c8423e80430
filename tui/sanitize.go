package tui

import (
	"strings"
	"unicode/utf8"
)

// Every outside string (titles, bodies, backend rows, snippets, errors)
// goes through clean before it reaches the screen, so no escape sequence
// or terminal control from a feed or a backend can act on the terminal.
//
// TODO(lead): switch to corpus/sanitize.Line once it lands; the wrapper in
// wrap.go relies on the same rules (dropped runes have no width), so keep
// dropRune in step with it.

// clean returns s as one display line: valid UTF-8, C0/C1 controls, DEL
// and bidirectional overrides dropped, tabs and line breaks turned into
// spaces.
func clean(s string) string {
	if isPlainASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune('\uFFFD')
		case spaceRune(r):
			b.WriteByte(' ')
		case dropRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return false
		}
	}
	return true
}

// spaceRune reports whether r is shown as a single space.
func spaceRune(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' ||
		r == '\u2028' || r == '\u2029' || r == '\u0085'
}

// dropRune reports whether r is removed from display: controls that could
// move the cursor, start an escape sequence or reorder the line.
func dropRune(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
