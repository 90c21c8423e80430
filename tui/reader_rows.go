package tui

import (
	"context"

	tea "charm.land/bubbletea/v2"
)

// Rows are requested progressively: the paragraphs on screen first, then
// those below, then the rest, in small batches with at most maxInflight
// requests out, so the first rows show quickly and scrolling reprioritises.
const (
	batchSize   = 4
	maxInflight = 2
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

// targetRows holds every row of the article for one target.
type targetRows struct {
	rows     []rowState
	inflight int
	final    string // set after an error no retry can fix: stop asking

	overview      []OverviewPoint
	overviewMarks [][]mark
	overviewErr   string
	overviewState rowStatus
}

func newTargetRows(n int) *targetRows { return &targetRows{rows: make([]rowState, n)} }

// pending reports whether rows are still expected.
func (t *targetRows) pending() bool {
	if t.inflight > 0 || t.overviewState == rowRequested {
		return true
	}
	if t.final != "" {
		return false
	}
	for _, r := range t.rows {
		if r.status == rowIdle {
			return true
		}
	}
	return false
}

// nextBatch picks up to batchSize idle paragraphs, visible ones [from, to]
// first, then those after, then those before.
func (t *targetRows) nextBatch(from, to int) []int {
	var out []int
	take := func(lo, hi int) {
		for i := max(lo, 0); i <= hi && i < len(t.rows) && len(out) < batchSize; i++ {
			if t.rows[i].status == rowIdle {
				out = append(out, i)
			}
		}
	}
	take(from, to)
	take(to+1, len(t.rows)-1)
	take(0, from-1)
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
			t.rows[p].status = rowRequested
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
		if p >= 0 && p < len(t.rows) && i < len(msg.rows) {
			t.rows[p] = msg.rows[i]
		}
	}
	status := ""
	if msg.err != nil {
		status = failure(msg.err)
		if finalError(msg.err) {
			t.final = status
			for i := range t.rows {
				if t.rows[i].status == rowIdle {
					t.rows[i] = rowState{status: rowFailed, err: status}
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
		for i := range t.rows {
			if t.rows[i].status == rowRequested {
				t.rows[i].status = rowIdle
			}
		}
		if t.overviewState == rowRequested {
			t.overviewState = rowIdle
		}
	}
}
