package feed

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus/store"
)

func BenchmarkParse10k(b *testing.B) {
	data := genRSS("bench", "sw", 10000)
	conv := htmlConverter()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		f, err := parseWith(conv, data, "bench.rss", "")
		if err != nil || len(f.Items) != 10000 {
			b.Fatalf("%v, %d items", err, len(f.Items))
		}
	}
}

// BenchmarkRefresh10k parses a 10,000-item feed file and stores it into a
// fresh database: what a first `rosetta refresh` of a big feed costs.
func BenchmarkRefresh10k(b *testing.B) {
	dir := b.TempDir()
	path := filepath.Join(dir, "bench.rss")
	if err := os.WriteFile(path, genRSS("bench", "sw", 10000), 0o644); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	l := NewLoader(nil)
	i := 0
	for b.Loop() {
		i++
		st, err := store.Open(ctx, filepath.Join(dir, "db", filepath.Base(b.Name())+string(rune('a'+i%26))+".db"))
		if err != nil {
			b.Fatal(err)
		}
		rep, err := Refresh(ctx, st, []string{path}, RefreshOptions{Loader: l})
		st.Close()
		if err != nil || rep.Added != 10000 {
			b.Fatalf("%v, added %d", err, rep.Added)
		}
		b.StopTimer()
		os.RemoveAll(filepath.Join(dir, "db"))
		b.StartTimer()
	}
}

func BenchmarkHTMLToText(b *testing.B) {
	data, err := os.ReadFile("testdata/swahili.rss")
	if err != nil {
		b.Fatal(err)
	}
	conv := htmlConverter()
	html := string(data)
	b.ReportAllocs()
	for b.Loop() {
		htmlToText(conv, html)
	}
}

// BenchmarkSplit is the batch splitter alone over a 10,000-item feed.
func BenchmarkSplit(b *testing.B) {
	data := genRSS("bench", "sw", 10000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		sp, err := newSplitter(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			if _, err := sp.next(); err != nil {
				break
			}
			n++
		}
		if n != 10000 {
			b.Fatalf("%d items", n)
		}
	}
}
