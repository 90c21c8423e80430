package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

const (
	separator = " │ "
	focusBar  = "▌ "
	noBar     = "  "
)

// view writes the reader's c.bodyH lines, each ending in a newline.
func (r *reader) view(c *common, b *strings.Builder) {
	if r.waiting() {
		r.waitingView(c, b)
		return
	}
	st := c.styles
	b.WriteString(fit(r.headerLine(c), c.width))
	b.WriteByte('\n')
	lpane, rpane := r.lay.lw+2, r.lay.rw+2
	lh, rh := r.paneTitles(c)
	b.WriteString(fit(lh, lpane))
	b.WriteString(st.Separator.Render(separator))
	b.WriteString(fit(rh, rpane))
	b.WriteByte('\n')
	var panel []string
	if r.panelOpen {
		panel = r.panel.view(c, rpane, r.lay.docHeight)
	}
	r.viewDoc(c, b, panel)
}

// headerLine is the title with, when stories are known, the other sources
// of the story; the title is what gets truncated.
func (r *reader) headerLine(c *common) string {
	st := c.styles
	right := ""
	if others := c.otherSources(r.art.ID); len(others) > 0 {
		right = fmt.Sprintf("  %d more sources on this story: %s", len(others), strings.Join(others, ", "))
	}
	room := c.width - ansi.StringWidth(right)
	title := ansi.Truncate(clean(r.art.Title), max(room, 0), "…")
	return st.Header.Render(title) + st.Dim.Render(right)
}

func (r *reader) paneTitles(c *common) (string, string) {
	st := c.styles
	pick := func(p paneSide) lipgloss.Style {
		if r.pane == p && !r.panelOpen {
			return st.PaneHeaderFocused
		}
		return st.PaneHeader
	}
	left := "Original · " + clean(r.art.Lang)
	if r.leftTrans {
		left = "Translation · " + clean(r.tgt)
	}
	backend := ""
	if c.opts.Summaries != nil {
		backend = " · " + clean(c.opts.Summaries.Backend())
	}
	right := fmt.Sprintf("%s%s · %s→%s", langName(r.tgt), backend, clean(r.art.Lang), clean(r.tgt))
	if r.rightFull {
		right += " · full text"
	}
	return pick(paneLeft).Render(noBar + left), pick(paneRight).Render(noBar + right)
}

// viewDoc renders the visible document lines: only the blocks on screen
// are painted, whatever the article's length.
func (r *reader) viewDoc(c *common, b *strings.Builder, panel []string) {
	l := &r.lay
	st := c.styles
	var preL, preR []string
	if r.offset < l.blockStart(1) {
		preL, preR = r.preamble(c)
	}
	blk := l.blockAt(r.offset)
	// Every block is a line or more: those drawn lie within docHeight
	// blocks of the first, and a screen more either way is kept.
	lo, hi := blk-1-l.docHeight, blk+2*l.docHeight
	l.left().trim(lo, hi, 4*l.docHeight)
	l.right().trim(lo, hi, 4*l.docHeight)
	sep := st.Separator.Render(separator)
	for y := range l.docHeight {
		ln := r.offset + y
		for blk+1 < len(l.start) && l.start[blk+1] <= ln {
			blk++
		}
		k := ln - l.blockStart(blk)
		if ln >= l.total {
			k = -1
		}
		r.side(c, b, paneLeft, blk, k, preL)
		b.WriteString(sep)
		if panel != nil {
			b.WriteString(panel[y])
		} else {
			r.side(c, b, paneRight, blk, k, preR)
		}
		b.WriteByte('\n')
	}
}

// side writes line k of block blk on one side, gutter included.
func (r *reader) side(c *common, b *strings.Builder, p paneSide, blk, k int, pre []string) {
	st := c.styles
	width, kind := r.lay.lw, r.lay.leftKind
	if p == paneRight {
		width, kind = r.lay.rw, r.lay.rightKind
	}
	if k < 0 || (blk == 0 && k >= len(pre)) {
		b.WriteString(strings.Repeat(" ", width+2))
		return
	}
	if blk == 0 {
		b.WriteString(noBar)
		b.WriteString(pre[k])
		return
	}
	i := blk - 1
	ce := r.cellAt(c, kind, i)
	if k >= len(ce.lines) {
		b.WriteString(strings.Repeat(" ", width+2))
		return
	}
	focused := i == r.focus && r.ovFocus < 0
	if focused {
		b.WriteString(st.FocusBar.Render(focusBar))
	} else {
		b.WriteString(noBar)
	}
	switch ce.kind {
	case cellPending:
		s := c.spinner.View() + st.Pending.Render(" translating…")
		b.WriteString(fit(s, width))
		return
	case cellError:
		paintLine(b, ce.text, ce.lines[k], nil, &st.pError, st, width)
		return
	}
	var base *painter
	switch {
	case focused:
		base = &st.pFocused
	case p == paneLeft && !r.leftTrans && r.art.Paragraphs[i].Heading:
		base = &st.pBold
	}
	paintLine(b, ce.text, ce.lines[k], r.cellMarks(p, i, ce), base, st, width)
}

// cellMarks adds the mention n/N landed on to the cell's marks.
func (r *reader) cellMarks(p paneSide, i int, ce *cell) []mark {
	if p != paneLeft || r.leftTrans || r.curMention < 0 || r.curMention >= len(r.mentions) ||
		paraOf(r.art, r.mentions[r.curMention].Start) != i {
		return ce.marks
	}
	m := r.mentions[r.curMention]
	start := r.art.Paragraphs[i].Start
	if !validRange(ce.text, m.Start-start, m.End-start, len(ce.text)) {
		return ce.marks
	}
	out := make([]mark, 0, len(ce.marks)+1)
	out = append(out, ce.marks...)
	return append(out, mark{start: m.Start - start, end: m.End - start, kind: markCurrent})
}

// preamble renders block 0: title and metadata on the left, the overview
// on the right. Lines are padded to the pane text widths.
func (r *reader) preamble(c *common) (left, right []string) {
	st := c.styles
	a := r.art
	lw, rw := r.lay.lw, r.lay.rw
	left = wrapStyled(clean(a.Title), lw, st.Bold)
	meta := []string{clean(a.Lang)}
	if a.Source != "" {
		meta = append(meta, clean(a.Source))
	}
	meta = append(meta, fmt.Sprintf("%d words", a.Words))
	if !a.Published.IsZero() {
		meta = append(meta, a.Published.Format("2 Jan 2006"))
	}
	left = append(left, wrapStyled(strings.Join(meta, " · "), lw, st.Dim)...)
	return left, r.overviewLines(c, rw)
}

func (r *reader) overviewLines(c *common, width int) []string {
	st := c.styles
	t := r.current()
	if t == nil {
		return nil
	}
	out := []string{fit(st.PaneHeader.Render("Overview"), width)}
	switch t.overviewState {
	case rowFailed:
		return append(out, wrapStyled("⚠ "+t.overviewErr, width, st.Error)...)
	case rowDone:
	default:
		return append(out, fit(c.spinner.View()+st.Pending.Render(" summarising…"), width))
	}
	if len(t.overview) == 0 {
		return nil
	}
	for i, p := range t.overview {
		bullet, base := "• ", (*painter)(nil)
		if i == r.ovFocus && r.pane == paneRight {
			bullet, base = "▸ ", &st.pFocused
		}
		var ms []mark
		if i < len(t.overviewMarks) {
			ms = t.overviewMarks[i]
		}
		for j, ls := range wrapText(p.Text, width-2) {
			var sb strings.Builder
			if j == 0 {
				sb.WriteString(st.FocusBar.Render(bullet))
			} else {
				sb.WriteString("  ")
			}
			paintLine(&sb, p.Text, ls, ms, base, st, width-2)
			out = append(out, sb.String())
		}
	}
	return out
}

// wrapStyled wraps plain text and renders each line in style, padded.
func wrapStyled(text string, width int, style lipgloss.Style) []string {
	var out []string
	st := theme{}
	p := newPainter(style)
	for _, ls := range wrapText(text, width) {
		var sb strings.Builder
		paintLine(&sb, text, ls, nil, &p, &st, width)
		out = append(out, sb.String())
	}
	return out
}
