package entity

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/rosetta-reader/rosetta/corpus"
)

// ArticleMention is one mention of an entity in one article; offsets are
// byte offsets into Article.Body and Text is exactly Body[Start:End].
type ArticleMention struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	// Type is the mention's own type: Other for a demonym (Russian) of a
	// Place entity.
	Type Type   `json:"type"`
	Key  string `json:"key"`
}

// Entity is one person, place or organisation across the corpus.
type Entity struct {
	Key      string           `json:"key"`
	Name     string           `json:"name"` // English display name
	Type     Type             `json:"type"`
	Mentions []ArticleMention `json:"mentions"`
	Forms    []string         `json:"forms"` // distinct surface forms, sorted
	articles int
}

// Articles returns how many articles name the entity.
func (e *Entity) Articles() int { return e.articles }

// Index holds the entities of a corpus, linked across its articles and
// languages. It is immutable once built and safe for concurrent reads.
type Index struct {
	lx        *lexicon
	ents      []*Entity
	byKey     map[string]*Entity
	byArticle map[string][]ArticleMention
	remap     map[string]string // raw key of a merged unknown name → key
	forms     map[string]string // folded surface form → key
}

// Link recognises and links the entities of every article of c.
func Link(c *corpus.Corpus) *Index {
	if c == nil {
		return LinkArticles(nil)
	}
	return LinkArticles(c.Articles)
}

// LinkArticles recognises the names in each article body (in the language
// of each paragraph) and links them: gazetteer names by their canonical
// key, other names by string similarity across articles.
func LinkArticles(arts []*corpus.Article) *Index {
	lx := defaultLexicon()
	// Each article's mentions get an array of their own, sized to what
	// recognition found: the index keeps them (InArticle serves them), so
	// neither a guessed reservation nor growth slack stays in memory.
	lists := make([][]ArticleMention, 0, len(arts))
	for _, a := range arts {
		if a != nil {
			lists = append(lists, recognizeArticle(lx, a))
		}
	}
	remap := mergeUnknown(lists)
	for _, ms := range lists {
		for k := range ms {
			if to, ok := remap[ms[k].Key]; ok {
				ms[k].Key = to
			}
		}
	}
	return buildIndex(lx, lists, remap)
}

// recognizeArticle runs recognition over runs of paragraphs that share a
// language, so a Swahili article quoting an English heading gets the
// right rules for each part. It returns the article's mentions in an array
// of exactly their number (nil for none).
func recognizeArticle(lx *lexicon, a *corpus.Article) []ArticleMention {
	runs := articleRuns(a)
	recognizeRuns(lx, a.Body, runs, runWorkers(a, runs), nil)
	total := 0
	for _, r := range runs {
		total += len(r.ms)
	}
	if total == 0 {
		return nil
	}
	out := make([]ArticleMention, 0, total)
	for k, r := range runs {
		for _, m := range r.ms {
			out = append(out, ArticleMention{Article: a.ID, Start: r.start + m.Start, End: r.start + m.End,
				Text: m.Text, Type: m.Type, Key: m.Key})
		}
		runs[k].ms = nil // copied: free it before the array is done
	}
	return out
}

// articleRuns splits a's paragraphs into runs of one language.
func articleRuns(a *corpus.Article) []run {
	var runs []run
	add := func(start, end int, lang string) {
		if start < 0 || end > len(a.Body) || start >= end {
			return
		}
		runs = append(runs, run{start: start, end: end, lang: lang})
	}
	if len(a.Paragraphs) == 0 {
		add(0, len(a.Body), a.Lang)
		return runs
	}
	langOf := func(p corpus.Paragraph) string { return cmp.Or(p.Lang, a.Lang) }
	start, lang := a.Paragraphs[0].Start, langOf(a.Paragraphs[0])
	for _, p := range a.Paragraphs[1:] {
		if l := langOf(p); l != lang {
			add(start, p.Start, lang)
			start, lang = p.Start, l
		}
	}
	add(start, a.Paragraphs[len(a.Paragraphs)-1].End, lang)
	return runs
}

// run is a stretch of an article in one language and its mentions.
type run struct {
	start, end int
	lang       string
	ms         []Mention
}

func runWorkers(a *corpus.Article, runs []run) int {
	if len(runs) > 1 && len(a.Body) >= parallelRunText {
		return min(runtime.GOMAXPROCS(0), len(runs))
	}
	return 1
}

// parallelRunText is the article length from which its runs are
// recognised on every core: each run is recognised on its own, so the
// mentions are those one core finds, and below it (nearly every news
// article) the goroutines cost more than they save. A long article in one
// language is one run and gains nothing.
const parallelRunText = 1 << 20

// recognizeRuns fills in each run's mentions, on workers goroutines, and
// passes them to keep if given (which may keep them in its own form).
func recognizeRuns(lx *lexicon, body string, runs []run, workers int, keep func(k int, ms []Mention)) {
	recognize := func(k int) {
		r := &runs[k]
		ms := lx.recognize(body[r.start:r.end], r.lang)
		if keep != nil {
			keep(k, ms)
		} else {
			r.ms = ms
		}
	}
	var next atomic.Int64
	var failed atomic.Value
	work := func() {
		defer func() {
			if v := recover(); v != nil {
				failed.CompareAndSwap(nil, panicked{v})
				next.Store(int64(len(runs))) // the others stop too
			}
		}()
		for {
			k := int(next.Add(1)) - 1
			if k >= len(runs) {
				return
			}
			recognize(k)
		}
	}
	if workers <= 1 {
		for k := range runs {
			recognize(k)
		}
		return
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(work)
	}
	wg.Wait()
	if p, ok := failed.Load().(panicked); ok {
		panic(p.v) // on the caller's goroutine, as without workers
	}
}

type panicked struct{ v any }

// buildIndex indexes the mentions of each article (lists, in corpus order,
// each in text order).
func buildIndex(lx *lexicon, lists [][]ArticleMention, remap map[string]string) *Index {
	ix := &Index{lx: lx, byKey: map[string]*Entity{}, byArticle: map[string][]ArticleMention{},
		remap: remap, forms: map[string]string{}}
	count := map[string]int{}
	for _, ms := range lists {
		for _, m := range ms {
			count[m.Key]++
		}
	}
	folded := map[string]bool{}
	for _, ms := range lists {
		if len(ms) == 0 {
			continue
		}
		id := ms[0].Article
		if old, dup := ix.byArticle[id]; dup {
			// Two articles with one id: keep both, as the caller gave
			// them, in an array of their own (InArticle's are clipped).
			ix.byArticle[id] = slices.Clip(append(slices.Clip(old), ms...))
		} else {
			ix.byArticle[id] = ms
		}
		for _, m := range ms {
			e := ix.byKey[m.Key]
			if e == nil {
				e = &Entity{Key: m.Key, Mentions: make([]ArticleMention, 0, count[m.Key])}
				ix.byKey[m.Key] = e
				ix.ents = append(ix.ents, e)
			}
			e.Mentions = append(e.Mentions, m)
			if _, done := folded[m.Text]; !done && m.Type != Other {
				folded[m.Text] = true
				ix.forms[Fold(m.Text)] = m.Key
			}
		}
	}
	for _, e := range ix.ents {
		ix.finish(e)
	}
	slices.SortStableFunc(ix.ents, byProminence)
	return ix
}

// finish fills in an entity's name, type, forms and article count.
func (ix *Index) finish(e *Entity) {
	seen := map[string]bool{}
	arts := map[string]bool{}
	for _, m := range e.Mentions {
		arts[m.Article] = true
		if !seen[m.Text] {
			seen[m.Text] = true
			e.Forms = append(e.Forms, m.Text)
		}
	}
	slices.Sort(e.Forms)
	e.articles = len(arts)
	if g, ok := ix.lx.gaz.entry(e.Key); ok {
		e.Name, e.Type = g.Name, g.Type
		return
	}
	e.Name, e.Type = displayName(e.Mentions), majorityType(e.Mentions)
}

// byProminence orders entities by articles naming them, then mentions.
func byProminence(a, b *Entity) int {
	if c := cmp.Compare(b.articles, a.articles); c != 0 {
		return c
	}
	if c := cmp.Compare(len(b.Mentions), len(a.Mentions)); c != 0 {
		return c
	}
	return cmp.Compare(a.Name, b.Name)
}

// Entities returns every entity, the most widely named first.
func (ix *Index) Entities() []*Entity { return slices.Clone(ix.ents) }

// Shared returns the entities named in two or more articles, sorted by
// the number of articles, then of mentions.
func (ix *Index) Shared() []*Entity {
	var out []*Entity
	for _, e := range ix.ents {
		if e.articles >= 2 {
			out = append(out, e)
		}
	}
	return out
}

// InArticle returns the mentions in article id, sorted by offset and
// non-overlapping: safe to highlight as they are. The slice is the
// index's own, shared by every caller, so it must be read only: copying
// it would cost a million mentions for a 50 MB article. Its capacity is
// its length, so appending to it copies rather than overwrites.
func (ix *Index) InArticle(id string) []ArticleMention {
	return ix.byArticle[id]
}

// Entity returns the entity with the given key.
func (ix *Index) Entity(key string) (*Entity, bool) {
	e, ok := ix.byKey[key]
	return e, ok
}

// Known reports whether the mention was linked through the gazetteer.
func (m ArticleMention) Known() bool { return m.Key != "" && m.Key[0] != '~' }

// Mention returns m as a Mention, for Pieces.
func (m ArticleMention) Mention() Mention {
	return Mention{Start: m.Start, End: m.End, Text: m.Text, Type: m.Type, Key: m.Key}
}
