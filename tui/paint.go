package tui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// markKind says how a marked range is painted. Higher kinds win where
// marks overlap: the mention n/N landed on beats a search match, which
// beats an entity colour.
type markKind uint8

const (
	markEntity markKind = iota + 1
	markMatch
	markCurrent
)

// mark is a painted byte range [start, end) of a text.
type mark struct {
	start, end int
	kind       markKind
	colour     int // palette index, for markEntity
}

// painter writes text in one style without going through lipgloss for
// every run: the style's opening and closing sequences are rendered once.
// Reader lines are single-line runs with no padding or border, for which
// this is exactly what Style.Render produces.
type painter struct{ pre, post string }

// sentinel is a private-use character no style transforms.
const sentinel = "\uE000"

func newPainter(st lipgloss.Style) painter {
	out := st.Render(sentinel)
	i := strings.Index(out, sentinel)
	if i < 0 { // cannot happen for inline styles; fall back to no styling
		return painter{}
	}
	return painter{pre: out[:i], post: out[i+len(sentinel):]}
}

func (p *painter) write(b *strings.Builder, s string) {
	b.WriteString(p.pre)
	b.WriteString(s)
	b.WriteString(p.post)
}

func (s *theme) markPainter(k mark) *painter {
	switch k.kind {
	case markMatch:
		return &s.pMatch
	case markCurrent:
		return &s.pCurrent
	}
	i := k.colour % paletteSize
	if i < 0 {
		i += paletteSize
	}
	return &s.pEntity[i]
}

// paintLine renders text[ls.start:ls.end] cleaned, with marks painted and
// the rest in base (nil: unstyled), padded with spaces to width cells. The
// padding comes from the drawn width, not from ls.width, so text the wrapper
// over-measured still fills the pane exactly.
func paintLine(b *strings.Builder, text string, ls lineSpan, marks []mark, base *painter, st *theme, width int) {
	pos, drawn := ls.start, 0
	for pos < ls.end {
		next, m, ok := nextRun(pos, ls.end, marks)
		seg := clean(text[pos:next])
		drawn += displayWidth(seg)
		switch {
		case ok:
			st.markPainter(m).write(b, seg)
		case base != nil:
			base.write(b, seg)
		default:
			b.WriteString(seg)
		}
		pos = next
	}
	if pad := width - drawn; pad > 0 {
		b.WriteString(strings.Repeat(" ", pad))
	}
}

// nextRun returns the end of the run starting at pos and the mark painting
// it, if any. Marks are few per line, so a linear scan is enough.
func nextRun(pos, end int, marks []mark) (int, mark, bool) {
	var best mark
	found := false
	next := end
	for _, m := range marks {
		if m.end <= pos || m.start >= end {
			continue
		}
		if m.start > pos {
			next = min(next, m.start)
			continue
		}
		if !found || m.kind > best.kind {
			best, found = m, true
		}
	}
	if !found {
		return next, best, false
	}
	// The run of the winning mark stops where it ends or where a stronger
	// mark starts.
	stop := min(best.end, end)
	for _, m := range marks {
		if m.kind > best.kind && m.start > pos && m.start < stop {
			stop = m.start
		}
	}
	if stop <= pos { // defensive: never loop forever on a bad mark
		stop = pos + 1
	}
	return stop, best, true
}

// mentionMarks turns entity mentions (offsets into the text shifted by
// base) into marks, dropping any outside [0, n) or off rune boundaries.
func mentionMarks(ms []Mention, base, n int, text string, colour func(key string) int, current *Mention) []mark {
	out := make([]mark, 0, len(ms))
	for _, m := range ms {
		s, e := m.Start-base, m.End-base
		if !validRange(text, s, e, n) {
			continue
		}
		k := mark{start: s, end: e, kind: markEntity, colour: colour(m.Key)}
		if current != nil && *current == m {
			k.kind = markCurrent
		}
		out = append(out, k)
	}
	return out
}

// validRange reports whether [s, e) is a non-empty byte range of text[:n]
// whose ends fall on rune boundaries.
func validRange(text string, s, e, n int) bool {
	if s < 0 || e > n || s >= e || n > len(text) {
		return false
	}
	return runeStart(text, s) && runeStart(text, e)
}

func runeStart(s string, i int) bool {
	return i == len(s) || (s[i]&0xC0) != 0x80
}

// displayWidth is ansi.StringWidth with a fast path for printable ASCII,
// most of what the reader draws.
func displayWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			return ansi.StringWidth(s)
		}
	}
	return len(s)
}
