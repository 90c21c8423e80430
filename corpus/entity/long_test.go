package entity

import (
	"runtime"
	"slices"
	"sync"
	"testing"
	"unsafe"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/corpustest"
)

var longOnce = sync.OnceValues(func() (*corpus.Article, error) { return corpustest.LongArticle(20000) })

// BenchmarkLinkLong links one long article, as opening it alone does.
func BenchmarkLinkLong(b *testing.B) {
	a, err := longOnce()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(a.Body)))
	b.ReportAllocs()
	for b.Loop() {
		LinkArticles([]*corpus.Article{a})
	}
}

// BenchmarkInArticleLong: the reader asks for a long article's mentions.
func BenchmarkInArticleLong(b *testing.B) {
	a, err := longOnce()
	if err != nil {
		b.Fatal(err)
	}
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
	a := corpustest.MustLongArticle(t, 2000)
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
