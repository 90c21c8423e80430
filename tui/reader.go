package tui

import (
	"context"
	"slices"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

type paneSide uint8

const (
	paneLeft paneSide = iota
	paneRight
)

// jumpMode says what n/N step through.
type jumpMode uint8

const (
	jumpNone   jumpMode = iota
	jumpEntity          // mentions of the selected entity
	jumpSearch          // paragraphs matching the search
)

// readerAction is what the reader asks the root to do.
type readerAction uint8

const (
	actNone readerAction = iota
	actBack
	actPrevArticle
	actNextArticle
	actSearch
	actFilterEntity
	actReload
	actReloadAll
	actToggleRead
	actStar
)

// reader shows one article beside its aligned rows. One session per opened
// article: leaving it cancels every request it made.
type reader struct {
	art    *corpus.Article
	key    sessionKey
	ctx    context.Context
	cancel context.CancelFunc

	targetIdx int
	tgt       string // c.targets[targetIdx]
	rows      map[string]*targetRows
	leftTrans bool // t: left pane shows the translation
	rightFull bool // s: right pane shows the full translation

	pane    paneSide
	focus   int // focused paragraph
	ovFocus int // focused overview point, -1 when none
	offset  int // first document line on screen

	mentions   []Mention // shared entities in Body, sorted
	matches    [][]mark  // search matches per paragraph
	terms      []string  // folded search terms
	hitParas   []int     // paragraphs to step through in jumpSearch
	jump       jumpMode
	entityKey  string
	curMention int // index into mentions, -1 when none
	marksGen   int // bumped when highlights change: cells repaint
	fromSearch bool

	panel     entityPanel
	panelOpen bool

	// A header article's text is being built (see lazy.go); pendingOpen
	// is how to open it then.
	building    bool
	buildErr    string
	pendingOpen openOptions

	lay layout
}

// openOptions says where to open an article and what to highlight.
type openOptions struct {
	para       int
	terms      []string
	hits       []int
	fromSearch bool
}

// open starts a session on a and returns the Cmds that load it.
func (r *reader) open(c *common, a *corpus.Article, gen int, o openOptions) tea.Cmd {
	r.close()
	// The language and the pane modes are the reader's preferences: they
	// carry over to the next article.
	*r = reader{
		art: a, rows: map[string]*targetRows{}, ovFocus: -1, curMention: -1,
		terms: o.terms, fromSearch: o.fromSearch, panel: r.panel,
		targetIdx: r.targetIdx, leftTrans: r.leftTrans, rightFull: r.rightFull,
	}
	if a.HeaderOnly {
		return r.openHeader(c, gen, o)
	}
	r.restartSession(c, gen)
	r.tgt = r.target(c)
	r.rows[r.tgt] = newTargetRows(len(a.Paragraphs))
	if len(o.terms) > 0 {
		r.jump = jumpSearch
		r.hitParas = o.hits
	}
	r.relayout(c)
	r.focusPara(o.para)
	return tea.Batch(loadArticleCmd(r.key, a, c.opts.Entities, o.terms), r.requestRows(c))
}

// close cancels the session's outstanding requests.
func (r *reader) close() {
	if r.cancel != nil {
		r.cancel()
		r.cancel = nil
	}
}

func (r *reader) target(c *common) string { return c.targets[r.targetIdx%len(c.targets)] }

// current returns the rows of the language the right pane shows.
func (r *reader) current() *targetRows { return r.rows[r.tgt] }

func (r *reader) onArticleLoaded(c *common, msg articleLoadedMsg) {
	if msg.key != r.key {
		return
	}
	// Sorted by contract; sorted again here because n/N and the paragraph
	// split rely on it and the list comes from outside.
	r.mentions = slices.SortedStableFunc(slices.Values(msg.mentions), func(a, b Mention) int { return a.Start - b.Start })
	r.matches = msg.matches
	for i, m := range msg.matches {
		if len(m) > 0 {
			r.hitParas = append(r.hitParas, i)
		}
	}
	r.hitParas = sortedUnique(r.hitParas, len(r.art.Paragraphs))
	r.buildParaMarks(c)
	r.relayout(c)
}

// buildParaMarks makes the cells take up the new mentions and matches.
// A paragraph's marks are made when its cell is drawn (paraMarks), so an
// article of 100,000 paragraphs does not get them all at once.
func (r *reader) buildParaMarks(c *common) {
	r.marksGen++
}

// paraMarks returns the entity and search marks of paragraph i, offsets
// into its text.
func (r *reader) paraMarks(c *common, i int) []mark {
	a := r.art
	p := a.Paragraphs[i]
	j := sort.Search(len(r.mentions), func(k int) bool { return r.mentions[k].Start >= p.Start })
	k := j
	for k < len(r.mentions) && r.mentions[k].End <= p.End {
		k++
	}
	text := a.ParagraphText(i)
	ms := mentionMarks(r.mentions[j:k], p.Start, len(text), text, c.colour, nil)
	if i < len(r.matches) {
		ms = append(ms, r.matches[i]...)
	}
	return ms
}

func sortedUnique(xs []int, n int) []int {
	sort.Ints(xs)
	out := xs[:0]
	for i, x := range xs {
		if x >= 0 && x < n && (i == 0 || x != xs[i-1]) {
			out = append(out, x)
		}
	}
	return out
}

// handleKey handles a key in the reader; keys for the root come back as an
// action.
func (r *reader) handleKey(c *common, msg tea.KeyPressMsg) (tea.Cmd, readerAction) {
	k := &c.keys
	if r.panelOpen {
		if cmd, act, done := r.panelKey(c, msg); done {
			return cmd, act
		}
	}
	switch {
	case key.Matches(msg, k.Back):
		return nil, actBack
	case key.Matches(msg, k.Down):
		r.move(1)
	case key.Matches(msg, k.Up):
		r.move(-1)
	case key.Matches(msg, k.HalfPageDown):
		r.scrollFocus(r.lay.docHeight / 2)
	case key.Matches(msg, k.HalfPageUp):
		r.scrollFocus(-r.lay.docHeight / 2)
	case key.Matches(msg, k.Top):
		r.ovFocus = -1
		r.focusPara(0)
		r.offset = 0
	case key.Matches(msg, k.Bottom):
		r.ovFocus = -1
		r.focusPara(len(r.art.Paragraphs) - 1)
		r.offset = r.lay.maxOffset()
	case key.Matches(msg, k.SwitchPane):
		r.switchPane()
	case key.Matches(msg, k.Open):
		r.openPoint()
	default:
		return r.handleModeKey(c, msg)
	}
	return r.requestRows(c), actNone
}

// handleModeKey handles the keys that change what is shown.
func (r *reader) handleModeKey(c *common, msg tea.KeyPressMsg) (tea.Cmd, readerAction) {
	k := &c.keys
	switch {
	case key.Matches(msg, k.ToggleSummary):
		r.rightFull = !r.rightFull
		r.relayoutAnchored(c)
	case key.Matches(msg, k.ToggleOriginal):
		r.leftTrans = !r.leftTrans
		r.relayoutAnchored(c)
	case key.Matches(msg, k.CycleLanguage):
		return r.cycleTarget(c), actNone
	case key.Matches(msg, k.NextMatch):
		r.step(1)
	case key.Matches(msg, k.PrevMatch):
		r.step(-1)
	case key.Matches(msg, k.Entities) && c.opts.Entities != nil:
		r.panelOpen = true
		r.panel.clamp(c)
	case key.Matches(msg, k.PrevArticle):
		return nil, actPrevArticle
	case key.Matches(msg, k.NextArticle):
		return nil, actNextArticle
	case key.Matches(msg, k.Search) && c.opts.Search != nil:
		return nil, actSearch
	case key.Matches(msg, k.Reload) && c.opts.Refresh != nil:
		return nil, actReload
	case key.Matches(msg, k.ReloadAll) && c.opts.Refresh != nil:
		return nil, actReloadAll
	case key.Matches(msg, k.ToggleRead) && c.opts.State != nil:
		return nil, actToggleRead
	case key.Matches(msg, k.Star) && c.opts.State != nil:
		return nil, actStar
	}
	return r.requestRows(c), actNone
}

// cycleTarget switches the right pane to the next target language. Rows
// already fetched for a language are kept for when it comes round again.
func (r *reader) cycleTarget(c *common) tea.Cmd {
	if len(c.targets) < 2 {
		return nil
	}
	r.targetIdx = (r.targetIdx + 1) % len(c.targets)
	r.tgt = r.target(c)
	r.restartSession(c, c.nextGen())
	if r.rows[r.tgt] == nil {
		r.rows[r.tgt] = newTargetRows(len(r.art.Paragraphs))
	}
	r.relayoutAnchored(c)
	return r.requestRows(c)
}

func (r *reader) switchPane() {
	if r.pane == paneLeft {
		r.pane = paneRight
		t := r.current()
		if t != nil && len(t.overview) > 0 && r.offset < r.lay.blockStart(1) {
			r.ovFocus = 0
		}
		return
	}
	r.pane, r.ovFocus = paneLeft, -1
}

// move moves the focus by d paragraphs; in the right pane the overview
// points come before paragraph 0.
func (r *reader) move(d int) {
	t := r.current()
	if r.pane == paneRight && t != nil && len(t.overview) > 0 {
		switch {
		case r.ovFocus >= 0 && r.ovFocus+d >= len(t.overview):
			r.ovFocus = -1
			r.focusPara(0)
			return
		case r.ovFocus >= 0:
			r.ovFocus = max(r.ovFocus+d, 0)
			r.offset = 0
			return
		case r.focus == 0 && d < 0:
			r.ovFocus = len(t.overview) - 1
			r.offset = 0
			return
		}
	}
	r.focusPara(r.focus + d)
}

// openPoint jumps to the first paragraph of the focused overview point.
func (r *reader) openPoint() {
	t := r.current()
	if r.pane != paneRight || t == nil || r.ovFocus < 0 || r.ovFocus >= len(t.overview) {
		return
	}
	paras := t.overview[r.ovFocus].Paragraphs
	if len(paras) == 0 {
		return
	}
	r.ovFocus = -1
	r.focusPara(paras[0])
	r.offset = min(r.lay.blockStart(r.focus+1), r.lay.maxOffset())
}

// focusPara focuses paragraph i (clamped) and scrolls it into view.
func (r *reader) focusPara(i int) {
	n := len(r.art.Paragraphs)
	r.focus = max(min(i, n-1), 0)
	r.ensureVisible(r.focus + 1)
}

// scrollFocus scrolls by d lines and focuses the first paragraph that
// starts on screen.
func (r *reader) scrollFocus(d int) {
	if d == 0 {
		d = 1
	}
	r.ovFocus = -1
	r.offset = max(min(r.offset+d, r.lay.maxOffset()), 0)
	b := r.lay.blockAt(r.offset)
	if r.lay.blockStart(b) < r.offset {
		b++
	}
	r.focus = max(min(b-1, len(r.art.Paragraphs)-1), 0)
	r.ensureVisible(r.focus + 1)
}

// step jumps to the next (d > 0) or previous match of the search or
// mention of the selected entity, wrapping round.
func (r *reader) step(d int) {
	switch r.jump {
	case jumpEntity:
		r.stepMention(d)
	case jumpSearch:
		if p, ok := nextInList(r.hitParas, r.focus, d); ok {
			r.focusPara(p)
		}
	}
}

func (r *reader) stepMention(d int) {
	var idx []int
	for i, m := range r.mentions {
		if m.Key == r.entityKey {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 || len(r.art.Paragraphs) == 0 {
		return
	}
	cur := r.curMention
	if cur < 0 { // start from the focused paragraph
		start := r.art.Paragraphs[r.focus].Start
		cur = sort.Search(len(r.mentions), func(i int) bool { return r.mentions[i].Start >= start })
		if d > 0 {
			cur--
		}
	}
	next, _ := nextInList(idx, cur, d)
	r.curMention = next
	r.focusPara(paraOf(r.art, r.mentions[next].Start))
}

// nextInList returns the first element of sorted xs after (d > 0) or
// before (d < 0) cur, wrapping round.
func nextInList(xs []int, cur, d int) (int, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	if d > 0 {
		i := sort.SearchInts(xs, cur+1)
		return xs[i%len(xs)], true
	}
	i := sort.SearchInts(xs, cur) - 1
	if i < 0 {
		i = len(xs) - 1
	}
	return xs[i], true
}

// paraOf returns the paragraph holding byte offset off.
func paraOf(a *corpus.Article, off int) int {
	i := sort.Search(len(a.Paragraphs), func(i int) bool { return a.Paragraphs[i].End > off })
	return min(i, len(a.Paragraphs)-1)
}

// wheel scrolls by d lines; the focus follows only when it leaves the
// screen.
func (r *reader) wheel(d int) {
	l := &r.lay
	r.offset = max(min(r.offset+d, l.maxOffset()), 0)
	top := l.blockStart(r.focus + 1)
	if top >= r.offset && top < r.offset+l.docHeight {
		return
	}
	b := l.blockAt(r.offset)
	if l.blockStart(b) < r.offset {
		b++
	}
	r.focus = max(min(b-1, len(r.art.Paragraphs)-1), 0)
	r.ovFocus = -1
}
