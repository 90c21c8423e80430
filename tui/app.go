// Package tui is Rosetta's terminal interface: the article list, the
// reader with its aligned English pane, the entity panel and search. It is
// the only package that imports Bubble Tea; the services it shows come in
// through the consumer-side interfaces of services.go.
package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"
)

type screen uint8

const (
	screenList screen = iota
	screenReader
	screenSearch
	screenEntities // the entity panel, full width, opened from the list
	screenPager    // the reader's article and summary as rendered Markdown
)

// Minimum terminal size; below it only a one-line message is drawn.
const (
	minWidth  = 60
	minHeight = 15
)

// Model is the root Bubble Tea model. It routes keys to the screen in
// front and asynchronous results to the child that asked for them.
type Model struct {
	c      common
	screen screen
	sized  bool // no frame is drawn before the first WindowSizeMsg

	list   articleList
	reader reader
	search searchPanel
	panel  entityPanel // full-width panel of screenEntities
	pager  pager
	help   help.Model
	status status

	cancel context.CancelFunc // cancels c.ctx on quit
}

// New builds the model. Options.Corpus and Options.Summaries are required
// for the reader; every other service may be nil and its feature is then
// hidden.
func New(opts Options) Model { return newModel(context.Background(), opts) }

func newModel(ctx context.Context, opts Options) Model {
	c, err := newCommon(opts)
	m := Model{c: c, search: newSearchPanel(), help: help.New()}
	m.c.ctx, m.cancel = context.WithCancel(ctx)
	m.help.Styles = c.styles.Help
	if err != nil {
		m.status.set(err.Error(), true)
	}
	m.list.rebuild(&m.c)
	return m
}

// Init asks for the terminal background and starts the loads that the
// first frame does not need.
func (m Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.c.opts.Theme == "" || m.c.opts.Theme == "auto" {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.c.opts.State != nil {
		cmds = append(cmds, loadStateCmd(m.c.ctx, m.c.opts.State))
	}
	if m.c.opts.Entities != nil {
		cmds = append(cmds, loadEntitiesCmd(m.c.opts.Entities))
	}
	if m.c.opts.CorpusLoader != nil {
		cmds = append(cmds, loadCorpusCmd(m.c.ctx, m.c.opts.CorpusLoader))
	}
	if len(m.c.opts.Stories) == 0 && m.c.opts.StorySource != nil {
		cmds = append(cmds, loadStoriesCmd(m.c.ctx, m.c.opts.StorySource))
	}
	return tea.Batch(cmds...)
}

// Update is a short dispatch: each message goes to its owner.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case tea.BackgroundColorMsg:
		m.setTheme(msg.IsDark())
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseWheelMsg:
		return m.handleWheel(msg)
	case tea.PasteMsg:
		if m.screen == screenSearch {
			return m.updateSearchInput(msg)
		}
		return m, nil
	case spinner.TickMsg:
		return m.handleSpin(msg)
	}
	return m.handleResult(msg)
}

// resize records the terminal size and relayouts the screens.
func (m *Model) resize(w, h int) {
	m.sized = true
	m.c.width, m.c.height = w, h
	m.help.SetWidth(w)
	m.c.bodyH = m.bodyHeight()
	m.search.resize(&m.c)
	m.pager.resize(&m.c)
	m.list.scroll(m.c.bodyH - 1)
	if m.reader.art != nil {
		m.reader.relayout(&m.c)
		m.reader.ensureVisible(m.reader.focus + 1)
	}
}

// bodyHeight is what is left between the status bar and the help.
func (m *Model) bodyHeight() int {
	return max(m.c.height-1-m.helpHeight(), 1)
}

func (m *Model) setTheme(dark bool) {
	if t := m.c.opts.Theme; t == "dark" || t == "light" {
		return // the user chose; do not follow the terminal
	}
	m.c.isDark = dark
	m.c.styles = ptr(newTheme(dark, m.c.noColor))
	m.c.spinner.Style = m.c.styles.Pending
	m.help.Styles = m.c.styles.Help
	m.search.resize(&m.c)
}

func (m Model) handleSpin(msg spinner.TickMsg) (tea.Model, tea.Cmd) {
	if !m.busy() {
		return m, nil // let the tick chain stop when nothing waits
	}
	var cmd tea.Cmd
	m.c.spinner, cmd = m.c.spinner.Update(msg)
	return m, cmd
}

// busy reports whether a spinner is on screen.
func (m *Model) busy() bool {
	if m.screen != screenReader || m.reader.art == nil {
		return false
	}
	if m.reader.building {
		return true
	}
	t := m.reader.current()
	return t != nil && t.pending()
}

// quit cancels everything still running and ends the program.
func (m Model) quit() (tea.Model, tea.Cmd) {
	m.reader.close()
	m.search.close()
	m.status.cancelRefresh()
	m.cancel()
	return m, tea.Quit
}

// handleKey applies the focus gate first: while the search input has
// focus, only ctrl+c is global and every other key edits or drives it.
func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := &m.c.keys
	if key.Matches(msg, k.ForceQuit) {
		return m.quit()
	}
	if m.screen == screenSearch {
		return m.searchKey(msg)
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Suspend):
		return m, tea.Suspend
	case key.Matches(msg, k.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.resize(m.c.width, m.c.height)
		return m, nil
	}
	switch m.screen {
	case screenReader:
		return m.readerKey(msg)
	case screenEntities:
		return m.entitiesKey(msg)
	case screenPager:
		if m.pager.handleKey(&m.c, msg) {
			m.setScreen(screenReader)
		}
		return m, nil
	}
	return m.listKey(msg)
}

// View draws the whole screen. Nothing is drawn before the terminal size is
// known, and only a one-line message when it is too small.
func (m Model) View() tea.View {
	v := tea.NewView("")
	v.AltScreen = true
	v.WindowTitle = "Rosetta"
	if m.c.opts.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	if !m.sized {
		return v
	}
	if m.c.width < minWidth || m.c.height < minHeight {
		v.SetContent(fit("terminal too small: need at least 60×15", max(m.c.width, 1)))
		return v
	}
	var b strings.Builder
	b.Grow(m.c.width * m.c.height * 2)
	switch m.screen {
	case screenReader:
		m.reader.view(&m.c, &b)
	case screenSearch:
		m.search.view(&m.c, &b, m.c.bodyH)
		v.Cursor = m.search.input.Cursor() // the input is the first line
	case screenPager:
		m.pager.view(&m.c, &b)
	case screenEntities:
		for _, ln := range m.panel.view(&m.c, m.c.width, m.c.bodyH) {
			b.WriteString(ln)
			b.WriteByte('\n')
		}
	default:
		m.list.view(&m.c, &b, m.c.bodyH)
	}
	b.WriteString(m.status.view(&m.c, m.screenInfo()))
	b.WriteByte('\n')
	b.WriteString(m.helpView())
	v.SetContent(b.String())
	return v
}
