//go:build !race

package search_test

import (
	"context"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus/search"
)

// TestLongDocRowsBounded: indexing one long article holds a bounded number
// of its rows at a time, not all of them (text, folded copies, entity
// strings, grams: 2.1 bytes a byte of text at once before chunking, 0.45
// since). Live heap is sampled with the collector running often. Not
// under -race, whose shadow memory is its own.
func TestLongDocRowsBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("indexes a 16 MB article")
	}
	d := longDoc(t, 60000, true)
	text := len(d.Article.Body)
	ix, err := search.Open(context.Background(), t.TempDir()+"/search.db")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	live := func() uint64 {
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(s)
		return s[0].Value.Uint64()
	}
	runtime.GC()
	base := live()
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			peak = max(peak, live())
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
			}
		}
	})
	_, err = ix.Update(context.Background(), []search.Doc{d})
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatal(err)
	}
	perByte := float64(peak-min(peak, base)) / float64(text)
	t.Logf("%d MB text: live heap grew by %.1f MB at most (%.2f bytes a byte)", text>>20, float64(peak-min(peak, base))/(1<<20), perByte)
	if perByte > 1 {
		t.Errorf("indexing a %d MB article held %.2f bytes a byte of its text at once, want under 1", text>>20, perByte)
	}
}
