package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
	"github.com/rosetta-reader/rosetta/corpus/search"
	"github.com/rosetta-reader/rosetta/corpus/story"
	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/summary"
)

// services bundles what the search, stories and reader need for one
// corpus: the (cached) backend, the summariser, the entity index, and the
// English text of every paragraph. Expensive parts are built on first use.
type services struct {
	e       *env
	c       *corpus.Corpus
	backend translate.Backend // uncached; the summariser adds the cache

	mu      sync.Mutex
	closers []func()

	trOnce  sync.Once
	tr      translate.Backend // backend behind the cache
	sumOnce sync.Once
	sum     *summary.Summarizer
	entOnce sync.Once
	ents    *entity.Index
	linked  atomic.Pointer[entity.Index] // ents, once linked
}

func (e *env) services() (*services, error) {
	c, err := e.openCorpus()
	if err != nil {
		return nil, err
	}
	b, err := e.newBackend()
	if err != nil {
		return nil, err
	}
	return &services{e: e, c: c, backend: b}, nil
}

// summarizer opens the cache on first use, so start-up does no cache I/O.
func (s *services) summarizer() *summary.Summarizer {
	s.sumOnce.Do(func() { s.sum = summary.New(s.translator(), s.e.summaryStore()) })
	return s.sum
}

// translator is the backend behind the cache, opened on first use.
func (s *services) translator() translate.Backend {
	s.trOnce.Do(func() {
		b, closeFn, _ := s.e.withCache(s.backend)
		s.onClose(closeFn)
		s.tr = b
	})
	return s.tr
}

func (s *services) onClose(f func()) {
	s.mu.Lock()
	s.closers = append(s.closers, f)
	s.mu.Unlock()
}

func (s *services) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.closers) - 1; i >= 0; i-- {
		s.closers[i]()
	}
	s.closers = nil
}

func (s *services) entities() *entity.Index {
	s.entOnce.Do(func() {
		s.ents = entity.Link(s.c)
		s.linked.Store(s.ents)
	})
	return s.ents
}

// english returns one English text per paragraph of a: the paragraph itself
// for English articles, else the backend's translation (cached). Articles
// the backend cannot translate get no English, and search still finds
// them through their original text and entities.
func (s *services) english(a *corpus.Article) []string {
	out := make([]string, len(a.Paragraphs))
	// Translate only: search and stories need the words, not a summary.
	byLang := map[string][]int{}
	for i, p := range a.Paragraphs {
		lang := p.Lang
		if lang == "" {
			lang = a.Lang
		}
		if lang == "en" {
			out[i] = a.ParagraphText(i)
			continue
		}
		byLang[lang] = append(byLang[lang], i)
	}
	tr := s.translator()
	for lang, idx := range byLang {
		segs := make([]string, len(idx))
		for k, i := range idx {
			segs[k] = a.ParagraphText(i)
		}
		en, err := tr.Translate(s.e.ctx, segs, lang, "en")
		if err != nil || len(en) != len(segs) {
			continue // no English: found through its original text and entities
		}
		for k, i := range idx {
			out[i] = en[k]
		}
	}
	return out
}

// searchIndex opens the search index and brings it up to date with the
// corpus: in memory for the embedded sample, else persisted in the user's
// cache directory and updated incrementally.
func (s *services) searchIndex() (*search.Index, error) {
	path := ""
	if !s.e.sample { // the embedded sample indexes in memory; all else persists
		p, err := search.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	ix, err := s.indexInto(path, search.PruneMissing())
	if err != nil {
		return nil, err
	}
	s.onClose(func() { ix.Close() })
	return ix, nil
}

// indexInto opens the index at path and updates it with s's articles.
// English text and entity names are worked out only for the articles that
// need (re)indexing.
func (s *services) indexInto(path string, opts ...search.UpdateOption) (*search.Index, error) {
	ix, err := search.Open(s.e.ctx, path, search.WithExpander(search.ExpanderFunc(expander(s.expansions()))))
	if err != nil {
		return nil, fmt.Errorf("opening the search index: %w", err)
	}
	version := s.backend.Name() + "/" + s.backend.Model() + "/entities-1"
	docs := make([]search.Doc, 0, s.c.Len())
	var names func(*corpus.Article) [][]string
	if !s.expandsFromCorpus() && s.linked.Load() == nil {
		// Linked for indexing alone (unless the reader's stories have
		// linked it already), into Names (half an Index's memory): not
		// kept on s for the rest of a reader's session, and let go after
		// the last Fill, as that article's rows are written.
		f := &fillEntities{c: s.c, left: s.c.Len()}
		defer f.release()
		names = f.names
	} else {
		memo := &aliasMemo{}
		names = func(a *corpus.Article) [][]string { return paragraphNames(indexNamer{s.entities()}, memo, a) }
	}
	for _, a := range s.c.Articles {
		docs = append(docs, search.Doc{Article: a, Version: version, Fill: func() ([]string, [][]string) {
			return s.english(a), names(a)
		}})
	}
	if _, err := ix.Update(s.e.ctx, docs, opts...); err != nil {
		ix.Close()
		return nil, fmt.Errorf("indexing: %w", err)
	}
	return ix, nil
}

// fillEntities links a corpus on first use for the search index's entity
// names and drops the links once every article has had its names.
type fillEntities struct {
	c    *corpus.Corpus
	mu   sync.Mutex
	ix   *entity.Names
	memo *aliasMemo
	left int // articles yet to be named (unchanged ones never are)
	// gcWas is the GC percent to restore once the links are dropped; 0
	// while it is not lowered.
	gcWas int
}

func (f *fillEntities) names(a *corpus.Article) [][]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.ix == nil {
		// The links are a cold build's peak of live memory (about 1.8
		// bytes a byte of text): collect more often while they live, or
		// the heap grows to twice that peak (466 MB for the 50 MB article
		// when it was linked into an Index).
		if was := debug.SetGCPercent(linkGCPercent); was > linkGCPercent {
			f.gcWas = was
		} else {
			debug.SetGCPercent(was) // GOGC off or already lower: theirs
		}
		f.ix, f.memo = entity.LinkNames(f.c.Articles), &aliasMemo{}
	}
	out := paragraphNames(f.ix, f.memo, a)
	if f.left--; f.left <= 0 {
		f.drop()
	}
	return out
}

// release drops the links, if the last article has not already.
func (f *fillEntities) release() {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.drop()
}

func (f *fillEntities) drop() {
	f.ix, f.memo = nil, nil
	if f.gcWas != 0 {
		// Collect the links now: at the restored percent the next
		// collection would wait until the heap doubled what they held.
		runtime.GC()
		debug.SetGCPercent(f.gcWas)
		f.gcWas = 0
	}
}

const linkGCPercent = 25

// expansions is the entity index that widens query terms: the corpus's own
// when it is small enough to link at once, else the built-in gazetteer
// alone (the per-paragraph entity names in the index cover the rest).
// Small is counted in text as well as articles: linking costs about 80 ms
// and 3.5 bytes of heap per byte of text, and an up-to-date index needs no
// linking otherwise (a 50 MB article's warm search spent 4 of its 5 s and
// most of its memory here).
func (s *services) expansions() *entity.Index {
	if s.expandsFromCorpus() {
		return s.entities()
	}
	return entity.LinkArticles(nil)
}

// expandsFromCorpus reports whether the corpus is small enough for
// expansions to link it.
func (s *services) expandsFromCorpus() bool {
	return s.c.Len() <= maxStoryArticles && textBytes(s.c, maxExpandText) <= maxExpandText
}

// maxExpandText bounds the text linked for query expansion alone.
const maxExpandText = 16 << 20

// textBytes sums the articles' text, stopping once past limit.
func textBytes(c *corpus.Corpus, limit int) int {
	n := 0
	for _, a := range c.Articles {
		if n += len(a.Body); n > limit {
			break
		}
	}
	return n
}

// stories groups the corpus into stories across languages.
func (s *services) stories() []story.Story {
	ents := s.entities()
	docs := make([]story.Doc, 0, s.c.Len())
	for _, a := range s.c.Articles {
		eng := s.english(a)
		title := a.Title
		if a.Lang != "en" && len(eng) > 0 {
			title = firstSentence(eng[0])
		}
		docs = append(docs, story.Doc{ID: a.ID, Lang: a.Lang, Title: a.Title, EnglishTitle: title,
			Entities: mentionCounts(ents, a.ID), English: joinParagraphs(eng), Published: a.Published})
	}
	return story.Group(docs, story.Options{})
}

func joinParagraphs(ps []string) string {
	n := 0
	for _, p := range ps {
		n += len(p) + 2
	}
	// A Builder hands over its bytes: one copy of the text, not two (a
	// 50 MB article's English would be copied twice more).
	var b strings.Builder
	b.Grow(n)
	for _, p := range ps {
		b.WriteString(p)
		b.WriteString("\n\n")
	}
	return b.String()
}

// summarize runs the summariser over one article. A partial summary comes
// back with the error that says which rows failed.
func (e *env) summarize(a *corpus.Article, to string) (*summary.Summary, error) {
	b, closeFn, err := e.openBackend()
	if err != nil {
		return nil, err
	}
	defer closeFn()
	return summary.New(b, e.summaryStore()).Summarize(e.ctx, a, to)
}

// firstSentence is the English stand-in for a title: the first sentence of
// the first paragraph's translation.
func firstSentence(s string) string {
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i+1]
	}
	return s
}
