package sanitize

import "unicode/utf8"

// Escape sequences as ECMA-48 and xterm parse them. Only their lengths
// matter here: every one found is removed.

// scanner measures escape sequences in src. noTerm remembers the offset
// from which no string terminator follows, found by the first control
// string that ran to the end unterminated: later ones need not scan again,
// which keeps a text full of stray "ESC ]" linear rather than quadratic.
type scanner struct {
	src    string
	noTerm int
}

func newScanner(s string) scanner { return scanner{src: s, noTerm: len(s) + 1} }

// escLen returns how many bytes the escape sequence starting with the ESC at
// s[i] occupies. It is at least 1, so the caller always advances.
func (sc *scanner) escLen(i int) int {
	s := sc.src
	j := i + 1
	if j >= len(s) {
		return 1
	}
	switch c := s[j]; {
	case c == '[':
		return 2 + csiLen(s, j+1)
	case c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_':
		if k, ok := sc.stringLen(j + 1); ok {
			return 2 + k
		}
		return 2 // unterminated: drop the introducer, keep the text
	case c >= 0x20 && c <= 0x2f:
		// nF escapes (ESC ( B designates a charset): intermediates, then a
		// final byte.
		for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
			j++
		}
		if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
			j++
		}
		return j - i
	case c >= 0x30 && c <= 0x7e:
		return 2 // ESC 7, ESC c, ESC =…: one final byte
	}
	return 1 // ESC before a control or a non-ASCII rune: drop the ESC alone
}

// csiLen returns the length of a CSI body starting at s[j]: parameter bytes
// 0x30–0x3F, intermediate bytes 0x20–0x2F, then one final byte 0x40–0x7E.
// A byte outside those ranges ends the sequence early, as terminals abort it
// there; that byte is then read as ordinary text (or control) again.
func csiLen(s string, j int) int {
	k := j
	for k < len(s) && s[k] >= 0x30 && s[k] <= 0x3f {
		k++
	}
	for k < len(s) && s[k] >= 0x20 && s[k] <= 0x2f {
		k++
	}
	if k < len(s) && s[k] >= 0x40 && s[k] <= 0x7e {
		k++
	}
	return k - j
}

// stringLen returns the length of a control string body starting at s[j],
// including its terminator: BEL, ESC \ (ST) or the C1 ST (U+009C). ok is
// false when the input ends before a terminator.
func (sc *scanner) stringLen(j int) (n int, ok bool) {
	s := sc.src
	if j >= sc.noTerm {
		return 0, false
	}
	for k := j; k < len(s); {
		switch s[k] {
		case bel:
			return k + 1 - j, true
		case esc:
			if k+1 < len(s) && s[k+1] == '\\' {
				return k + 2 - j, true
			}
		case 0xc2:
			if k+1 < len(s) && s[k+1] == 0x9c {
				return k + 2 - j, true
			}
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	sc.noTerm = j
	return 0, false
}

// c1Len returns the length of the sequence introduced by the C1 control r
// (already decoded at s[i]), or 0 when r introduces none: CSI (U+009B) and the
// string introducers DCS, SOS, OSC, PM, APC (U+0090, 0098, 009D, 009E, 009F).
func (sc *scanner) c1Len(i int, r rune) int {
	n := utf8.RuneLen(r)
	switch r {
	case 0x9b:
		return n + csiLen(sc.src, i+n)
	case 0x90, 0x98, 0x9d, 0x9e, 0x9f:
		if k, ok := sc.stringLen(i + n); ok {
			return n + k
		}
		return n
	}
	return 0
}
