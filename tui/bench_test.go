package tui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

// readerAt opens an article of n paragraphs with every row loaded, at w×h.
func readerAt(b *testing.B, n, w, h int) *harness {
	t := &testing.T{}
	var body strings.Builder
	for i := range n {
		fmt.Fprintf(&body, "P%dx Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam, mnamo Juni 19-20.%s\n",
			i, strings.Repeat(" Ziara hii inaashiria ziara ya kwanza ya serikali.", i%5))
	}
	c := corpus.New([]*corpus.Article{corpus.Build(corpus.Raw{ID: "big", Title: "Big", Lang: "sw", Body: body.String()})})
	hs := &harness{t: t, sum: &fakeSummaries{}}
	hs.opts = Options{Corpus: c, Summaries: hs.sum, Entities: fakeEntities{c}, Theme: "dark"}
	hs.m = New(hs.opts)
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.run(hs.m.Init())
	hs.press("enter", "G", "g")
	if hs.m.screen != screenReader {
		b.Fatal("reader not open")
	}
	return hs
}

func benchView(b *testing.B, n int) {
	hs := readerAt(b, n, 200, 60)
	hs.press("ctrl+d")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = hs.m.View()
	}
}

func BenchmarkReaderView(b *testing.B) {
	b.Run("200x60", func(b *testing.B) { benchView(b, 40) })
	b.Run("200x60-5000paras", func(b *testing.B) { benchView(b, 5000) })
}

// BenchmarkReaderScroll is a key press and the frame after it: j on a
// 5,000-paragraph article.
func BenchmarkReaderScroll(b *testing.B) {
	hs := readerAt(b, 5000, 200, 60)
	j, k := keyMsg("j"), keyMsg("k")
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		msg := j
		if i%200 >= 100 {
			msg = k
		}
		i++
		nm, _ := hs.m.Update(msg)
		hs.m = nm.(Model)
		_ = hs.m.View()
	}
}

// BenchmarkRelayout is a resize of a 5,000-paragraph article: every
// paragraph and row rewrapped.
func BenchmarkRelayout(b *testing.B) {
	hs := readerAt(b, 5000, 200, 60)
	widths := []int{200, 160}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		nm, _ := hs.m.Update(tea.WindowSizeMsg{Width: widths[i%2], Height: 60})
		hs.m = nm.(Model)
		i++
	}
}

func BenchmarkWrap(b *testing.B) {
	text := strings.Repeat("Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam. 普京将于6月访问越南。 ", 10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		wrapText(text, 80)
	}
}

func BenchmarkListView(b *testing.B) {
	hs := newHarness(&testing.T{}, 200, 60)
	b.ReportAllocs()
	for b.Loop() {
		_ = hs.m.View()
	}
}
