package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rosetta-reader/rosetta/corpus"
)

// listItem is one line of the article list: an article, or a story title
// when grouping by story.
type listItem struct {
	art   *corpus.Article
	story string // set on story title lines
}

// articleList is the first screen: every article, filterable.
type articleList struct {
	items          []listItem
	cursor, offset int
	unreadOnly     bool
	grouped        bool
	entityKey      string // filter: articles mentioning this entity
	entityName     string
	states         map[string]ArticleState
	count          int // articles among items
}

// rebuild recomputes the visible items, keeping the cursor on the same
// article when it is still shown.
func (l *articleList) rebuild(c *common) {
	var keep string
	if a := l.selected(); a != nil {
		keep = a.ID
	}
	l.items = nil // a fresh slice: older copies of the model keep theirs
	if l.grouped && len(c.opts.Stories) > 0 {
		l.buildGrouped(c)
	} else {
		for _, a := range c.corpus.Articles {
			if l.shows(c, a) {
				l.items = append(l.items, listItem{art: a})
			}
		}
	}
	l.count = 0
	for _, it := range l.items {
		if it.art != nil {
			l.count++
		}
	}
	// When the article left the list, stay at the same height.
	l.cursor = max(min(l.cursor, len(l.items)-1), 0)
	for i, it := range l.items {
		if it.art != nil && it.art.ID == keep {
			l.cursor = i
		}
	}
	l.skipHeader(1)
}

func (l *articleList) buildGrouped(c *common) {
	inStory := map[string]bool{}
	for _, s := range c.opts.Stories {
		var arts []listItem
		for _, id := range s.Articles {
			if a, err := c.corpus.Get(id); err == nil && !inStory[id] {
				inStory[id] = true
				if l.shows(c, a) {
					arts = append(arts, listItem{art: a})
				}
			}
		}
		if len(arts) > 0 {
			l.items = append(l.items, listItem{story: s.Title})
			l.items = append(l.items, arts...)
		}
	}
	var rest []listItem
	for _, a := range c.corpus.Articles {
		if !inStory[a.ID] && l.shows(c, a) {
			rest = append(rest, listItem{art: a})
		}
	}
	if len(rest) > 0 {
		l.items = append(l.items, listItem{story: "Other articles"})
		l.items = append(l.items, rest...)
	}
}

// shows reports whether a passes the list's filters.
func (l *articleList) shows(c *common, a *corpus.Article) bool {
	if l.unreadOnly && l.states[a.ID].Read {
		return false
	}
	if l.entityKey != "" {
		for _, e := range c.shared {
			if e.Key == l.entityKey {
				return e.Counts[a.ID] > 0
			}
		}
		return false
	}
	return true
}

func (l *articleList) selected() *corpus.Article {
	if l.cursor < 0 || l.cursor >= len(l.items) {
		return nil
	}
	return l.items[l.cursor].art
}

// position is the cursor's rank among the listed articles, from 1.
func (l *articleList) position() int {
	n := 0
	for i := 0; i <= l.cursor && i < len(l.items); i++ {
		if l.items[i].art != nil {
			n++
		}
	}
	return n
}

// articles returns the articles in list order.
func (l *articleList) articles() []*corpus.Article {
	out := make([]*corpus.Article, 0, len(l.items))
	for _, it := range l.items {
		if it.art != nil {
			out = append(out, it.art)
		}
	}
	return out
}

// skipHeader moves the cursor off a story title line, in direction d.
func (l *articleList) skipHeader(d int) {
	for l.cursor >= 0 && l.cursor < len(l.items) && l.items[l.cursor].art == nil {
		l.cursor += d
	}
	if l.cursor < 0 || l.cursor >= len(l.items) {
		l.cursor = max(min(l.cursor, len(l.items)-1), 0)
		if d > 0 && len(l.items) > 0 && l.items[l.cursor].art == nil {
			l.skipHeader(-1)
		} else if d < 0 && len(l.items) > 0 && l.items[l.cursor].art == nil {
			l.skipHeader(1)
		}
	}
}

func (l *articleList) move(d, height int) {
	if len(l.items) == 0 {
		return
	}
	l.cursor = max(min(l.cursor+d, len(l.items)-1), 0)
	dir := 1
	if d < 0 {
		dir = -1
	}
	l.skipHeader(dir)
	l.scroll(height)
}

func (l *articleList) scroll(height int) {
	height = max(height, 1)
	if l.cursor < l.offset {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+height {
		l.offset = l.cursor - height + 1
	}
	if l.cursor > 0 && l.items[l.cursor-1].art == nil && l.cursor-1 < l.offset {
		l.offset = l.cursor - 1 // show the story title above its first article
	}
	l.offset = max(min(l.offset, len(l.items)-height), 0)
}

// selectID puts the cursor on article id, if shown.
func (l *articleList) selectID(id string, height int) {
	for i, it := range l.items {
		if it.art != nil && it.art.ID == id {
			l.cursor = i
			l.scroll(height)
			return
		}
	}
}

// listAction is what the list asks the root to do.
type listAction uint8

const (
	listNone listAction = iota
	listOpen
	listSearch
	listEntities
	listReload
	listReloadAll
	listToggleRead
	listStar
	listOpenURL
	listBack
)

func (l *articleList) handleKey(c *common, msg tea.KeyPressMsg, height int) listAction {
	k := &c.keys
	switch {
	case key.Matches(msg, k.Down):
		l.move(1, height)
	case key.Matches(msg, k.Up):
		l.move(-1, height)
	case key.Matches(msg, k.HalfPageDown):
		l.move(max(height/2, 1), height)
	case key.Matches(msg, k.HalfPageUp):
		l.move(-max(height/2, 1), height)
	case key.Matches(msg, k.Top):
		l.move(-len(l.items), height)
	case key.Matches(msg, k.Bottom):
		l.move(len(l.items), height)
	case key.Matches(msg, k.Open):
		if l.selected() != nil {
			return listOpen
		}
	case key.Matches(msg, k.Back):
		return listBack
	case key.Matches(msg, k.UnreadOnly) && c.opts.State != nil:
		l.unreadOnly = !l.unreadOnly
		l.rebuild(c)
		l.scroll(height)
	case key.Matches(msg, k.GroupStories) && len(c.opts.Stories) > 0:
		l.grouped = !l.grouped
		l.rebuild(c)
		l.scroll(height)
	default:
		return l.actionKey(c, msg)
	}
	return listNone
}

func (l *articleList) actionKey(c *common, msg tea.KeyPressMsg) listAction {
	k := &c.keys
	o := &c.opts
	switch {
	case key.Matches(msg, k.Search) && o.Search != nil:
		return listSearch
	case key.Matches(msg, k.Entities) && o.Entities != nil:
		return listEntities
	case key.Matches(msg, k.Reload) && o.Refresh != nil:
		return listReload
	case key.Matches(msg, k.ReloadAll) && o.Refresh != nil:
		return listReloadAll
	case key.Matches(msg, k.ToggleRead) && o.State != nil && l.selected() != nil:
		return listToggleRead
	case key.Matches(msg, k.Star) && o.State != nil && l.selected() != nil:
		return listStar
	case key.Matches(msg, k.OpenURL) && l.selected() != nil:
		return listOpenURL
	}
	return listNone
}

// view writes the list's height lines.
func (l *articleList) view(c *common, b *strings.Builder, height int) {
	st := c.styles
	b.WriteString(fit(l.headerLine(c), c.width))
	b.WriteByte('\n')
	rows := height - 1
	if len(l.items) == 0 {
		b.WriteString(fit(st.Dim.Render("  no articles to show"), c.width))
		b.WriteByte('\n')
		rows--
	}
	for i := l.offset; i < len(l.items) && rows > 0; i++ {
		b.WriteString(l.itemLine(c, i))
		b.WriteByte('\n')
		rows--
	}
	for ; rows > 0; rows-- {
		b.WriteString(strings.Repeat(" ", c.width))
		b.WriteByte('\n')
	}
}

func (l *articleList) headerLine(c *common) string {
	st := c.styles
	parts := []string{fmt.Sprintf("%d articles", l.count)}
	if c.loadingCorpus {
		parts[0] += " (listing the rest…)"
	}
	if l.unreadOnly {
		parts = append(parts, "unread only")
	}
	if l.grouped {
		parts = append(parts, "by story")
	}
	if l.entityKey != "" {
		parts = append(parts, "mentioning "+clean(l.entityName)+" (esc clears)")
	}
	name := "Rosetta"
	if v := clean(c.opts.Version); v != "" {
		name += " " + v
	}
	return st.Header.Render(name) + st.Dim.Render("  "+strings.Join(parts, " · "))
}

// itemLine renders one list line: markers, language, title, source, words.
func (l *articleList) itemLine(c *common, i int) string {
	st := c.styles
	it := l.items[i]
	if it.art == nil {
		return fit(st.Story.Render(clean(it.story)), c.width)
	}
	a := it.art
	marks := ""
	if c.opts.State != nil {
		s := l.states[a.ID]
		marks = " "
		if !s.Read {
			marks = st.Unread.Render("●")
		}
		if s.Starred {
			marks += st.Star.Render("★")
		} else {
			marks += " "
		}
	}
	indent := ""
	if l.grouped {
		indent = "  "
	}
	words := fmt.Sprintf("%6dw", a.Words)
	source := ansi.Truncate(clean(a.Source), 18, "…")
	lang := st.Lang.Render(fmt.Sprintf("%-2s", ansi.Truncate(clean(a.Lang), 3, "")))
	fixed := ansi.StringWidth(indent+marks) + 1 + ansi.StringWidth(lang) + 2 + 2 + ansi.StringWidth(source) + 1 + len(words)
	title := fit(clean(a.Title), max(c.width-fixed, 1))
	line := fmt.Sprintf("%s%s %s  %s  %s %s", indent, marks, lang, title, st.Dim.Render(source), st.Dim.Render(words))
	line = fit(line, c.width)
	if i == l.cursor {
		return st.Selected.Render(ansi.Strip(line))
	}
	return line
}
