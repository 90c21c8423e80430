package tui

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

// largeCorpus is one article of n paragraphs, every tenth one long enough
// to wrap over several lines.
func largeCorpus(n int) *corpus.Corpus {
	var body strings.Builder
	for i := range n {
		fmt.Fprintf(&body, "P%dx Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam.%s\n\n",
			i, strings.Repeat(" Ziara hii inaashiria ziara ya kwanza ya serikali.", 1+i%10/9*8))
	}
	a := corpus.Build(corpus.Raw{ID: "big", Title: "Big", Lang: "sw", Body: body.String()})
	return corpus.New([]*corpus.Article{a})
}

// openLarge opens the only article of c at 200×60 and runs what it asks.
func openLarge(t *testing.T, c *corpus.Corpus) *harness {
	hs := &harness{t: t, sum: &fakeSummaries{}}
	hs.opts = Options{Corpus: c, Summaries: hs.sum, Entities: fakeEntities{c}, Theme: "dark"}
	hs.m = New(hs.opts)
	hs.send(tea.WindowSizeMsg{Width: 200, Height: 60})
	hs.run(hs.m.Init())
	hs.press("enter")
	if hs.m.screen != screenReader {
		t.Fatal("reader not open")
	}
	return hs
}

func heapAfterGC() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestLargeArticleWorksNearTheScreen: on a 20,000-paragraph article the
// reader asks for the rows on screen and a margin around them, not all
// 20,000; keeps wrapped only the cells near the screen; and holds a few
// bytes per paragraph (it held the wrapped lines and a row slot of every
// paragraph, 300 bytes and more each).
func TestLargeArticleWorksNearTheScreen(t *testing.T) {
	const n = 20000
	c := largeCorpus(n)
	before := heapAfterGC()
	hs := openLarge(t, c)
	r := func() *reader { return &hs.m.reader }
	if !hs.contains("R0y summary") || !hs.contains("P0x Rais") {
		t.Fatal("first paragraph and its row not on screen")
	}
	asked := func() map[int]bool {
		hs.sum.mu.Lock()
		defer hs.sum.mu.Unlock()
		got := map[int]bool{}
		for _, call := range hs.sum.calls {
			for _, p := range call {
				got[p] = true
			}
		}
		return got
	}
	_, to := r().visibleParas()
	if got, most := len(asked()), to+1+prefetchAhead+batchSize; got > most {
		t.Errorf("%d rows asked for on opening, want at most %d (the screen and the margin below)", got, most)
	}
	if r().current().pending() {
		t.Error("rows still pending once the screen and its margin came")
	}
	for range 40 {
		hs.press("ctrl+d")
		_ = hs.view()
	}
	for k := range r().lay.caches {
		if cells := len(r().lay.caches[k].cells); cells > 4*r().lay.docHeight+1 {
			t.Errorf("cache %d keeps %d wrapped cells after scrolling, want at most %d", k, cells, 4*r().lay.docHeight+1)
		}
	}
	hs.press("G")
	if !hs.contains(fmt.Sprintf("R%dy summary", n-1)) || !hs.contains(fmt.Sprintf("P%dx Rais", n-1)) {
		t.Error("G: last paragraph and its row not on screen")
	}
	if a := asked(); len(a) > 2000 {
		t.Errorf("%d rows asked for after scrolling a few screens and G, want those near the screens seen", len(a))
	}
	kept := int64(heapAfterGC()) - int64(before)
	if perPara := kept / n; perPara > 100 {
		t.Errorf("the reader keeps %d bytes per paragraph (%.1f MB), want under 100", perPara, float64(kept)/(1<<20))
	}
	runtime.KeepAlive(hs)
}

// BenchmarkOpenLargeArticle opens a 20,000-paragraph article: measuring
// every paragraph and drawing the first screen.
func BenchmarkOpenLargeArticle(b *testing.B) {
	c := largeCorpus(20000)
	t := &testing.T{}
	b.ReportAllocs()
	for b.Loop() {
		hs := openLarge(t, c)
		_ = hs.view()
	}
}

// BenchmarkReaderViewFile draws frames of the article file named by
// ROSETTA_BENCH_ARTICLE (e.g. `go run ./bench/gen -paragraphs 250000`,
// 50 MB), scrolled half a page each; skipped when it is unset.
func BenchmarkReaderViewFile(b *testing.B) {
	path := os.Getenv("ROSETTA_BENCH_ARTICLE")
	if path == "" {
		b.Skip("ROSETTA_BENCH_ARTICLE is not set")
	}
	c, _, err := corpus.Open(context.Background(), []string{path}, corpus.DirLoader{})
	if err != nil {
		b.Fatal(err)
	}
	hs := openLarge(&testing.T{}, c)
	down := keyMsg("ctrl+d")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		nm, _ := hs.m.Update(down)
		hs.m = nm.(Model)
		_ = hs.m.View()
	}
}
