package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/feed"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/corpus/store"
)

// openCorpus loads the articles to read, first of:
//  1. the --corpus sources (files, directories, feeds, pages, URLs);
//  2. the store's articles, fetched earlier by `rosetta refresh` or `R`;
//  3. the config file's sources, loaded directly;
//  4. the embedded sample.
//
// Sources that fail are reported as warnings on stderr (one line each)
// while the rest load.
func (e *env) openCorpus() (*corpus.Corpus, error) { return e.openCorpusFrom(true) }

// openCorpusFrom is openCorpus; withStore false skips step 2 when the
// caller has already found the store empty.
func (e *env) openCorpusFrom(withStore bool) (*corpus.Corpus, error) {
	if len(e.g.corpora) > 0 {
		return e.loadSources(e.g.corpora)
	}
	if withStore {
		if c := e.storedIfAny(); c != nil {
			return c, nil
		}
	}
	if len(e.cfg.Sources) > 0 {
		return e.loadSources(e.cfg.Sources)
	}
	e.sample = true
	return sample(), nil
}

// sample is the embedded sample, built once per process: the reader starts
// building it on another core while its store opens (see runTUI). Articles
// are not changed once built, so sharing it is safe.
var sample = sync.OnceValue(corpus.Sample)

// prefetchSample builds the sample on another goroutine when it is what
// the reader will open, unless the store turns out to hold articles.
func (e *env) prefetchSample() {
	if len(e.g.corpora) == 0 && len(e.cfg.Sources) == 0 {
		go sample()
	}
}

// storedIfAny is the store's articles, or nil when there are none or the
// store cannot be read.
func (e *env) storedIfAny() *corpus.Corpus {
	st, err := e.openStore()
	if err != nil {
		return nil
	}
	defer st.Close()
	if c, err := e.storedCorpus(st); err == nil && c.Len() > 0 {
		return c
	}
	return nil
}

func (e *env) loadSources(srcs []string) (*corpus.Corpus, error) {
	c, warns, err := corpus.Open(e.ctx, srcs, e.loaders()...)
	for _, w := range warns {
		fmt.Fprintf(e.stderr, "rosetta: warning: %s\n", sanitize.Line(w.Error()))
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// storedCorpus builds the corpus from the store's articles, for the
// commands that read every body (the TUI reads them lazily: tuiCorpus).
func (e *env) storedCorpus(st *store.Store) (*corpus.Corpus, error) {
	raws, err := st.Articles(e.ctx)
	if err != nil {
		return nil, err
	}
	arts := make([]*corpus.Article, len(raws))
	onAllCores(len(raws), func(i int) { arts[i] = corpus.Build(raws[i]) })
	return corpus.New(arts), nil
}

// onAllCores calls fn(0) … fn(n-1), on as many goroutines as cores.
// Each article is built alone (corpus.Build, not BuildAll), so what a
// command shows does not depend on which other articles were loaded.
func onAllCores(n int, fn func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), n)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// firstScreen is how many of the newest stored articles the TUI lists for
// its first frame, read in about a millisecond; the rest follow.
const firstScreen = 200

// tuiCorpus is openCorpus for the TUI, which must draw its first frame
// within 300 ms whatever the store holds. Stored articles come as header
// articles of a lazy corpus (built by st when opened), and only the
// first screenful is read before the first frame: rest, non-nil then,
// lists them all.
func (e *env) tuiCorpus(st *store.Store) (c *corpus.Corpus, rest func(context.Context) (*corpus.Corpus, error), err error) {
	if len(e.g.corpora) == 0 && st != nil {
		hs, err := st.HeaderArticlesPage(e.ctx, firstScreen)
		if err == nil && len(hs) > 0 {
			rest = func(ctx context.Context) (*corpus.Corpus, error) { return lazyStoredCorpus(ctx, st) }
			return corpus.NewLazy(hs, st.Build), rest, nil
		}
		if err == nil {
			// The store is empty: do not open it a second time to see so.
			c, err = e.openCorpusFrom(false)
			return c, nil, err
		}
	}
	c, err = e.openCorpus()
	return c, nil, err
}

// lazyStoredCorpus is every stored article as a header article, built by
// st when opened; st must stay open while the corpus is used.
func lazyStoredCorpus(ctx context.Context, st *store.Store) (*corpus.Corpus, error) {
	hs, err := st.HeaderArticles(ctx)
	if err != nil {
		return nil, err
	}
	return corpus.NewLazy(hs, st.Build), nil
}

// newestBuilt builds the n newest stored articles, on all cores: what the
// whole-corpus services (entity linking, search indexing, stories) scan
// when the corpus is lazy, so their cost stays bounded at any store size.
func newestBuilt(ctx context.Context, st *store.Store, n int) (*corpus.Corpus, error) {
	hs, err := st.HeaderArticlesPage(ctx, n)
	if err != nil {
		return nil, err
	}
	arts := make([]*corpus.Article, len(hs))
	errs := make([]error, len(hs))
	onAllCores(len(hs), func(i int) { arts[i], errs[i] = st.Build(ctx, hs[i].ID) })
	built := arts[:0]
	for i, a := range arts {
		switch {
		case errs[i] == nil:
			built = append(built, a)
		case !errors.Is(errs[i], corpus.ErrNotFound): // else removed since the listing
			return nil, errs[i]
		}
	}
	return corpus.New(built), nil
}

func (e *env) feedLoader() *feed.Loader {
	return feed.NewLoader(feed.NewFetcher(feed.FetcherOptions{Version: version, Timeout: e.cfg.Feeds.Timeout}))
}

// loaders are tried in order: feeds and pages first (they claim URLs and
// .xml/.html files), then text files and directories.
func (e *env) loaders() []corpus.Loader {
	return []corpus.Loader{e.feedLoader(), corpus.DirLoader{}}
}
