package tui

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/summary"
)

// Everything slow runs in the Cmds of this file; their results come back
// as typed messages. Results of an article session carry its sessionKey so
// Update drops those of a session the user has left.

// sessionKey tags results with the article and the generation they were
// requested for.
type sessionKey struct {
	article string
	gen     int
}

type (
	stateLoadedMsg struct {
		states map[string]ArticleState
		err    error
	}
	stateSavedMsg    struct{ err error }
	entitiesReadyMsg struct{ shared []Entity }
	storiesReadyMsg  struct{ stories []Story }
	// articleLoadedMsg carries what the reader highlights in the original:
	// shared-entity mentions and search-term matches.
	articleLoadedMsg struct {
		key      sessionKey
		mentions []Mention
		matches  [][]mark // per paragraph
	}
	rowsReadyMsg struct {
		key    sessionKey
		target string
		paras  []int
		rows   []rowState // one per para, in order
		err    error
	}
	overviewReadyMsg struct {
		key    sessionKey
		target string
		points []OverviewPoint
		marks  [][]mark // per point
		err    error
	}
	searchTickMsg    struct{ seq int }
	searchResultsMsg struct {
		seq  int
		hits []SearchHit
		err  error
	}
	refreshProgressMsg struct {
		done, total int
		ch          <-chan tea.Msg
	}
	refreshDoneMsg struct {
		err    error
		corpus *corpus.Corpus
	}
	browserDoneMsg struct{ err error }
)

func loadStateCmd(ctx context.Context, s ReadState) tea.Cmd {
	return func() tea.Msg {
		st, err := s.State(ctx)
		return stateLoadedMsg{states: st, err: err}
	}
}

func saveStateCmd(ctx context.Context, fn func(context.Context) error) tea.Cmd {
	return func() tea.Msg { return stateSavedMsg{err: fn(ctx)} }
}

func loadStoriesCmd(ctx context.Context, s StorySource) tea.Cmd {
	return func() tea.Msg { return storiesReadyMsg{stories: s.Stories(ctx)} }
}

func loadEntitiesCmd(e Entities) tea.Cmd {
	return func() tea.Msg { return entitiesReadyMsg{shared: e.Shared()} }
}

// loadArticleCmd finds what to highlight in an article's original text.
func loadArticleCmd(key sessionKey, a *corpus.Article, ents Entities, terms []string) tea.Cmd {
	return func() tea.Msg {
		msg := articleLoadedMsg{key: key}
		if ents != nil {
			msg.mentions = ents.InArticle(a.ID)
		}
		if len(terms) > 0 {
			msg.matches = make([][]mark, len(a.Paragraphs))
			for i := range a.Paragraphs {
				msg.matches[i] = termMarks(a.ParagraphText(i), terms)
			}
		}
		return msg
	}
}

// rowsCmd asks for the rows of paras and prepares their highlights.
func rowsCmd(ctx context.Context, key sessionKey, s Summaries, ents Entities, a *corpus.Article,
	paras []int, target string, terms []string) tea.Cmd {
	return func() tea.Msg {
		rows, err := s.Rows(ctx, a, paras, target)
		msg := rowsReadyMsg{key: key, target: target, paras: paras, err: err}
		byPara := make(map[int]Row, len(rows))
		for _, r := range rows {
			byPara[r.Paragraph] = r
		}
		for _, p := range paras {
			r, ok := byPara[p]
			if !ok {
				msg.rows = append(msg.rows, rowState{status: rowFailed, err: failure(err)})
				continue
			}
			msg.rows = append(msg.rows, readyRow(r, ents, target, terms))
		}
		return msg
	}
}

func readyRow(r Row, ents Entities, target string, terms []string) rowState {
	// Backends are outside text: clean rows before anything takes offsets
	// into them, so what is wrapped is exactly what is drawn.
	r.Summary, r.Translation = clean(r.Summary), clean(r.Translation)
	st := rowState{status: rowDone, row: r}
	if ents != nil {
		st.sumMentions = ents.InText(r.Summary, target)
		st.trMentions = ents.InText(r.Translation, target)
	}
	st.sumMatches = termMarks(r.Summary, terms)
	st.trMatches = termMarks(r.Translation, terms)
	return st
}

func overviewCmd(ctx context.Context, key sessionKey, s Summaries, ents Entities, a *corpus.Article,
	target string, terms []string, colour func(string) int) tea.Cmd {
	return func() tea.Msg {
		pts, err := s.Overview(ctx, a, target)
		msg := overviewReadyMsg{key: key, target: target, points: pts, err: err}
		for i := range pts {
			pts[i].Text = clean(pts[i].Text)
		}
		for _, p := range pts {
			var ms []mark
			if ents != nil {
				ms = mentionMarks(ents.InText(p.Text, target), 0, len(p.Text), p.Text, colour, nil)
			}
			msg.marks = append(msg.marks, append(ms, termMarks(p.Text, terms)...))
		}
		return msg
	}
}

// failure turns a backend error into the one line shown to the user.
func failure(err error) string {
	var rl *translate.RateLimitedError
	// Which paragraphs failed shows in the rows themselves.
	var pe *summary.PartialError
	if errors.As(err, &pe) && pe.Err != nil {
		err = pe.Err
	}
	switch {
	case err == nil:
		return "no row returned"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.Is(err, translate.ErrUnsupportedPair):
		return "unsupported language pair for this backend"
	case errors.Is(err, translate.ErrAuth):
		return "authentication failed: check the backend's API key"
	case errors.Is(err, translate.ErrQuota):
		return "quota exceeded: the backend account has no quota left"
	case errors.As(err, &rl):
		return clean(rl.Error())
	}
	return clean(err.Error())
}

// finalError reports whether err means every further request for this
// target would fail too, so the reader stops asking.
func finalError(err error) bool {
	return errors.Is(err, translate.ErrUnsupportedPair) || errors.Is(err, translate.ErrAuth) ||
		errors.Is(err, translate.ErrQuota)
}

const searchDebounce = 120 * time.Millisecond

func searchTickCmd(seq int) tea.Cmd {
	return tea.Tick(searchDebounce, func(time.Time) tea.Msg { return searchTickMsg{seq: seq} })
}

func searchCmd(ctx context.Context, s Searcher, seq int, q string) tea.Cmd {
	return func() tea.Msg {
		hits, err := s.Search(ctx, q, searchLimit)
		return searchResultsMsg{seq: seq, hits: hits, err: err}
	}
}

// refreshCmd runs the refresh in its own goroutine and relays progress
// through a channel, so the progress callback never touches the model.
func refreshCmd(ctx context.Context, r Refresher, source string) tea.Cmd {
	return func() tea.Msg {
		ch := make(chan tea.Msg, 8)
		go func() {
			defer close(ch)
			progress := func(done, total int) {
				select { // drop a step rather than block the refresher
				case ch <- refreshProgressMsg{done: done, total: total, ch: ch}:
				default:
				}
			}
			err := r.Refresh(ctx, source, progress)
			done := refreshDoneMsg{err: err}
			if p, ok := r.(CorpusProvider); ok && err == nil {
				done.corpus = p.Corpus()
			}
			select {
			case ch <- done:
			case <-ctx.Done():
			}
		}()
		return waitRefresh(ch)()
	}
}

func waitRefresh(ch <-chan tea.Msg) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-ch
		if !ok {
			return refreshDoneMsg{err: context.Canceled}
		}
		return msg
	}
}

// openURLCmd opens url with $BROWSER, which may hold a colon-separated
// list of commands (the first is used) each with arguments.
func openURLCmd(browser, url string) (tea.Cmd, error) {
	first, _, _ := strings.Cut(browser, ":")
	args := strings.Fields(first)
	if len(args) == 0 {
		return nil, errors.New("set $BROWSER to open links")
	}
	if url == "" {
		return nil, errors.New("this article has no URL")
	}
	cmd := exec.Command(args[0], append(args[1:], url)...) //nolint:gosec // the user's own $BROWSER
	return tea.ExecProcess(cmd, func(err error) tea.Msg {
		if err != nil {
			err = fmt.Errorf("$BROWSER: %w", err)
		}
		return browserDoneMsg{err: err}
	}), nil
}
