package tui

import (
	"context"
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

const (
	searchLimit     = 50
	searchHitHeight = 2
)

// searchPanel is the search screen: an input searched as you type
// (debounced; stale results dropped and their query cancelled) above the
// results.
type searchPanel struct {
	input   textinput.Model
	seq     int    // bumped on every edit
	query   string // the query of the shown hits
	cancel  context.CancelFunc
	hits    []SearchHit
	err     string
	pending bool
	cursor  int
	offset  int
}

func newSearchPanel() searchPanel {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "search all articles"
	in.CharLimit = 200
	// The terminal's own cursor: no blink ticks to run, and screen readers
	// follow it.
	in.SetVirtualCursor(false)
	return searchPanel{input: in}
}

// open focuses the input.
func (s *searchPanel) open(c *common) tea.Cmd {
	s.resize(c)
	return s.input.Focus()
}

// resize fits the input to the terminal and the theme.
func (s *searchPanel) resize(c *common) {
	s.input.SetWidth(max(c.width-4, 10))
	if c.noColor {
		s.input.SetStyles(textinput.Styles{})
	} else {
		s.input.SetStyles(textinput.DefaultStyles(c.isDark))
	}
}

// close cancels the running search.
func (s *searchPanel) close() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
}

// searchAction is what the search screen asks the root to do.
type searchAction uint8

const (
	searchNone searchAction = iota
	searchClose
	searchOpenHit
)

func (s *searchPanel) handleKey(c *common, msg tea.KeyPressMsg, height int) (tea.Cmd, searchAction) {
	k := &c.keys
	switch {
	case msg.String() == "esc":
		return nil, searchClose
	case msg.String() == "enter":
		if s.cursor < len(s.hits) {
			return nil, searchOpenHit
		}
		return nil, searchNone
	case key.Matches(msg, k.Down) && msg.Text == "", msg.String() == "ctrl+n":
		s.move(1, height)
		return nil, searchNone
	case key.Matches(msg, k.Up) && msg.Text == "", msg.String() == "ctrl+p":
		s.move(-1, height)
		return nil, searchNone
	}
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() == before {
		return cmd, searchNone
	}
	return tea.Batch(cmd, s.edited()), searchNone
}

// edited starts the debounce for the new input.
func (s *searchPanel) edited() tea.Cmd {
	s.seq++
	if strings.TrimSpace(s.input.Value()) == "" {
		s.close()
		s.hits, s.err, s.pending, s.query = nil, "", false, ""
		return nil
	}
	s.pending = true
	return searchTickCmd(s.seq)
}

// onTick runs the query once typing has paused; the previous query's
// context is cancelled.
func (s *searchPanel) onTick(c *common, msg searchTickMsg) tea.Cmd {
	if msg.seq != s.seq || c.opts.Search == nil {
		return nil
	}
	s.close()
	var ctx context.Context
	ctx, s.cancel = context.WithCancel(c.ctx)
	return searchCmd(ctx, c.opts.Search, s.seq, strings.TrimSpace(s.input.Value()))
}

func (s *searchPanel) onResults(msg searchResultsMsg) {
	if msg.seq != s.seq {
		return // an older query: the user has typed since
	}
	s.pending = false
	s.query = strings.TrimSpace(s.input.Value())
	s.err = ""
	if msg.err != nil {
		s.err = failure(msg.err)
		return
	}
	s.hits = msg.hits
	s.cursor, s.offset = 0, 0
}

func (s *searchPanel) move(d, height int) {
	s.cursor = max(min(s.cursor+d, len(s.hits)-1), 0)
	per := max(height/searchHitHeight, 1)
	if s.cursor < s.offset {
		s.offset = s.cursor
	} else if s.cursor >= s.offset+per {
		s.offset = s.cursor - per + 1
	}
}

// selected returns the hit under the cursor.
func (s *searchPanel) selected() (SearchHit, bool) {
	if s.cursor < 0 || s.cursor >= len(s.hits) {
		return SearchHit{}, false
	}
	return s.hits[s.cursor], true
}

// view writes height lines: the input, a summary line, then the hits.
func (s *searchPanel) view(c *common, b *strings.Builder, height int) {
	lines := []string{fit(s.input.View(), c.width), fit(s.summary(c), c.width)}
	for i := s.offset; i < len(s.hits) && len(lines)+searchHitHeight <= height; i++ {
		head, snip := s.hitLines(c, i)
		lines = append(lines, head, snip)
	}
	for len(lines) < height {
		lines = append(lines, strings.Repeat(" ", c.width))
	}
	for _, ln := range lines[:height] {
		b.WriteString(ln)
		b.WriteByte('\n')
	}
}

func (s *searchPanel) summary(c *common) string {
	st := c.styles
	switch {
	case s.err != "":
		return st.Error.Render("⚠ " + s.err)
	case s.pending:
		return st.Pending.Render("searching…")
	case s.query == "":
		return st.Dim.Render("type to search; ↑/↓ choose, enter opens, esc closes")
	case len(s.hits) == 0:
		return st.Dim.Render("no results for " + clean(s.query))
	}
	return st.Dim.Render(fmt.Sprintf("%d results for %s", len(s.hits), clean(s.query)))
}

// hitLines renders a hit: source, language and where it matched, then the
// snippet with the matched spans highlighted.
func (s *searchPanel) hitLines(c *common, i int) (string, string) {
	st := c.styles
	h := s.hits[i]
	title, source := clean(h.Article), ""
	if a, err := c.corpus.Get(h.Article); err == nil {
		title, source = clean(a.Title), clean(a.Source)
	}
	bar := noBar
	if i == s.cursor {
		bar = st.FocusBar.Render(focusBar)
	}
	where := []string{fmt.Sprintf("¶%d", h.Paragraph+1)}
	if source != "" {
		where = append([]string{source}, where...)
	}
	if f := clean(h.Field); f != "" {
		where = append(where, f)
	}
	head := fmt.Sprintf("%s%s %s  %s", bar, st.Lang.Render(clean(h.Lang)), st.Bold.Render(title),
		st.Dim.Render(strings.Join(where, " · ")))
	var ms []mark
	for _, sp := range h.Spans {
		if validRange(h.Snippet, sp[0], sp[1], len(h.Snippet)) {
			ms = append(ms, mark{start: sp[0], end: sp[1], kind: markMatch})
		}
	}
	lines := wrapText(h.Snippet, max(c.width-5, 1)) // indent and ellipsis
	var sb strings.Builder
	sb.WriteString("    ")
	paintLine(&sb, h.Snippet, lines[0], ms, nil, st, 0)
	if len(lines) > 1 {
		sb.WriteString("…")
	}
	return fit(head, c.width), fit(sb.String(), c.width)
}
