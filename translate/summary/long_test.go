package summary

import (
	"context"
	"runtime"
	"sync"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/corpustest"
)

var benchLong = sync.OnceValues(func() (*corpus.Article, error) { return corpustest.LongArticle(20000) })

// page returns the n paragraphs from first, as the reader asks for a screen.
func page(first, n, total int) []int {
	out := make([]int, 0, n)
	for p := first; p < first+n && p < total; p++ {
		out = append(out, p)
	}
	return out
}

// BenchmarkRowsLong measures the reader's calls on one long article with
// one Summarizer: a screen of rows already cached (warm), a new screen
// each time without a cache (cold: extraction needs the article's
// profile), and the cached overview.
func BenchmarkRowsLong(b *testing.B) {
	a, err := benchLong()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.Run("warm", func(b *testing.B) {
		s := New(&fakeBackend{}, newMemStore())
		if _, err := s.Rows(ctx, a, page(0, 30, len(a.Paragraphs)), "en"); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Rows(ctx, a, page(0, 30, len(a.Paragraphs)), "en"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cold", func(b *testing.B) {
		s := New(&fakeBackend{}, nil)
		first := 0
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Rows(ctx, a, page(first, 30, len(a.Paragraphs)), "en"); err != nil {
				b.Fatal(err)
			}
			first = (first + 30) % len(a.Paragraphs)
		}
	})
	b.Run("overview-warm", func(b *testing.B) {
		s := New(&fakeBackend{}, newMemStore())
		k := s.overviewKey(s.newRun(a, "en"))
		s.save(ctx, kindOverview, k, []Point{{Text: "A point.", Paragraphs: []int{0}}})
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Overview(ctx, a, "en"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// allocated returns the bytes f allocates.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestCallsOnALongArticleSkipArticleWork: once a Summarizer has seen an
// article, a call for a few of its rows costs what those rows cost, not a
// pass over the whole article (hashing its body for the cache key,
// recognising every paragraph for the entity profile).
func TestCallsOnALongArticleSkipArticleWork(t *testing.T) {
	if raceDetector {
		t.Skip("allocation bounds: the race detector allocates for itself")
	}
	a := corpustest.MustLongArticle(t, 2000)
	size := uint64(len(a.Body))
	ctx := context.Background()
	s := New(&fakeBackend{}, newMemStore())
	if _, err := s.Rows(ctx, a, []int{0}, "en"); err != nil {
		t.Fatal(err)
	}
	warm := allocated(func() { s.Rows(ctx, a, []int{0}, "en") })
	cold := allocated(func() { s.Rows(ctx, a, []int{len(a.Paragraphs) / 2}, "en") })
	t.Logf("body %d bytes: a cached row allocates %d bytes, an uncached one %d", size, warm, cold)
	if warm > size/8 {
		t.Errorf("a cached row allocates %d bytes, over an eighth of the %d-byte body", warm, size)
	}
	if cold > size {
		t.Errorf("an uncached row allocates %d bytes, more than the %d-byte body", cold, size)
	}
}
