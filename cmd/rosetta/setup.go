package main

import (
	"fmt"

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
func (e *env) openCorpus() (*corpus.Corpus, error) {
	if len(e.g.corpora) > 0 {
		return e.loadSources(e.g.corpora)
	}
	if st, err := e.openStore(); err == nil {
		c, err := e.storedCorpus(st)
		st.Close()
		if err == nil && c.Len() > 0 {
			return c, nil
		}
	}
	if len(e.cfg.Sources) > 0 {
		return e.loadSources(e.cfg.Sources)
	}
	return corpus.Sample(), nil
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

// storedCorpus builds the corpus from the store's articles.
func (e *env) storedCorpus(st *store.Store) (*corpus.Corpus, error) {
	raws, err := st.Articles(e.ctx)
	if err != nil {
		return nil, err
	}
	arts := make([]*corpus.Article, len(raws))
	for i, r := range raws {
		arts[i] = corpus.Build(r)
	}
	return corpus.New(arts), nil
}

// storeHasArticles reports whether the corpus came from the store, which
// decides whether the search index is persisted.
func (e *env) storeHasArticles() bool {
	st, err := e.openStore()
	if err != nil {
		return false
	}
	defer st.Close()
	h, err := st.Headers(e.ctx)
	return err == nil && len(h) > 0
}

func (e *env) feedLoader() *feed.Loader {
	return feed.NewLoader(feed.NewFetcher(feed.FetcherOptions{Version: version, Timeout: e.cfg.Feeds.Timeout}))
}

// loaders are tried in order: feeds and pages first (they claim URLs and
// .xml/.html files), then text files and directories.
func (e *env) loaders() []corpus.Loader {
	return []corpus.Loader{e.feedLoader(), corpus.DirLoader{}}
}
