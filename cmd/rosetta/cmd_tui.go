package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sync"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/feed"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/corpus/search"
	"github.com/rosetta-reader/rosetta/corpus/store"
	"github.com/rosetta-reader/rosetta/tui"
)

// maxStoryArticles bounds the corpus size for which the reader groups
// stories (in the background, after the first frame): grouping needs the
// English text of every article.
const maxStoryArticles = 5000

func runTUI(e *env, args []string) error {
	fs := flag.NewFlagSet("rosetta", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	e.g.register(fs)
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		printMainUsage(e.stdout, commands())
		return errHelpShown
	}
	if err != nil {
		return usageErr("%v", err)
	}
	if e.g.version {
		fmt.Fprintln(e.stdout, "rosetta", version)
		return nil
	}
	if len(pos) > 0 {
		return usageErr("unknown command %q (see rosetta --help)", pos[0])
	}
	if err := e.loadConfig(); err != nil {
		return err
	}
	s, err := e.services()
	if err != nil {
		return err
	}
	defer s.close()
	opts := tui.Options{
		Corpus:    s.c,
		Summaries: summaries{s: s, targets: e.targets()},
		Entities:  &lazyEntities{s: s},
		Search:    &lazySearch{s: s},
		Keys:      e.cfg.Keys,
		Mouse:     e.cfg.Mouse,
		Theme:     e.cfg.Theme,
		Version:   version,
	}
	if s.c.Len() <= maxStoryArticles {
		opts.StorySource = storySource{s}
	}
	if st, err := e.openStore(); err == nil {
		s.onClose(func() { st.Close() })
		opts.State = readState{st}
		opts.Refresh = &refresher{e: e, st: st}
	} else {
		fmt.Fprintf(e.stderr, "rosetta: warning: reading state is off: %s\n", sanitize.Line(err.Error()))
	}
	return tui.Run(e.ctx, opts)
}

// targets are the languages `l` cycles through: English first, then the
// configured ones.
func (e *env) targets() []string {
	out := []string{"en"}
	for _, t := range e.cfg.Targets {
		if t != "en" {
			out = append(out, t)
		}
	}
	return out
}

// storySource groups the corpus into stories when the TUI asks, off its
// event loop.
type storySource struct{ s *services }

func (ss storySource) Stories(context.Context) []tui.Story {
	var out []tui.Story
	for _, st := range ss.s.stories() {
		out = append(out, tui.Story{Title: st.Title, Articles: st.Articles})
	}
	return out
}

// lazyEntities links the corpus's entities on first use, from the TUI's
// command goroutines, so the first frame never waits for it.
type lazyEntities struct {
	s    *services
	once sync.Once
	e    *entities
}

func (l *lazyEntities) get() *entities {
	l.once.Do(func() { l.e = newEntities(l.s.entities()) })
	return l.e
}

func (l *lazyEntities) Shared() []tui.Entity              { return l.get().Shared() }
func (l *lazyEntities) InArticle(id string) []tui.Mention { return l.get().InArticle(id) }
func (l *lazyEntities) InText(text, lang string) []tui.Mention {
	return l.get().InText(text, lang)
}

// lazySearch builds the index on the first query.
type lazySearch struct {
	s    *services
	once sync.Once
	ix   *search.Index
	err  error
}

func (l *lazySearch) Search(ctx context.Context, q string, limit int) ([]tui.SearchHit, error) {
	l.once.Do(func() { l.ix, l.err = l.s.searchIndex() })
	if l.err != nil {
		return nil, l.err
	}
	res, err := l.ix.Search(ctx, q, limit)
	if err != nil {
		return nil, err
	}
	hits := make([]tui.SearchHit, len(res.Hits))
	for i, h := range res.Hits {
		hits[i] = tui.SearchHit{Article: h.Article, Paragraph: h.Paragraph, Lang: h.Lang, Field: h.Field,
			Snippet: h.Snippet, Score: h.Score, Spans: h.Spans}
	}
	return hits, nil
}

type readState struct{ st *store.Store }

func (r readState) State(ctx context.Context) (map[string]tui.ArticleState, error) {
	m, err := r.st.State(ctx)
	if err != nil {
		return nil, err
	}
	out := make(map[string]tui.ArticleState, len(m))
	for id, s := range m {
		out[id] = tui.ArticleState{Read: s.Read, Starred: s.Starred}
	}
	return out, nil
}

func (r readState) SetRead(ctx context.Context, id string, v bool) error {
	return r.st.SetRead(ctx, id, v)
}

func (r readState) SetStarred(ctx context.Context, id string, v bool) error {
	return r.st.SetStarred(ctx, id, v)
}

// refresher fetches the subscribed feeds for `r`/`R` and reloads the corpus
// from the store.
type refresher struct {
	e  *env
	st *store.Store
	mu sync.Mutex
	c  *corpus.Corpus
}

func (r *refresher) Refresh(ctx context.Context, source string, progress func(done, total int)) error {
	srcs, err := r.e.subscriptions(r.st)
	if err != nil {
		return err
	}
	if source != "" {
		srcs = []string{source}
	}
	if len(srcs) == 0 {
		return errors.New("no feeds to reload: add some with `rosetta import FILE.opml` or the config file")
	}
	rep, err := feed.Refresh(ctx, r.st, srcs, feed.RefreshOptions{Loader: r.e.feedLoader(),
		Progress: func(done, total int, _ string) { progress(done, total) }})
	if err != nil {
		return err
	}
	c, err := r.e.storedCorpus(r.st)
	if err == nil {
		r.mu.Lock()
		r.c = c
		r.mu.Unlock()
	}
	if errs := rep.Errors(); len(errs) > 0 {
		return fmt.Errorf("%d of %d sources failed: %w", len(errs), len(srcs), errs[0])
	}
	return nil
}

// Corpus implements tui.CorpusProvider: the store's articles after a refresh.
func (r *refresher) Corpus() *corpus.Corpus {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.c
}
