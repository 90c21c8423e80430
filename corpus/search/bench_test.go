package search_test

import (
	"context"
	"sync"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus/search"
)

// benchDocs is the size of the generated index the search benchmarks use;
// the full 100,000-article measurement is `go run ./corpus/search/internal/searchbench`.
const benchDocs = 20000

var (
	benchOnce sync.Once
	benchIx   *search.Index
	benchErr  error
)

func benchIndex(b *testing.B) *search.Index {
	benchOnce.Do(func() {
		benchIx, benchErr = search.Open(context.Background(), "")
		if benchErr == nil {
			_, benchErr = benchIx.Update(context.Background(), genDocs(benchDocs, 1))
		}
		if benchErr == nil { // as after any bulk import
			benchErr = benchIx.Optimize(context.Background())
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchIx
}

func BenchmarkSearch(b *testing.B) {
	for _, bc := range []struct{ name, q string }{
		{"common", "the"},
		{"common2", "putin vietnam"},
		{"rare", "Parameswaran"},
		{"phrase", `"South China Sea"`},
		{"commonPhrase", `"of the"`},
		{"filter", "putin lang:sw"},
		{"prefix", "agree*"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			ix := benchIndex(b)
			ctx := context.Background()
			b.ResetTimer()
			for range b.N {
				if _, err := ix.Search(ctx, bc.q, 20); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkUpdate(b *testing.B) {
	docs := genDocs(500, 2)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Article.Body))
	}
	b.SetBytes(size)
	for range b.N {
		ix, err := search.Open(context.Background(), "")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ix.Update(context.Background(), docs); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkPrepareRows is the index's own work per article before SQLite
// sees it (folding, entity strings, word pairs): the part of a build that
// runs beside the writer.
func BenchmarkPrepareRows(b *testing.B) {
	docs := genDocs(500, 2)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Article.Body))
		for _, e := range d.English {
			size += int64(len(e))
		}
	}
	b.SetBytes(size)
	for range b.N {
		rows := 0
		for _, d := range docs {
			rows += search.PrepareRows(d)
		}
		if rows < len(docs) {
			b.Fatalf("%d rows for %d docs", rows, len(docs))
		}
	}
}
