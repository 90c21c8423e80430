package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"
)

// status is the one-line bar above the help: the last message or error on
// the left, reload progress and position on the right.
type status struct {
	msg   string
	isErr bool

	refreshing    bool
	done, total   int
	refreshCancel context.CancelFunc
}

func (s *status) set(msg string, isErr bool) {
	s.msg, s.isErr = clean(msg), isErr
}

func (s *status) clear() { s.msg, s.isErr = "", false }

func (s *status) cancelRefresh() {
	if s.refreshCancel != nil {
		s.refreshCancel()
		s.refreshCancel = nil
	}
	s.refreshing = false
}

func (s status) view(c *common, info string) string {
	st := c.styles
	right := info
	if s.refreshing {
		p := "reloading…"
		if s.total > 0 {
			p = fmt.Sprintf("reloading %d/%d", s.done, s.total)
		}
		right = strings.TrimSpace(p + "  " + right)
	}
	room := c.width - ansi.StringWidth(right) - 1
	left := ""
	if s.msg != "" {
		text := ansi.Truncate(s.msg, max(room-2, 0), "…")
		if s.isErr {
			left = st.Error.Render("⚠ " + text)
		} else {
			left = st.Info.Render(text)
		}
	}
	gap := max(c.width-ansi.StringWidth(left)-ansi.StringWidth(right), 1)
	return fit(left+strings.Repeat(" ", gap)+st.Dim.Render(right), c.width)
}

// screenInfo is the right side of the status bar.
func (m *Model) screenInfo() string {
	switch m.screen {
	case screenReader:
		r := &m.reader
		info := fmt.Sprintf("¶ %d/%d", r.focus+1, len(r.art.Paragraphs))
		if r.jump == jumpEntity && r.entityKey != "" {
			info = "n/N: " + m.entityName(r.entityKey) + "  " + info
		}
		return info
	case screenList:
		if m.list.count > 0 {
			return fmt.Sprintf("%d/%d", m.list.position(), m.list.count)
		}
	}
	return ""
}

func (m *Model) entityName(k string) string {
	for _, e := range m.c.shared {
		if e.Key == k {
			return clean(e.Name)
		}
	}
	return clean(k)
}

// helpMap adapts a screen's bindings to help.KeyMap.
type helpMap struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h helpMap) ShortHelp() []key.Binding  { return h.short }
func (h helpMap) FullHelp() [][]key.Binding { return h.full }

// helpKeys lists the bindings of the screen in front, leaving out the
// features whose service is missing.
func (m *Model) helpKeys() helpMap {
	k := &m.c.keys
	o := &m.c.opts
	opt := func(ok bool, b key.Binding) []key.Binding {
		if ok {
			return []key.Binding{b}
		}
		return nil
	}
	cat := func(parts ...[]key.Binding) []key.Binding {
		var out []key.Binding
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	nav := []key.Binding{k.Up, k.Down, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom}
	app := cat([]key.Binding{k.Help, k.Quit, k.Suspend})
	switch m.screen {
	case screenReader:
		view := []key.Binding{k.SwitchPane, k.ToggleSummary, k.ToggleOriginal, k.CycleLanguage, k.Open}
		more := cat([]key.Binding{k.PrevArticle, k.NextArticle, k.NextMatch, k.PrevMatch},
			opt(o.Entities != nil, k.Entities), opt(o.Search != nil, k.Search), []key.Binding{k.Pager, k.OpenURL, k.Back})
		return helpMap{
			short: cat([]key.Binding{k.Down, k.Up, k.SwitchPane, k.ToggleSummary, k.CycleLanguage}, opt(o.Entities != nil, k.Entities), []key.Binding{k.Back, k.Help}),
			full:  [][]key.Binding{nav, view, more, cat(opt(o.State != nil, k.ToggleRead), opt(o.State != nil, k.Star), opt(o.Refresh != nil, k.Reload), opt(o.Refresh != nil, k.ReloadAll), app)},
		}
	case screenSearch:
		b := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open"))
		e := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "close"))
		mv := key.NewBinding(key.WithKeys("up", "down"), key.WithHelp("↑/↓", "choose"))
		return helpMap{short: []key.Binding{mv, b, e}, full: [][]key.Binding{{mv, b, e, k.ForceQuit}}}
	case screenPager:
		return helpMap{
			short: []key.Binding{k.Down, k.Up, k.HalfPageDown, k.HalfPageUp, k.Back},
			full:  [][]key.Binding{nav, {k.Back, k.Pager}, app},
		}
	case screenEntities:
		return helpMap{
			short: []key.Binding{k.Down, k.Up, k.Open, k.Back},
			full:  [][]key.Binding{{k.Down, k.Up, k.Open, k.Back}, app},
		}
	}
	list := cat(opt(o.Search != nil, k.Search), opt(o.Entities != nil, k.Entities),
		opt(o.State != nil, k.UnreadOnly), opt(len(o.Stories) > 0, k.GroupStories))
	state := cat(opt(o.State != nil, k.ToggleRead), opt(o.State != nil, k.Star),
		opt(o.Refresh != nil, k.Reload), opt(o.Refresh != nil, k.ReloadAll), []key.Binding{k.OpenURL})
	return helpMap{
		short: cat([]key.Binding{k.Down, k.Up, k.Open}, list, []key.Binding{k.Quit, k.Help}),
		full:  [][]key.Binding{nav, cat([]key.Binding{k.Open}, list), state, app},
	}
}

// helpView renders the help cut to the terminal width: bubbles/help lets
// an item overflow when not even its ellipsis fits.
func (m *Model) helpView() string {
	lines := strings.Split(m.help.View(m.helpKeys()), "\n")
	for i, ln := range lines {
		lines[i] = fit(ln, m.c.width)
	}
	return strings.Join(lines, "\n")
}

// helpHeight is the number of lines the help takes at the current width.
func (m *Model) helpHeight() int {
	return strings.Count(m.help.View(m.helpKeys()), "\n") + 1
}
