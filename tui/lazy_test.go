package tui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

// lazyBuilder serves the full articles of a built corpus to a lazy one,
// counting the builds; with a gate it waits for it to be closed.
type lazyBuilder struct {
	full  *corpus.Corpus
	gate  chan struct{}
	mu    sync.Mutex
	built []string
}

func (b *lazyBuilder) build(ctx context.Context, id string) (*corpus.Article, error) {
	b.mu.Lock()
	b.built = append(b.built, id)
	b.mu.Unlock()
	if b.gate != nil {
		select {
		case <-b.gate:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return b.full.Full(ctx, id)
}

func (b *lazyBuilder) calls() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.built...)
}

// headers strips full articles down to header articles.
func headers(full *corpus.Corpus) []*corpus.Article {
	var out []*corpus.Article
	for _, a := range full.Articles {
		out = append(out, &corpus.Article{ID: a.ID, Title: a.Title, Lang: a.Lang, Source: a.Source,
			URL: a.URL, Words: a.Words, Origin: a.Origin, HeaderOnly: true, ParagraphCount: len(a.Paragraphs)})
	}
	return out
}

func lazyHarness(t *testing.T, gated bool) (*harness, *lazyBuilder) {
	full := testCorpus(12)
	b := &lazyBuilder{full: full}
	if gated {
		b.gate = make(chan struct{})
		t.Cleanup(func() { close(b.gate) })
	}
	lazy := corpus.NewLazy(headers(full), b.build)
	hs := newHarness(t, 100, 30, func(o *Options) { o.Corpus = lazy; o.Search = &fakeSearcher{c: full} })
	return hs, b
}

func TestHeaderArticleBuiltOnOpen(t *testing.T) {
	hs, b := lazyHarness(t, false)
	if len(b.calls()) != 0 {
		t.Fatalf("articles built before any was opened: %v", b.calls())
	}
	if !hs.contains("Putin kuzuru Hanoi") {
		t.Fatal("the list does not show the header articles")
	}
	hs.openSW()
	if got := b.calls(); len(got) != 1 || got[0] != "sw1" {
		t.Fatalf("builds %v, want [sw1]", got)
	}
	if hs.m.reader.art.HeaderOnly || len(hs.m.reader.art.Paragraphs) != 12 {
		t.Fatalf("reader holds %d paragraphs, header only %v", len(hs.m.reader.art.Paragraphs), hs.m.reader.art.HeaderOnly)
	}
	if !hs.contains("P0x") || !hs.contains("R0y") {
		t.Fatal("the built article or its rows are not shown")
	}
}

func TestHeaderArticleSpinnerThenStaleDropped(t *testing.T) {
	hs, b := lazyHarness(t, true)
	hs.openSW()
	if !hs.contains("loading the article") || hs.contains("P0x") || !hs.m.busy() {
		t.Fatal("no loading state while the article is built")
	}
	first := hs.m.reader.key
	hs.press("]") // the next article, built in its turn
	if hs.m.reader.art.ID == "sw1" || hs.m.reader.key == first {
		t.Fatalf("still on %s", hs.m.reader.art.ID)
	}
	// sw1's build finishes late: dropped.
	sw, _ := b.full.Get("sw1")
	hs.send(articleBuiltMsg{key: first, art: sw})
	if hs.m.reader.art.ID == "sw1" || hs.contains("P0x") {
		t.Fatal("a stale build replaced the article on screen")
	}
	if !hs.contains("loading the article") {
		t.Fatal("the current article stopped loading")
	}
	// Its own build arrives: opened.
	cur, _ := b.full.Get(hs.m.reader.art.ID)
	hs.send(articleBuiltMsg{key: hs.m.reader.key, art: cur})
	if hs.m.reader.art.HeaderOnly || hs.contains("loading the article") {
		t.Fatal("the current build was not opened")
	}
	if len(hs.m.reader.art.Paragraphs) == 0 || !hs.contains(strings.Fields(cur.ParagraphText(0))[0]) {
		t.Fatal("the built article's text is not shown")
	}
}

func TestHeaderArticleBuildError(t *testing.T) {
	hs, _ := lazyHarness(t, true)
	hs.openSW()
	hs.send(articleBuiltMsg{key: hs.m.reader.key, err: corpus.ErrNotFound})
	if !hs.contains("cannot open this article") || hs.m.busy() {
		t.Fatal("a failed build is not reported")
	}
	hs.press("esc")
	if hs.m.screen != screenList {
		t.Fatal("esc does not leave a failed article")
	}
}

type fakeCorpusLoader struct{ c *corpus.Corpus }

func (f fakeCorpusLoader) LoadCorpus(context.Context) (*corpus.Corpus, error) { return f.c, nil }

func TestCorpusLoaderSwapsInTheRest(t *testing.T) {
	full := testCorpus(4)
	first := corpus.New(full.Articles[:1])
	m := New(Options{Corpus: first, Summaries: &fakeSummaries{}, Theme: "dark", CorpusLoader: fakeCorpusLoader{full}})
	nm, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	if v := nm.(Model).View().Content; !strings.Contains(v, "1 articles (listing the rest…)") {
		t.Fatalf("first frame header: %q", strings.SplitN(v, "\n", 2)[0])
	}
	hs := newHarness(t, 100, 30, func(o *Options) {
		o.Corpus, o.CorpusLoader, o.Stories = first, fakeCorpusLoader{full}, nil
	})
	if !hs.contains("3 articles") || hs.contains("listing the rest") || !hs.contains("Putin visits Hanoi") {
		t.Fatalf("after loading: %q", hs.plain()[0])
	}
}

// hundredThousand is a lazy corpus of 100,000 header articles, as the
// store lists them.
func hundredThousand() *corpus.Corpus {
	hs := make([]*corpus.Article, 100000)
	for i := range hs {
		hs[i] = &corpus.Article{ID: fmt.Sprintf("a%06d", i), Title: fmt.Sprintf("Habari namba %d kutoka Hanoi", i),
			Lang: "sw", Source: "Bench", Words: 300 + i%200, HeaderOnly: true, ParagraphCount: 5}
	}
	return corpus.NewLazy(hs, func(context.Context, string) (*corpus.Article, error) { return nil, corpus.ErrNotFound })
}

// BenchmarkListScroll100k is a key press in the list of 100,000 articles
// and the frame after it (target: ≤ 2 ms a frame).
func BenchmarkListScroll100k(b *testing.B) {
	m := New(Options{Corpus: hundredThousand(), Summaries: &fakeSummaries{}, Theme: "dark",
		State: &fakeState{m: map[string]ArticleState{}}})
	nm, _ := m.Update(tea.WindowSizeMsg{Width: 200, Height: 60})
	for range 50000 { // start mid-list: the position counts from the top
		nm, _ = nm.Update(keyMsg("j"))
	}
	j, k := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		msg := j
		if i%200 >= 100 {
			msg = k
		}
		i++
		nm, _ = nm.Update(msg)
		_ = nm.View()
	}
}

func TestCorpusLoaderOlderThanReload(t *testing.T) {
	full := testCorpus(4)
	reloaded := corpus.New(full.Articles[2:])
	hs := newHarness(t, 100, 30, func(o *Options) {
		o.Corpus, o.Stories = corpus.New(full.Articles[:1]), nil
		o.CorpusLoader = fakeCorpusLoader{full}
	})
	hs.m.c.loadingCorpus = true // the listing is still running…
	hs.send(refreshDoneMsg{corpus: reloaded})
	hs.send(corpusLoadedMsg{corpus: full}) // …and ends after a reload
	if !hs.contains("1 articles") || hs.contains("Putin kuzuru Hanoi") {
		t.Fatalf("an older listing replaced the reloaded corpus: %q", hs.plain()[0])
	}
}
