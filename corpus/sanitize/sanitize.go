// Package sanitize neutralises terminal control sequences in text that came
// from outside (files, feeds, web pages, translation backends) so it can be
// printed to a terminal without moving the cursor, changing colours, setting
// the window title, writing the clipboard (OSC 52) or reordering what the
// reader sees (bidi overrides).
//
// The rules, applied in one pass:
//   - invalid UTF-8 bytes become U+FFFD;
//   - ESC sequences are removed whole: CSI (ESC [ … final), OSC (ESC ] …),
//     DCS/SOS/PM/APC strings (ESC P/X/^/_ … ST), and the two- or three-byte
//     escapes (ESC 7, ESC ( B…); their C1 forms (U+009B CSI, U+009D OSC,
//     U+0090 DCS…) likewise. A string sequence with no terminator loses only
//     its introducer: a stray ESC ] must not swallow the rest of an article;
//   - CR LF and a lone CR become LF, NEL (U+0085), U+2028 and U+2029 become
//     LF; every other C0 control except LF and TAB, DEL, and every other C1
//     control is removed;
//   - bidi embeddings, overrides, isolates and marks (U+202A–202E,
//     U+2066–2069, U+200E, U+200F, U+061C) are removed: they can make a line
//     display in an order other than the one it is stored in;
//   - invisible characters with no business in display text are removed:
//     ZERO WIDTH SPACE, WORD JOINER, invisible operators (U+2061–2064), BOM,
//     soft hyphen, interlinear annotation marks and the tag characters
//     (U+E0000–E007F, which can smuggle hidden ASCII). ZWJ and ZWNJ stay
//     when they sit between two visible characters, where they shape emoji
//     sequences and Indic or Persian script, and go everywhere else.
package sanitize

import (
	"strings"
	"unicode/utf8"
)

const (
	esc = 0x1b
	bel = 0x07
	zwj = '\u200d'
	nj  = '\u200c' // ZERO WIDTH NON-JOINER
)

// Text returns s made safe to print: valid UTF-8 with no escape sequence, no
// C0 control other than '\n' and '\t', no C1 control and no bidi control.
// Text that needs no change is returned as is, without allocating.
func Text(s string) string {
	if clean(s, false) {
		return s
	}
	return scrub(s, false)
}

// Line is Text for one-line cells: it also folds every run of line breaks
// and tabs into a single space.
func Line(s string) string {
	if clean(s, true) {
		return s
	}
	return scrub(s, true)
}

// clean reports whether s is printable ASCII (plus '\n' and '\t' unless
// oneLine), the common case, which needs no work at all.
func clean(s string, oneLine bool) bool {
	for i := 0; i < len(s); i++ {
		i = skipPrintable(s, i)
		if i >= len(s) {
			break
		}
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			continue
		}
		if !oneLine && (c == '\n' || c == '\t') {
			continue
		}
		return false
	}
	return true
}

// scrub is the slow path. It copies runs of unchanged text in bulk and
// allocates only when something must change, so typical non-ASCII text
// (accents, curly quotes) comes back as is.
func scrub(s string, oneLine bool) string {
	w := writer{src: s}
	sc := newScanner(s)
	prev := rune(0) // last rune kept, for the joiner rule
	for i := 0; i < len(s); {
		if j := skipPrintable(s, i); j > i {
			prev, w.folded, i = rune(s[j-1]), false, j
			if i >= len(s) {
				break
			}
		}
		c := s[i]
		if c >= 0x20 && c < 0x7f || !oneLine && (c == '\n' || c == '\t') {
			prev = rune(c)
			w.folded = false
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		k, repl := sc.replace(i, r, n, prev)
		if oneLine && (repl == '\n' || repl == '\t') {
			if w.folded {
				repl = -1
			} else {
				repl = ' '
			}
			w.folded = true
		} else if repl >= 0 {
			w.folded = false
		}
		invalid := r == utf8.RuneError && n == 1
		if k == n && repl == r && !invalid {
			prev = r
			i += n
			continue
		}
		w.edit(i, i+k, repl)
		if repl >= 0 {
			prev = repl
		}
		i += k
	}
	return w.done()
}

// replace decides what becomes of the rune r (n bytes) at src[i]: it returns
// how many bytes to consume and the rune to write instead (-1: nothing).
func (sc *scanner) replace(i int, r rune, n int, prev rune) (int, rune) {
	s := sc.src
	switch {
	case r == utf8.RuneError && n == 1:
		return 1, utf8.RuneError
	case r == esc:
		return sc.escLen(i), -1
	case r == '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 1, -1 // CR LF: the LF follows
		}
		return 1, '\n'
	case r >= 0x80 && r <= 0x9f:
		if k := sc.c1Len(i, r); k > 0 {
			return k, -1
		}
		if r == 0x85 { // NEL: a line break written the C1 way
			return n, '\n'
		}
		return n, -1
	case r == '\u2028' || r == '\u2029':
		return n, '\n'
	case r == zwj || r == nj:
		if !visible(prev) || !visible(nextRune(s, i+n)) {
			return n, -1
		}
	case drop(r):
		return n, -1
	}
	return n, r
}

// writer builds the output of scrub lazily: until the first edit the output
// is a prefix of the source.
type writer struct {
	src    string
	b      strings.Builder
	last   int  // src[last:] is not yet copied
	edited bool // b holds the output so far
	folded bool // the last thing written was a folded line break
}

// edit replaces src[from:to] with r (nothing when r < 0).
func (w *writer) edit(from, to int, r rune) {
	if !w.edited {
		w.b.Grow(len(w.src))
		w.edited = true
	}
	w.b.WriteString(w.src[w.last:from])
	if r >= 0 {
		w.b.WriteRune(r)
	}
	w.last = to
}

func (w *writer) done() string {
	if !w.edited {
		return w.src
	}
	w.b.WriteString(w.src[w.last:])
	return w.b.String()
}

// drop reports whether r is removed outright (invalid bytes already decode to
// U+FFFD, which is kept as the visible mark of damage).
func drop(r rune) bool {
	switch {
	case r < 0x20:
		return r != '\n' && r != '\t'
	case r == 0x7f:
		return true
	case r == '\u00ad', r == '\u061c', r == '\u200b', r == '\u200e', r == '\u200f', r == '\ufeff':
		return true
	case r >= '\u202a' && r <= '\u202e':
		return true
	case r >= '\u2060' && r <= '\u2064':
		return true
	case r >= '\u2066' && r <= '\u2069':
		return true
	case r >= '\ufff9' && r <= '\ufffb':
		return true
	case r >= 0xe0000 && r <= 0xe007f:
		return true
	}
	return false
}

// visible reports whether r is a character a joiner may attach to.
func visible(r rune) bool {
	return r > ' ' && r != 0x7f && !(r >= 0x80 && r <= 0x9f) && !drop(r) && r != zwj && r != nj
}

func nextRune(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// skipPrintable returns the offset after the eight-byte words from s[i] on
// that are all printable ASCII (0x20-0x7e): most of any text, passed over
// a word at a time with bit tricks that test all eight bytes at once.
func skipPrintable(s string, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for i+8 <= len(s) {
		x := load64(s, i)
		below := (x - ones*0x20) &^ x & highs                      // some byte < 0x20 (when none >= 0x80)
		del := ((x ^ ones*0x7f) - ones) &^ (x ^ ones*0x7f) & highs // some byte is DEL
		if x&highs|below|del != 0 {
			break
		}
		i += 8
	}
	return i
}

// load64 reads s[i:i+8] as a little-endian word (the compiler makes this
// one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
