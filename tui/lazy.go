package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

// Large corpora arrive in two steps so the first frame never waits on
// them: the list starts from Options.Corpus (a screenful of header
// articles is enough) while Options.CorpusLoader lists the rest, and an
// article whose text is not built yet (corpus.Article.HeaderOnly) is
// built by Corpus.Full off the event loop when the reader opens it, with
// a spinner meanwhile.

// CorpusLoader supplies the complete corpus when Options.Corpus holds only
// its first articles. It is asked once, off the event loop, after the
// first frame; the list then shows every article, keeping its cursor.
type CorpusLoader interface {
	LoadCorpus(ctx context.Context) (*corpus.Corpus, error)
}

type (
	corpusLoadedMsg struct {
		corpus *corpus.Corpus
		err    error
	}
	// articleBuiltMsg carries the full text of the header article the
	// reader session key was opened on.
	articleBuiltMsg struct {
		key sessionKey
		art *corpus.Article
		err error
	}
)

func loadCorpusCmd(ctx context.Context, l CorpusLoader) tea.Cmd {
	return func() tea.Msg {
		c, err := l.LoadCorpus(ctx)
		return corpusLoadedMsg{corpus: c, err: err}
	}
}

func buildArticleCmd(ctx context.Context, key sessionKey, c *corpus.Corpus) tea.Cmd {
	return func() tea.Msg {
		a, err := c.Full(ctx, key.article)
		return articleBuiltMsg{key: key, art: a, err: err}
	}
}

// onCorpusLoaded swaps in the complete corpus, unless a reload swapped in
// a newer one meanwhile.
func (m Model) onCorpusLoaded(msg corpusLoadedMsg) (tea.Model, tea.Cmd) {
	if !m.c.loadingCorpus {
		return m, nil
	}
	m.c.loadingCorpus = false
	if msg.err != nil {
		m.status.set("listing articles: "+msg.err.Error(), true)
		return m, nil
	}
	if msg.corpus == nil {
		return m, nil
	}
	m.c.corpus = msg.corpus
	m.list.rebuild(&m.c)
	m.list.scroll(m.c.bodyH - 1)
	return m, nil
}

// openHeader starts a session on header article a: the reader waits for
// its text, then opens it as usual with o.
func (r *reader) openHeader(c *common, gen int, o openOptions) tea.Cmd {
	r.restartSession(c, gen)
	r.tgt = r.target(c)
	r.rows[r.tgt] = newTargetRows(0)
	r.building, r.pendingOpen = true, o
	r.relayout(c)
	return tea.Batch(buildArticleCmd(r.ctx, r.key, c.corpus), c.spinner.Tick)
}

// onArticleBuilt opens the built article, unless the session it was asked
// for is over (the user moved on): then it is dropped.
func (r *reader) onArticleBuilt(c *common, msg articleBuiltMsg) tea.Cmd {
	if msg.key != r.key || !r.building {
		return nil
	}
	if msg.err != nil {
		r.building, r.buildErr = false, msg.err.Error()
		return nil
	}
	return r.open(c, msg.art, c.nextGen(), r.pendingOpen)
}

// waiting reports whether the reader shows a header article: its text is
// being built, or failed to.
func (r *reader) waiting() bool { return r.art != nil && r.art.HeaderOnly }

// waitingKey handles a key while the article's text is not there: only
// leaving and moving to another article make sense.
func (r *reader) waitingKey(c *common, msg tea.KeyPressMsg) readerAction {
	k := &c.keys
	switch {
	case key.Matches(msg, k.Back):
		return actBack
	case key.Matches(msg, k.PrevArticle):
		return actPrevArticle
	case key.Matches(msg, k.NextArticle):
		return actNextArticle
	case key.Matches(msg, k.ToggleRead) && c.opts.State != nil:
		return actToggleRead
	case key.Matches(msg, k.Star) && c.opts.State != nil:
		return actStar
	}
	return actNone
}

// waitingView writes the reader's c.bodyH lines while its text is built.
func (r *reader) waitingView(c *common, b *strings.Builder) {
	st := c.styles
	b.WriteString(fit(r.headerLine(c), c.width))
	b.WriteByte('\n')
	line := "  " + c.spinner.View() + " " + st.Pending.Render("loading the article…")
	if r.buildErr != "" {
		line = "  " + st.Error.Render("cannot open this article: "+clean(r.buildErr))
	}
	b.WriteString(fit(line, c.width))
	b.WriteByte('\n')
	for range max(c.bodyH-2, 0) {
		b.WriteString(strings.Repeat(" ", c.width))
		b.WriteByte('\n')
	}
}
