package tui

import (
	"context"

	tea "charm.land/bubbletea/v2"
)

// Rows are requested progressively: the paragraphs on screen first, then
// those just below and just above, in small batches with at most
// maxInflight requests out, so the first rows show quickly and scrolling
// reprioritises. Rows further than prefetchAhead paragraphs below the
// screen (prefetchBehind above) wait until the reader scrolls near them:
// a 100,000-paragraph article is summarised as it is read, not all at
// once in the background.
const (
	batchSize      = 4
	maxInflight    = 2
	prefetchAhead  = 64
	prefetchBehind = 16
)

type rowStatus uint8

const (
	rowIdle rowStatus = iota
	rowRequested
	rowDone
	rowFailed
)

// rowState is one paragraph's row for one target language.
type rowState struct {
	status                  rowStatus
	row                     Row
	err                     string
	sumMentions, trMentions []Mention
	sumMatches, trMatches   []mark
}

// targetRows holds the rows of the article for one target: a status byte
// for every paragraph and the rows themselves only for those that came.
type targetRows struct {
	status   []rowStatus
	got      map[int]*rowState // rowDone and rowFailed rows
	inflight int
	final    string // set after an error no retry can fix: stop asking
	// lo, hi bound the paragraphs asked for lately (the screen and its
	// prefetch margins): rows are pending only while some there are idle.
	lo, hi int

	overview      []OverviewPoint
	overviewMarks [][]mark
	overviewErr   string
	overviewState rowStatus
}

func newTargetRows(n int) *targetRows {
	return &targetRows{status: make([]rowStatus, n), got: map[int]*rowState{}, hi: n - 1}
}

// row returns paragraph i's row (its status only, while it has not come).
func (t *targetRows) row(i int) rowState {
	if t == nil || i < 0 || i >= len(t.status) {
		return rowState{}
	}
	if st := t.got[i]; st != nil {
		return *st
	}
	st := rowState{status: t.status[i]}
	if st.status == rowFailed {
		st.err = t.final
	}
	return st
}

// set stores paragraph i's row.
func (t *targetRows) set(i int, st rowState) {
	t.status[i] = st.status
	if st.status == rowDone || st.status == rowFailed {
		t.got[i] = &st
	} else {
		delete(t.got, i)
	}
}

// pending reports whether rows are still expected.
func (t *targetRows) pending() bool {
	if t.inflight > 0 || t.overviewState == rowRequested {
		return true
	}
	if t.final != "" {
		return false
	}
	for i := max(t.lo, 0); i <= t.hi && i < len(t.status); i++ {
		if t.status[i] == rowIdle {
			return true
		}
	}
	return false
}

// nextBatch picks up to batchSize idle paragraphs, visible ones [from, to]
// first, then those after, then those before, within the prefetch margins.
func (t *targetRows) nextBatch(from, to int) []int {
	t.lo, t.hi = from-prefetchBehind, to+prefetchAhead
	var out []int
	take := func(lo, hi int) {
		for i := max(lo, 0); i <= hi && i < len(t.status) && len(out) < batchSize; i++ {
			if t.status[i] == rowIdle {
				out = append(out, i)
			}
		}
	}
	take(from, to)
	take(to+1, t.hi)
	take(t.lo, from-1)
	return out
}

// requestRows starts as many batches as allowed for the current target.
func (r *reader) requestRows(c *common) tea.Cmd {
	t := r.current()
	if t == nil || c.opts.Summaries == nil || t.final != "" {
		return nil
	}
	var cmds []tea.Cmd
	if t.overviewState == rowIdle {
		t.overviewState = rowRequested
		cmds = append(cmds, overviewCmd(r.ctx, r.key, c.opts.Summaries, c.opts.Entities, r.art,
			r.tgt, r.terms, c.colour))
	}
	from, to := r.visibleParas()
	for t.inflight < maxInflight {
		paras := t.nextBatch(from, to)
		if len(paras) == 0 {
			break
		}
		for _, p := range paras {
			t.status[p] = rowRequested
		}
		t.inflight++
		cmds = append(cmds, rowsCmd(r.ctx, r.key, c.opts.Summaries, c.opts.Entities, r.art, paras,
			r.tgt, r.terms))
	}
	if len(cmds) == 0 {
		return nil
	}
	return tea.Batch(append(cmds, c.spinner.Tick)...)
}

// onRows stores a batch of rows and asks for more. It returns the error
// line for the status bar, if any.
func (r *reader) onRows(c *common, msg rowsReadyMsg) (tea.Cmd, string) {
	t := r.rows[msg.target]
	if t == nil || msg.key != r.key {
		return nil, ""
	}
	t.inflight--
	for i, p := range msg.paras {
		if p >= 0 && p < len(t.status) && i < len(msg.rows) {
			t.set(p, msg.rows[i])
			if msg.target == r.tgt {
				r.lay.invalidateRow(p)
			}
		}
	}
	status := ""
	if msg.err != nil {
		status = failure(msg.err)
		if finalError(msg.err) {
			t.final = status
			for i, s := range t.status {
				if s == rowIdle {
					t.status[i] = rowFailed // its error is t.final
				}
			}
			if msg.target == r.tgt {
				for k := contentLeftTranslation; k < contentKinds; k++ {
					r.lay.caches[k].clear()
				}
			}
		}
	}
	r.relayout(c)
	return r.requestRows(c), status
}

func (r *reader) onOverview(c *common, msg overviewReadyMsg) string {
	t := r.rows[msg.target]
	if t == nil || msg.key != r.key {
		return ""
	}
	t.overview, t.overviewMarks = msg.points, msg.marks
	t.overviewState = rowDone
	if msg.err != nil {
		t.overviewState = rowFailed
		t.overviewErr = failure(msg.err)
	}
	r.relayout(c)
	return t.overviewErr
}

// restartSession cancels outstanding requests and starts a new generation:
// results of the old one are dropped when they arrive, and rows that were
// in flight are asked for again.
func (r *reader) restartSession(c *common, gen int) {
	if r.cancel != nil {
		r.cancel()
	}
	r.ctx, r.cancel = context.WithCancel(c.ctx)
	r.key = sessionKey{article: r.art.ID, gen: gen}
	for _, t := range r.rows {
		t.inflight = 0
		for i, s := range t.status {
			if s == rowRequested {
				t.status[i] = rowIdle
			}
		}
		if t.overviewState == rowRequested {
			t.overviewState = rowIdle
		}
	}
}
