package tui

import (
	"context"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

// handleResult routes the results of Cmds to their owners.
func (m Model) handleResult(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case stateLoadedMsg:
		if msg.err != nil {
			m.status.set("reading state: "+msg.err.Error(), true)
			return m, nil
		}
		m.list.states = msg.states
		m.list.rebuild(&m.c)
	case stateSavedMsg:
		if msg.err != nil {
			m.status.set("saving state: "+msg.err.Error(), true)
		}
	case pagerReadyMsg:
		m.pager.onReady(msg)
	case storiesReadyMsg:
		m.c.setStories(msg.stories)
		m.list.rebuild(&m.c)
	case entitiesReadyMsg:
		m.c.setShared(msg.shared)
		m.panel.clamp(&m.c)
		if m.reader.art != nil {
			m.reader.buildParaMarks(&m.c)
			m.reader.relayout(&m.c)
		}
		m.list.rebuild(&m.c)
	case articleLoadedMsg:
		if m.reader.art != nil {
			m.reader.onArticleLoaded(&m.c, msg)
		}
	case articleBuiltMsg:
		if m.reader.art != nil {
			return m, m.reader.onArticleBuilt(&m.c, msg)
		}
	case corpusLoadedMsg:
		return m.onCorpusLoaded(msg)
	case rowsReadyMsg:
		return m.onRows(msg)
	case overviewReadyMsg:
		if m.reader.art != nil {
			if s := m.reader.onOverview(&m.c, msg); s != "" {
				m.status.set(s, true)
			}
		}
	case searchTickMsg:
		return m, m.search.onTick(&m.c, msg)
	case searchResultsMsg:
		m.search.onResults(msg)
	default:
		return m.handleTaskResult(msg)
	}
	return m, nil
}

func (m Model) onRows(msg rowsReadyMsg) (tea.Model, tea.Cmd) {
	if m.reader.art == nil {
		return m, nil
	}
	cmd, s := m.reader.onRows(&m.c, msg)
	if s != "" {
		m.status.set(s, true)
	}
	return m, cmd
}

// handleTaskResult handles reloads, the browser and state saves.
func (m Model) handleTaskResult(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case refreshProgressMsg:
		m.status.done, m.status.total = msg.done, msg.total
		return m, waitRefresh(msg.ch)
	case refreshDoneMsg:
		m.status.cancelRefresh()
		if msg.err != nil {
			m.status.set("reload: "+msg.err.Error(), true)
			return m, nil
		}
		m.status.set("reloaded", false)
		if msg.corpus != nil {
			m.c.corpus = msg.corpus
			m.c.loadingCorpus = false // a listing still running is older
			m.list.rebuild(&m.c)
		}
		if m.c.opts.State != nil {
			return m, loadStateCmd(m.c.ctx, m.c.opts.State)
		}
	case browserDoneMsg:
		if msg.err != nil {
			m.status.set(msg.err.Error(), true)
		}
	default:
		if m.screen == screenSearch {
			return m.updateSearchInput(msg) // the input's own messages
		}
	}
	return m, nil
}

// setScreen brings a screen to the front; the help, and so the body
// height, depends on it.
func (m *Model) setScreen(s screen) {
	m.screen = s
	m.resize(m.c.width, m.c.height)
}

func (m Model) listKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	height := m.c.bodyH - 1
	switch m.list.handleKey(&m.c, msg, height) {
	case listOpen:
		return m.openArticle(m.list.selected(), openOptions{})
	case listBack:
		if m.list.entityKey != "" {
			m.list.entityKey, m.list.entityName = "", ""
			m.list.rebuild(&m.c)
		}
	case listSearch:
		m.setScreen(screenSearch)
		return m, m.search.open(&m.c)
	case listEntities:
		m.panel.clamp(&m.c)
		m.setScreen(screenEntities)
	case listReload:
		return m.reload(m.list.selected(), false)
	case listReloadAll:
		return m.reload(nil, true)
	case listToggleRead:
		a := m.list.selected()
		return m.setRead(a.ID, !m.list.states[a.ID].Read)
	case listStar:
		return m.toggleStar(m.list.selected().ID)
	case listOpenURL:
		return m.openURL(m.list.selected())
	}
	return m, nil
}

// openArticle opens a in the reader and marks it read.
func (m Model) openArticle(a *corpus.Article, o openOptions) (tea.Model, tea.Cmd) {
	if a == nil {
		return m, nil
	}
	m.screen = screenReader
	m.resize(m.c.width, m.c.height)
	m.status.clear()
	cmd := m.reader.open(&m.c, a, m.c.nextGen(), o)
	m.list.selectID(a.ID, m.c.bodyH-1)
	if m.c.opts.State != nil && !m.list.states[a.ID].Read {
		var save tea.Cmd
		m, save = m.withRead(a.ID, true)
		cmd = tea.Batch(cmd, save)
	}
	return m, cmd
}

func (m Model) readerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if m.reader.waiting() {
		return m.readerAction(nil, m.reader.waitingKey(&m.c, msg))
	}
	if key.Matches(msg, m.c.keys.OpenURL) && !m.reader.panelOpen {
		return m.openURL(m.reader.art)
	}
	if key.Matches(msg, m.c.keys.Pager) && !m.reader.panelOpen {
		m.setScreen(screenPager)
		return m, m.pager.open(&m.c, m.reader.key, m.reader.art, m.reader.tgt)
	}
	cmd, act := m.reader.handleKey(&m.c, msg)
	return m.readerAction(cmd, act)
}

// readerAction does what the reader asked the root for; cmd is the
// reader's own.
func (m Model) readerAction(cmd tea.Cmd, act readerAction) (tea.Model, tea.Cmd) {
	switch act {
	case actBack:
		return m.leaveReader()
	case actPrevArticle, actNextArticle:
		d := 1
		if act == actPrevArticle {
			d = -1
		}
		return m.openArticle(m.sibling(d), openOptions{})
	case actSearch:
		m.reader.close()
		m.setScreen(screenSearch)
		return m, m.search.open(&m.c)
	case actFilterEntity:
		e, ok := m.reader.panel.selected(&m.c)
		if !ok {
			return m, cmd
		}
		m.reader.panelOpen = false
		m.filterEntity(e)
		return m.leaveReaderTo(screenList)
	case actReload:
		return m.reload(m.reader.art, false)
	case actReloadAll:
		return m.reload(nil, true)
	case actToggleRead:
		id := m.reader.art.ID
		return m.setRead(id, !m.list.states[id].Read)
	case actStar:
		return m.toggleStar(m.reader.art.ID)
	}
	return m, cmd
}

// leaveReader goes back where the article was opened from.
func (m Model) leaveReader() (tea.Model, tea.Cmd) {
	if m.reader.fromSearch {
		return m.leaveReaderTo(screenSearch)
	}
	return m.leaveReaderTo(screenList)
}

func (m Model) leaveReaderTo(s screen) (tea.Model, tea.Cmd) {
	m.reader.close()
	m.status.clear()
	if s == screenList {
		m.list.rebuild(&m.c) // reading changed the read state
	}
	m.setScreen(s)
	if s == screenSearch {
		return m, m.search.open(&m.c)
	}
	return m, nil
}

// sibling returns the article d places away in the list order, within
// the current story when the list is grouped by story.
func (m *Model) sibling(d int) *corpus.Article {
	arts := m.list.articles()
	if m.list.grouped {
		if si, ok := m.c.storyOf[m.reader.art.ID]; ok {
			arts = arts[:0:0]
			for _, id := range m.c.opts.Stories[si].Articles {
				if a, err := m.c.corpus.Get(id); err == nil {
					arts = append(arts, a)
				}
			}
		}
	}
	for i, a := range arts {
		if a.ID == m.reader.art.ID {
			j := i + d
			if j >= 0 && j < len(arts) {
				return arts[j]
			}
			return nil
		}
	}
	return nil
}

func (m *Model) filterEntity(e Entity) {
	m.list.entityKey, m.list.entityName = e.Key, e.Name
	m.list.rebuild(&m.c)
	m.list.scroll(m.c.bodyH - 1)
}

func (m Model) entitiesKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := &m.c.keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Entities):
		m.setScreen(screenList)
	case key.Matches(msg, k.Down):
		m.panel.move(&m.c, 1, m.c.bodyH)
	case key.Matches(msg, k.Up):
		m.panel.move(&m.c, -1, m.c.bodyH)
	case key.Matches(msg, k.Open):
		if e, ok := m.panel.selected(&m.c); ok {
			m.filterEntity(e)
			m.setScreen(screenList)
		}
	}
	return m, nil
}

func (m Model) searchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	cmd, act := m.search.handleKey(&m.c, msg, m.c.bodyH-2)
	switch act {
	case searchClose:
		m.search.close()
		m.search.input.Blur()
		m.setScreen(screenList)
	case searchOpenHit:
		return m.openHit()
	}
	return m, cmd
}

func (m Model) updateSearchInput(msg tea.Msg) (tea.Model, tea.Cmd) {
	before := m.search.input.Value()
	var cmd tea.Cmd
	m.search.input, cmd = m.search.input.Update(msg)
	if m.search.input.Value() != before {
		cmd = tea.Batch(cmd, m.search.edited())
	}
	return m, cmd
}

// openHit opens the selected hit's article at its paragraph, with the
// search terms highlighted and n/N stepping through the article's hits.
func (m Model) openHit() (tea.Model, tea.Cmd) {
	h, ok := m.search.selected()
	if !ok {
		return m, nil
	}
	a, err := m.c.corpus.Get(h.Article)
	if err != nil {
		m.search.err = err.Error()
		return m, nil
	}
	var paras []int
	for _, o := range m.search.hits {
		if o.Article == h.Article {
			paras = append(paras, o.Paragraph)
		}
	}
	m.search.input.Blur()
	return m.openArticle(a, openOptions{
		para: h.Paragraph, terms: queryTerms(m.search.query, m.search.hits),
		hits: paras, fromSearch: true,
	})
}

func (m Model) handleWheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	if !m.c.opts.Mouse {
		return m, nil
	}
	d := 0
	switch msg.Mouse().Button {
	case tea.MouseWheelDown:
		d = 3
	case tea.MouseWheelUp:
		d = -3
	default:
		return m, nil
	}
	switch m.screen {
	case screenReader:
		m.reader.wheel(d)
		return m, m.reader.requestRows(&m.c)
	case screenList:
		m.list.move(d, m.c.bodyH-1)
	}
	return m, nil
}

// withRead records the read state locally and returns the Cmd saving it.
func (m Model) withRead(id string, read bool) (Model, tea.Cmd) {
	m.list.states = cloneStates(m.list.states)
	s := m.list.states[id]
	s.Read = read
	m.list.states[id] = s
	st := m.c.opts.State
	return m, saveStateCmd(m.c.ctx, func(ctx context.Context) error { return st.SetRead(ctx, id, read) })
}

func (m Model) setRead(id string, read bool) (tea.Model, tea.Cmd) {
	m, cmd := m.withRead(id, read)
	if m.screen == screenList {
		m.list.rebuild(&m.c)
		m.list.scroll(m.c.bodyH - 1)
	}
	return m, cmd
}

func (m Model) toggleStar(id string) (tea.Model, tea.Cmd) {
	m.list.states = cloneStates(m.list.states)
	s := m.list.states[id]
	s.Starred = !s.Starred
	m.list.states[id] = s
	st, on := m.c.opts.State, s.Starred
	return m, saveStateCmd(m.c.ctx, func(ctx context.Context) error { return st.SetStarred(ctx, id, on) })
}

// cloneStates copies the map before a change: models are values, and a
// shared map would change the old copies too.
func cloneStates(in map[string]ArticleState) map[string]ArticleState {
	out := make(map[string]ArticleState, len(in)+1)
	for k, v := range in {
		out[k] = v
	}
	return out
}

// reload starts a refresh of a's source (or of all when all is set).
func (m Model) reload(a *corpus.Article, all bool) (tea.Model, tea.Cmd) {
	if m.c.opts.Refresh == nil || m.status.refreshing {
		return m, nil
	}
	source := ""
	if !all {
		if a == nil {
			return m, nil
		}
		source = a.Origin
	}
	ctx, cancel := context.WithCancel(m.c.ctx)
	m.status.refreshing, m.status.done, m.status.total = true, 0, 0
	m.status.refreshCancel = cancel
	return m, refreshCmd(ctx, m.c.opts.Refresh, source)
}

func (m Model) openURL(a *corpus.Article) (tea.Model, tea.Cmd) {
	if a == nil {
		return m, nil
	}
	cmd, err := openURLCmd(m.c.browser, a.URL)
	if err != nil {
		m.status.set(err.Error(), true)
		return m, nil
	}
	return m, cmd
}
