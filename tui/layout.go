package tui

import (
	"sort"
)

// The reader's document is a list of blocks: block 0 is the preamble
// (title and metadata on the left, the overview on the right), block i+1
// holds paragraph i on the left and its row on the right. A block is as
// tall as its taller side plus a blank line, so row i always starts on
// the same screen line as paragraph i, and both sides scroll together.

type cellKind uint8

const (
	cellText cellKind = iota
	cellPending
	cellError
)

// cell is one side of one paragraph block, wrapped.
type cell struct {
	text    string
	kind    cellKind
	lines   []lineSpan
	marks   []mark
	valid   bool
	marksOf int // marksGen the marks were built for
}

// paneCache keeps the wrapped cells of one kind of content at one width,
// so scrolling and rows arriving rewrap only what changed.
type paneCache struct {
	width int
	cells []cell
}

// set makes cell i hold text of kind, wrapped to the cache width. It
// reports whether the cell changed.
func (p *paneCache) set(i int, text string, kind cellKind) (*cell, bool) {
	c := &p.cells[i]
	if c.valid && c.kind == kind && c.text == text {
		return c, false
	}
	*c = cell{text: text, kind: kind, valid: true, marksOf: -1}
	if kind == cellPending {
		c.lines = []lineSpan{{width: 0}}
	} else {
		c.lines = wrapText(text, p.width)
	}
	return c, true
}

// reset empties the cache for n cells of width w when either changed.
func (p *paneCache) reset(n, w int) {
	if p.width == w && len(p.cells) == n {
		return
	}
	p.width = w
	p.cells = make([]cell, n)
}

// content kinds, each with its own cache.
const (
	contentOriginal = iota
	contentLeftTranslation
	contentSummary
	contentRightTranslation
	contentKinds
)

type layout struct {
	width     int // terminal width the layout was built for
	lw, rw    int // text widths of the left and right panes (gutter excluded)
	docHeight int // document lines on screen
	caches    [contentKinds]paneCache
	left      *paneCache
	right     *paneCache
	preL      int // preamble heights
	preR      int
	start     []int // first document line of each block
	total     int
}

func (l *layout) blockStart(b int) int {
	if b < 0 || b >= len(l.start) {
		return l.total
	}
	return l.start[b]
}

// blockAt returns the block holding document line y.
func (l *layout) blockAt(y int) int {
	b := sort.Search(len(l.start), func(i int) bool { return l.start[i] > y }) - 1
	return max(b, 0)
}

func (l *layout) maxOffset() int { return max(l.total-l.docHeight, 0) }

// paneWidths splits the terminal width into two panes around a 3-column
// separator, each with a 2-column gutter for the focus bar.
func paneWidths(width int) (lw, rw int) {
	avail := width - 3
	left := avail / 2
	return max(left-2, 1), max(avail-left-2, 1)
}

// relayout rewraps what changed and recomputes the block positions.
func (r *reader) relayout(c *common) {
	l := &r.lay
	n := len(r.art.Paragraphs)
	l.width = c.width
	l.lw, l.rw = paneWidths(c.width)
	l.docHeight = max(c.bodyH-2, 1)
	for k := range l.caches {
		w := l.rw
		if k <= contentLeftTranslation {
			w = l.lw
		}
		l.caches[k].reset(n, w)
	}
	leftKind, rightKind := contentOriginal, contentSummary
	if r.leftTrans {
		leftKind = contentLeftTranslation
	}
	if r.rightFull {
		rightKind = contentRightTranslation
	}
	l.left, l.right = &l.caches[leftKind], &l.caches[rightKind]
	t := r.current()
	for i := range n {
		r.fillCell(c, l.left, leftKind, t, i)
		r.fillCell(c, l.right, rightKind, t, i)
	}
	pl, pr := r.preamble(c)
	l.preL, l.preR = len(pl), len(pr)
	l.start = l.start[:0]
	y := 0
	for b := 0; b <= n; b++ {
		l.start = append(l.start, y)
		h := l.preL
		if b == 0 {
			h = max(h, l.preR)
		} else {
			h = max(len(l.left.cells[b-1].lines), len(l.right.cells[b-1].lines))
		}
		y += h
		if b < n {
			y++ // blank line between blocks
		}
	}
	l.total = y
	r.offset = max(min(r.offset, l.maxOffset()), 0)
}

// fillCell sets cell i of p from the article or from the rows.
func (r *reader) fillCell(c *common, p *paneCache, kind int, t *targetRows, i int) {
	if kind == contentOriginal {
		ce, changed := p.set(i, r.art.ParagraphText(i), cellText)
		if changed || ce.marksOf != r.marksGen {
			ce.marksOf = r.marksGen
			if i < len(r.paraMarks) {
				ce.marks = r.paraMarks[i]
			}
		}
		return
	}
	var st rowState
	if t != nil && i < len(t.rows) {
		st = t.rows[i]
	}
	switch st.status {
	case rowDone:
		text, ms, matches := st.row.Summary, st.sumMentions, st.sumMatches
		if kind != contentSummary {
			text, ms, matches = st.row.Translation, st.trMentions, st.trMatches
		}
		ce, changed := p.set(i, text, cellText)
		if changed || ce.marksOf != r.marksGen {
			ce.marksOf = r.marksGen
			ce.marks = append(mentionMarks(ms, 0, len(text), text, c.colour, nil), matches...)
		}
	case rowFailed:
		p.set(i, "⚠ "+st.err, cellError)
	default:
		p.set(i, "", cellPending)
	}
}

// relayoutAnchored relayouts keeping the focused paragraph on the same
// screen line, so toggles do not make the text jump.
func (r *reader) relayoutAnchored(c *common) {
	row := r.lay.blockStart(r.focus+1) - r.offset
	r.relayout(c)
	r.offset = max(min(r.lay.blockStart(r.focus+1)-row, r.lay.maxOffset()), 0)
}

// ensureVisible scrolls so that block b is on screen (its top, when it is
// taller than the screen).
func (r *reader) ensureVisible(b int) {
	l := &r.lay
	top := l.blockStart(b)
	last := l.blockStart(b+1) - 2 // the block's last line, before the blank
	if b+1 >= len(l.start) {
		last = l.total - 1
	}
	switch {
	case top < r.offset:
		r.offset = top
	case last >= r.offset+l.docHeight:
		r.offset = min(top, last-l.docHeight+1)
	}
	r.offset = max(min(r.offset, l.maxOffset()), 0)
}

// visibleParas returns the paragraphs on screen.
func (r *reader) visibleParas() (from, to int) {
	l := &r.lay
	if len(l.start) == 0 {
		return 0, batchSize - 1
	}
	first := l.blockAt(r.offset)
	last := l.blockAt(r.offset + l.docHeight - 1)
	return max(first-1, 0), max(last-1, 0)
}
