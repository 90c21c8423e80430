package tui

import (
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"
)

// lineSpan is one wrapped display line: bytes [start, end) of the wrapped
// text, occupying width terminal cells once cleaned.
//
// Wrapping keeps byte offsets into the original text (instead of producing
// new strings) so that entity mentions and search matches, which are byte
// offsets too, can be painted onto any line without re-searching.
type lineSpan struct{ start, end, width int }

// measurer walks a text grapheme by grapheme and tells each one's width as
// it will be drawn after clean: controls count 0, spaces 1.
type measurer struct {
	it *graphemes.Iterator[string]
}

func newMeasurer() *measurer { return &measurer{it: graphemes.FromString("")} }

// next returns the size in bytes of the grapheme at s[i:], its width and
// whether it is a break (a space).
func (m *measurer) next(s string, i int) (size, width int, space bool) {
	c := s[i]
	if c < utf8.RuneSelf && (i+1 == len(s) || s[i+1] < utf8.RuneSelf) {
		// ASCII not followed by a combining mark: the common case, kept
		// off the grapheme iterator.
		switch {
		case c == ' ' || spaceRune(rune(c)):
			return 1, 1, true
		case dropRune(rune(c)):
			return 1, 0, false
		}
		return 1, 1, false
	}
	r, rsize := utf8.DecodeRuneInString(s[i:])
	if spaceRune(r) {
		return rsize, 1, true
	}
	if r == utf8.RuneError && rsize == 1 {
		// An invalid byte is shown as U+FFFD, which joins the marks and
		// variation selectors after it into one grapheme: measured as
		// drawn (U+FFFD + U+FE0F draws two cells wide).
		j := i + 1
		for j < len(s) {
			x, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.In(x, unicode.Mn, unicode.Me, unicode.Variation_Selector) {
				break
			}
			j += n
		}
		return j - i, max(1, ansi.StringWidth(clean(s[i:j]))), false
	}
	if dropRune(r) {
		return rsize, 0, false // controls vanish
	}
	m.it.SetText(s[i:])
	m.it.Next()
	g := m.it.Value()
	if len(g) == 0 {
		return rsize, 1, false
	}

	return len(g), ansi.StringWidth(clean(g)), false
}

// wrapText wraps text greedily at spaces into lines at most width cells
// wide; words wider than a line are broken between graphemes. It always
// returns at least one line. Text is expected to be valid UTF-8 (bodies are,
// rows are made so on arrival); invalid bytes are wrapped without panic but
// their widths are only approximate.
func wrapText(text string, width int) []lineSpan {
	var lines []lineSpan
	wrap(text, width, func(ls lineSpan) { lines = append(lines, ls) })
	return lines
}

// lineCount returns len(wrapText(text, width)) without keeping the lines:
// the reader measures every paragraph of an article this way and wraps
// only those on screen.
func lineCount(text string, width int) int {
	n := 0
	wrap(text, width, func(lineSpan) { n++ })
	return n
}

// wrap is wrapText handing each line to emit, in order: one algorithm for
// the lines drawn and the lines counted, so the two always agree.
func wrap(text string, width int, emit func(lineSpan)) {
	width = max(width, 1)
	m := newMeasurer()
	cur := lineSpan{start: -1}
	gap := 0 // width of the spaces since the last word on the line
	lines := 0
	out := func(ls lineSpan) {
		lines++
		emit(ls)
	}
	for i := 0; i < len(text); {
		size, w, space := m.next(text, i)
		if space {
			if cur.start >= 0 {
				gap += w
			}
			i += size
			continue
		}
		wend, ww := wordEnd(m, text, i)
		switch {
		case cur.start >= 0 && cur.width+gap+ww <= width:
			cur.end, cur.width = wend, cur.width+gap+ww
		case ww <= width:
			if cur.start >= 0 {
				out(cur)
			}
			cur = lineSpan{start: i, end: wend, width: ww}
		default:
			if cur.start >= 0 {
				out(cur)
			}
			cur = breakWord(m, text, i, wend, width, out)
		}
		gap = 0
		i = wend
	}
	if cur.start >= 0 {
		out(cur)
	}
	if lines == 0 {
		out(lineSpan{})
	}
}

// wordEnd returns where the word starting at i ends and its width.
func wordEnd(m *measurer, s string, i int) (end, width int) {
	for i < len(s) {
		size, w, space := m.next(s, i)
		if space {
			break
		}
		i += size
		width += w
	}
	return i, width
}

// breakWord splits s[i:end] into full lines of width cells, handed to
// emit, and returns the last, partial line (to be continued by the next
// word).
func breakWord(m *measurer, s string, i, end, width int, emit func(lineSpan)) lineSpan {
	cur := lineSpan{start: i, end: i}
	for i < end {
		size, w, _ := m.next(s, i)
		if cur.width+w > width && cur.end > cur.start {
			emit(cur)
			cur = lineSpan{start: i, end: i}
		}
		i += size
		cur.end, cur.width = i, cur.width+w
	}
	return cur
}
