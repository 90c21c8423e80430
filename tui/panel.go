package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// entityPanel lists the shared entities: name, type, mentions per article
// and surface forms. It is shown beside the article in the reader and full
// width from the list.
type entityPanel struct {
	cursor, offset int
}

const panelEntryHeight = 2

func (p *entityPanel) clamp(c *common) {
	p.cursor = max(min(p.cursor, len(c.shared)-1), 0)
}

func (p *entityPanel) selected(c *common) (Entity, bool) {
	if p.cursor < 0 || p.cursor >= len(c.shared) {
		return Entity{}, false
	}
	return c.shared[p.cursor], true
}

// move moves the cursor and keeps it on screen.
func (p *entityPanel) move(c *common, d, height int) {
	p.cursor += d
	p.clamp(c)
	per := max((height-1)/panelEntryHeight, 1)
	if p.cursor < p.offset {
		p.offset = p.cursor
	} else if p.cursor >= p.offset+per {
		p.offset = p.cursor - per + 1
	}
}

// view renders exactly height lines of width cells.
func (p *entityPanel) view(c *common, width, height int) []string {
	st := c.styles
	lines := make([]string, 0, height)
	title := fmt.Sprintf("Shared entities (%d)", len(c.shared))
	lines = append(lines, fit(st.PaneHeaderFocused.Render(title), width))
	if len(c.shared) == 0 {
		lines = append(lines, fit(st.Dim.Render("no entity is shared by two articles"), width))
	}
	for i := p.offset; i < len(c.shared) && len(lines)+panelEntryHeight <= height; i++ {
		e := c.shared[i]
		mark := "  "
		if i == p.cursor {
			mark = st.FocusBar.Render("▌ ")
		}
		name := st.Entity(e.Colour).Render(clean(e.Name))
		head := fmt.Sprintf("%s%s %s  %s", mark, name, st.Dim.Render(clean(e.Type)), c.countsLine(e))
		forms := "  " + st.Dim.Render(clean(strings.Join(e.Forms, " · ")))
		lines = append(lines, fit(head, width), fit(forms, width))
	}
	for len(lines) < height {
		lines = append(lines, strings.Repeat(" ", width))
	}
	return lines[:height]
}

// countsLine lists the entity's mentions per article, in corpus order.
func (c *common) countsLine(e Entity) string {
	var parts []string
	for _, a := range c.corpus.Articles {
		if n := e.Counts[a.ID]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s:%d", clean(a.Lang), n))
		}
	}
	return strings.Join(parts, " ")
}

// panelKey handles a key while the panel is open in the reader. done is
// false for keys the reader itself should handle.
func (r *reader) panelKey(c *common, msg tea.KeyPressMsg) (tea.Cmd, readerAction, bool) {
	k := &c.keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Entities):
		r.panelOpen = false
	case key.Matches(msg, k.Down):
		r.panel.move(c, 1, r.lay.docHeight)
	case key.Matches(msg, k.Up):
		r.panel.move(c, -1, r.lay.docHeight)
	case key.Matches(msg, k.Open):
		return nil, actFilterEntity, true
	case key.Matches(msg, k.NextMatch), key.Matches(msg, k.PrevMatch):
		e, ok := r.panel.selected(c)
		if !ok {
			return nil, actNone, true
		}
		if r.entityKey != e.Key || r.jump != jumpEntity {
			r.entityKey, r.jump, r.curMention = e.Key, jumpEntity, -1
		}
		d := 1
		if key.Matches(msg, k.PrevMatch) {
			d = -1
		}
		r.stepMention(d)
		return r.requestRows(c), actNone, true
	default:
		return nil, actNone, false
	}
	return nil, actNone, true
}

// fit truncates a styled line to width cells and pads it to exactly width.
func fit(s string, width int) string {
	w := ansi.StringWidth(s)
	if w > width {
		s = ansi.Truncate(s, width, "…")
		w = ansi.StringWidth(s)
	}
	if w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}
