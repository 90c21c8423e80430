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
	marksOf int // marksGen the marks were built for
}

// paneCache keeps one kind of content at one width: the line count of
// every cell, which block positions need, and the wrapped lines only of
// the cells drawn lately. An article of 100,000 paragraphs then costs four
// bytes a paragraph here, not its wrapped lines and marks.
type paneCache struct {
	width   int
	heights []int32       // lines of each cell; 0: not measured yet
	cells   map[int]*cell // wrapped cells near the screen
}

// reset empties the cache for n cells of width w when either changed.
func (p *paneCache) reset(n, w int) {
	if p.width == w && len(p.heights) == n && p.cells != nil {
		return
	}
	p.width = w
	p.heights = make([]int32, n)
	p.cells = map[int]*cell{}
}

// invalidate forgets cell i: it is measured and wrapped again when needed.
func (p *paneCache) invalidate(i int) {
	if i >= 0 && i < len(p.heights) {
		p.heights[i] = 0
		delete(p.cells, i)
	}
}

// clear forgets every cell, keeping the width.
func (p *paneCache) clear() {
	clear(p.heights)
	clear(p.cells)
}

// trim drops the wrapped cells outside [lo, hi] once there are more than
// keep of them, so scrolling through a long article keeps memory flat.
func (p *paneCache) trim(lo, hi, keep int) {
	if len(p.cells) <= keep {
		return
	}
	for i := range p.cells {
		if i < lo || i > hi {
			delete(p.cells, i)
		}
	}
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
	// The kinds shown on each side (indices, not pointers into caches:
	// the reader is copied with the model on every update).
	leftKind, rightKind int
	rowsOf              string // target the row caches hold, "" for none yet
	preL                int    // preamble heights
	preR                int
	start               []int // first document line of each block
	total               int
}

func (l *layout) left() *paneCache  { return &l.caches[l.leftKind] }
func (l *layout) right() *paneCache { return &l.caches[l.rightKind] }

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

// invalidateRow forgets row i in every cache made from rows.
func (l *layout) invalidateRow(i int) {
	for k := contentLeftTranslation; k < contentKinds; k++ {
		l.caches[k].invalidate(i)
	}
}

// paneWidths splits the terminal width into two panes around a 3-column
// separator, each with a 2-column gutter for the focus bar.
func paneWidths(width int) (lw, rw int) {
	avail := width - 3
	left := avail / 2
	return max(left-2, 1), max(avail-left-2, 1)
}

// relayout measures the cells not measured yet and recomputes the block
// positions. Only the line counts are computed here, never kept wrapped:
// the cells on screen are wrapped when drawn (cellAt).
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
	if l.rowsOf != r.tgt {
		// Another target language: every row cell changes.
		for k := contentLeftTranslation; k < contentKinds; k++ {
			l.caches[k].clear()
		}
		l.rowsOf = r.tgt
	}
	l.leftKind, l.rightKind = contentOriginal, contentSummary
	if r.leftTrans {
		l.leftKind = contentLeftTranslation
	}
	if r.rightFull {
		l.rightKind = contentRightTranslation
	}
	t := r.current()
	for _, k := range [2]int{l.leftKind, l.rightKind} {
		p := &l.caches[k]
		for i, h := range p.heights {
			if h == 0 {
				text, kind := r.content(k, t, i)
				p.heights[i] = int32(cellLines(text, kind, p.width))
			}
		}
	}
	pl, pr := r.preamble(c)
	l.preL, l.preR = len(pl), len(pr)
	lh, rh := l.left().heights, l.right().heights
	l.start = l.start[:0]
	y := 0
	for b := 0; b <= n; b++ {
		l.start = append(l.start, y)
		h := l.preL
		if b == 0 {
			h = max(h, l.preR)
		} else {
			h = int(max(lh[b-1], rh[b-1]))
		}
		y += h
		if b < n {
			y++ // blank line between blocks
		}
	}
	l.total = y
	r.offset = max(min(r.offset, l.maxOffset()), 0)
}

// cellLines is the height of a cell: a pending one shows a one-line
// spinner.
func cellLines(text string, kind cellKind, width int) int {
	if kind == cellPending {
		return 1
	}
	return lineCount(text, width)
}

// content returns what cell i of content kind k shows: the paragraph, or
// its row from t.
func (r *reader) content(k int, t *targetRows, i int) (string, cellKind) {
	if k == contentOriginal {
		return r.art.ParagraphText(i), cellText
	}
	st := t.row(i)
	switch st.status {
	case rowDone:
		if k == contentSummary {
			return st.row.Summary, cellText
		}
		return st.row.Translation, cellText
	case rowFailed:
		return "⚠ " + st.err, cellError
	}
	return "", cellPending
}

// cellAt returns cell i of content kind k wrapped, with its marks: from
// the cache when it still holds that text, else wrapped now.
func (r *reader) cellAt(c *common, k int, i int) *cell {
	p := &r.lay.caches[k]
	t := r.current()
	text, kind := r.content(k, t, i)
	ce := p.cells[i]
	if ce == nil || ce.kind != kind || ce.text != text {
		ce = &cell{text: text, kind: kind, marksOf: -1}
		if kind == cellPending {
			ce.lines = []lineSpan{{width: 0}}
		} else {
			ce.lines = wrapText(text, p.width)
		}
		if p.cells == nil {
			p.cells = map[int]*cell{}
		}
		p.cells[i] = ce
	}
	if ce.marksOf != r.marksGen {
		ce.marksOf = r.marksGen
		ce.marks = r.marksFor(c, k, t, i, text)
	}
	return ce
}

// marksFor returns the highlights of cell i of content kind k.
func (r *reader) marksFor(c *common, k int, t *targetRows, i int, text string) []mark {
	if k == contentOriginal {
		return r.paraMarks(c, i)
	}
	st := t.row(i)
	if st.status != rowDone {
		return nil
	}
	ms, matches := st.sumMentions, st.sumMatches
	if k != contentSummary {
		ms, matches = st.trMentions, st.trMatches
	}
	return append(mentionMarks(ms, 0, len(text), text, c.colour, nil), matches...)
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
