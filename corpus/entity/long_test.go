package entity

import (
	"context"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/rosetta-reader/rosetta/corpus"
)

// longArticle returns one long English article: the file named by
// ROSETTA_BENCH_ARTICLE (e.g. `go run ./bench/gen -paragraphs 20000`),
// else one of about n paragraphs shuffled from the sample's English
// sentences, as bench/gen writes.
func longArticle(tb testing.TB, n int) *corpus.Article {
	tb.Helper()
	if path := os.Getenv("ROSETTA_BENCH_ARTICLE"); path != "" {
		c, _, err := corpus.Open(context.Background(), []string{path}, corpus.DirLoader{})
		if err != nil || c.Len() == 0 {
			tb.Fatalf("loading %s: %v", path, err)
		}
		return c.Articles[0]
	}
	var sents []string
	for _, a := range corpus.Sample().Articles {
		if a.Lang != "en" {
			continue
		}
		for _, s := range a.Sentences {
			if t := strings.TrimSpace(a.Text(s)); len(t) > 30 {
				sents = append(sents, t)
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range n {
		for b2 := 0; b2 < 200; {
			s := sents[rng.IntN(len(sents))]
			b.WriteString(s)
			b.WriteByte(' ')
			b2 += len(s) + 1
		}
		b.WriteString("\n\n")
	}
	return corpus.Build(corpus.Raw{ID: "long", Body: b.String(), Lang: "en"})
}

var longOnce = sync.OnceValue(func() *corpus.Article { return longArticle(&testing.T{}, 20000) })

// BenchmarkLinkLong links one long article, as opening it alone does.
func BenchmarkLinkLong(b *testing.B) {
	a := longOnce()
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		LinkArticles([]*corpus.Article{a})
	}
}

// BenchmarkInArticleLong: the reader asks for a long article's mentions.
func BenchmarkInArticleLong(b *testing.B) {
	a := longOnce()
	ix := LinkArticles([]*corpus.Article{a})
	b.ReportAllocs()
	for b.Loop() {
		ix.InArticle(a.ID)
	}
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestLinkLongAllocation: linking a long article costs its recognition
// plus two copies of its mentions (the article's list and the entities')
// and the maps, not a guessed reservation or a list grown mention by
// mention and copied again (7.4 copies before).
func TestLinkLongAllocation(t *testing.T) {
	a := longArticle(t, 2000)
	lx := defaultLexicon()
	lx.recognize(a.Body, a.Lang) // lazy tables, once
	recog := allocated(func() { lx.recognize(a.Body, a.Lang) })
	var ix *Index
	link := allocated(func() { ix = LinkArticles([]*corpus.Article{a}) })
	n := len(ix.InArticle(a.ID))
	copyBytes := uint64(n) * uint64(unsafe.Sizeof(ArticleMention{}))
	t.Logf("%d bytes, %d mentions: recognition %d bytes, linking %d more, %.1f copies of the mentions",
		len(a.Body), n, recog, link-recog, float64(link-recog)/float64(copyBytes))
	if link > recog+4*copyBytes {
		t.Errorf("linking allocates %d bytes beyond recognition, over four copies of the mentions (%d bytes each)",
			link-recog, copyBytes)
	}
}

// TestInArticleSharesItsList: the reader and the search index only read
// an article's mentions, so InArticle hands out the index's own list,
// clipped so an append cannot write over the next article's mentions.
func TestInArticleSharesItsList(t *testing.T) {
	c := sampleCorpus(t)
	ix := Link(c)
	a, next := c.Articles[0].ID, c.Articles[1].ID
	if n := testing.AllocsPerRun(10, func() { ix.InArticle(a) }); n != 0 {
		t.Errorf("InArticle allocates %v times, want 0", n)
	}
	ms := ix.InArticle(a)
	if len(ms) == 0 || cap(ms) != len(ms) {
		t.Fatalf("InArticle: %d mentions, capacity %d", len(ms), cap(ms))
	}
	want := slices.Clone(ix.InArticle(next))
	_ = append(ms, ArticleMention{Article: "intruder"})
	if got := ix.InArticle(next); !slices.Equal(got, want) {
		t.Errorf("appending to one article's mentions changed the next one's")
	}
}
