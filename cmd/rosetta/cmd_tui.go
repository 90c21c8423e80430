package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"sync"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/feed"
	"github.com/rosetta-reader/rosetta/corpus/langid"
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
	// The sample and most sources need language detection before the
	// first frame: parse its model on another core meanwhile.
	go langid.Preload()
	startupGC()
	if err := e.loadConfig(); err != nil {
		return err
	}
	e.prefetchSample()
	// The background work (listing, building, linking, translating,
	// indexing) runs on a context that ends with the TUI, so that quitting
	// never waits for it.
	ctx, cancel := context.WithCancel(e.ctx)
	te := *e
	te.ctx, e = ctx, &te
	st, stErr := e.openStore()
	if stErr != nil {
		fmt.Fprintf(e.stderr, "rosetta: warning: reading state is off: %s\n", sanitize.Line(stErr.Error()))
		st = nil
	}
	s, rest, err := e.tuiServices(st)
	if err != nil {
		cancel()
		if st != nil {
			st.Close()
		}
		return err
	}
	defer closeWithin(quitGrace, s.close)
	defer cancel() // first: the work stops, then the databases close
	return tui.Run(e.ctx, e.tuiOptions(s, st, rest))
}

// quitGrace bounds how long quitting waits for the databases to close
// after the TUI ends. Work still running was cancelled; a write that has
// not noticed yet may be lost, never a committed one (the stores run in
// WAL mode, whose commits survive the process exiting).
const quitGrace = 300 * time.Millisecond

// closeWithin runs closeFn, waiting for it at most d.
func closeWithin(d time.Duration, closeFn func()) {
	done := make(chan struct{})
	go func() {
		closeFn()
		close(done)
	}()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
	}
}

// tuiServices opens the TUI's corpus (see tuiCorpus) and its services;
// closing them closes st.
func (e *env) tuiServices(st *store.Store) (*services, func(context.Context) (*corpus.Corpus, error), error) {
	c, rest, err := e.tuiCorpus(st)
	if err != nil {
		return nil, nil, err
	}
	b, err := e.newBackend()
	if err != nil {
		return nil, nil, err
	}
	s := &services{e: e, c: c, backend: b}
	if st != nil {
		s.onClose(func() { st.Close() })
	}
	return s, rest, nil
}

func (e *env) tuiOptions(s *services, st *store.Store, rest func(context.Context) (*corpus.Corpus, error)) tui.Options {
	scan := func() (*services, error) { return s, nil }
	if s.c.Lazy() && st != nil {
		scan = sync.OnceValues(func() (*services, error) {
			c, err := newestBuilt(e.ctx, st, maxStoryArticles)
			ws := &services{e: e, c: c, backend: s.backend}
			s.onClose(ws.close) // its translation cache
			return ws, err
		})
	}
	opts := tui.Options{
		Corpus:    s.c,
		Summaries: summaries{s: s, targets: e.targets()},
		Entities:  &lazyEntities{scan: scan},
		Search:    &lazySearch{s: s, scan: scan},
		Keys:      e.cfg.Keys,
		Mouse:     e.cfg.Mouse,
		Theme:     e.cfg.Theme,
		Version:   version,
	}
	if rest != nil {
		opts.CorpusLoader = corpusLoader(rest)
	}
	if e.fewArticles(s.c, st) {
		opts.StorySource = storySource{scan}
	}
	if st != nil {
		opts.State = readState{st}
		opts.Refresh = &refresher{e: e, st: st}
	}
	return opts
}

// corpusLoader lists the whole corpus for the TUI after its first frame.
type corpusLoader func(context.Context) (*corpus.Corpus, error)

func (l corpusLoader) LoadCorpus(ctx context.Context) (*corpus.Corpus, error) { return l(ctx) }

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

// fewArticles reports whether c is small enough to group into stories;
// a lazy corpus may list only its first articles yet, so the store tells.
func (e *env) fewArticles(c *corpus.Corpus, st *store.Store) bool {
	if !c.Lazy() || st == nil {
		return c.Len() <= maxStoryArticles
	}
	n, err := st.Count(e.ctx)
	return err == nil && n <= maxStoryArticles
}

// scanFunc returns the services whose corpus the whole-corpus work
// (entity linking, search indexing, stories) scans: the TUI's own, or for
// a lazy corpus the newest articles built on first use.
type scanFunc func() (*services, error)

// storySource groups the corpus into stories when the TUI asks, off its
// event loop.
type storySource struct{ scan scanFunc }

func (ss storySource) Stories(context.Context) []tui.Story {
	s, err := ss.scan()
	if err != nil || s.c.Len() < 2 {
		// A story needs two articles; one article's grouping would only
		// link its entities (hundreds of MB for a 50 MB article).
		return nil
	}
	var out []tui.Story
	for _, st := range s.stories() {
		out = append(out, tui.Story{Title: st.Title, Articles: st.Articles})
	}
	return out
}

// lazyEntities links the corpus's entities on first use, from the TUI's
// command goroutines, so the first frame never waits for it.
type lazyEntities struct {
	scan scanFunc
	once sync.Once
	e    *entities
}

func (l *lazyEntities) get() *entities {
	l.once.Do(func() {
		s, err := l.scan()
		// Nothing can be shared without two articles (or with no corpus):
		// recognise none rather than link a long article's names for nothing.
		if err != nil || s.c.Len() < 2 {
			s = &services{c: corpus.New(nil)}
		}
		l.e = newEntities(s.entities())
	})
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
	scan scanFunc
	once sync.Once
	ix   *search.Index
	err  error
}

// index brings the search index up to date with the TUI's corpus or, for
// a lazy one, adds its newest articles to the persisted index: articles
// indexed before (by `rosetta search`) stay searchable, none is pruned.
func (l *lazySearch) index() (*search.Index, error) {
	if !l.s.c.Lazy() {
		return l.s.searchIndex()
	}
	ws, err := l.scan()
	if err != nil {
		return nil, err
	}
	path, err := search.DefaultPath()
	if err != nil {
		return nil, err
	}
	ix, err := ws.indexInto(path)
	if err != nil {
		return nil, err
	}
	l.s.onClose(func() { ix.Close() })
	return ix, nil
}

func (l *lazySearch) Search(ctx context.Context, q string, limit int) ([]tui.SearchHit, error) {
	l.once.Do(func() { l.ix, l.err = l.index() })
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
	c, err := lazyStoredCorpus(ctx, r.st)
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

// startupGC turns the collector off until the first frame has surely been
// drawn: start-up allocates a few megabytes, and a collection then delays
// the first frame by a millisecond or two. A memory limit keeps a large
// corpus from growing the heap unchecked meanwhile.
func startupGC() {
	pct := debug.SetGCPercent(-1)
	limit := debug.SetMemoryLimit(startupHeap)
	time.AfterFunc(startupWindow, func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(pct)
	})
}

const (
	startupWindow = 300 * time.Millisecond // the first frame's budget (issue 7)
	startupHeap   = 256 << 20
)
