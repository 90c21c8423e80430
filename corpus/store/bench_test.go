package store

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
)

// fill stores n articles of about 2 KB across 20 sources.
func fill(tb testing.TB, st *Store, n int) {
	tb.Helper()
	ctx := context.Background()
	body := strings.Repeat("Rais wa Urusi amewasili Hanoi kwa ziara ya siku mbili. ", 36)
	t0 := time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)
	const per = 5000
	for start := 0; start < n; start += per {
		items := make([]Item, 0, per)
		for i := start; i < min(n, start+per); i++ {
			items = append(items, Item{GUID: fmt.Sprint(i), Raw: corpus.Raw{
				ID: fmt.Sprintf("bench-%06d", i), Title: fmt.Sprintf("Habari namba %d", i), Body: body,
				Lang: "sw", Source: "Bench", URL: fmt.Sprintf("https://bench.example/%d", i),
				Published: t0.Add(time.Duration(i) * time.Minute),
			}})
		}
		if _, _, err := st.PutItems(ctx, fmt.Sprintf("src-%d", start/per%20), items); err != nil {
			tb.Fatal(err)
		}
	}
}

// BenchmarkHeaders100k is the article list at start-up with 100,000 stored
// articles (the TUI's first frame must come within 300 ms).
func BenchmarkHeaders100k(b *testing.B) {
	st, _ := openTemp(b)
	fill(b, st, 100000)
	ctx := context.Background()
	for b.Loop() {
		hs, err := st.Headers(ctx)
		if err != nil || len(hs) != 100000 {
			b.Fatalf("%d headers, %v", len(hs), err)
		}
	}
}

// BenchmarkHeadersFirstPage100k is the first screen of the article list
// with 100,000 stored articles.
func BenchmarkHeadersFirstPage100k(b *testing.B) {
	st, _ := openTemp(b)
	fill(b, st, 100000)
	ctx := context.Background()
	for b.Loop() {
		hs, err := st.HeadersPage(ctx, 0, 200)
		if err != nil || len(hs) != 200 || hs[0].ID != "bench-099999" {
			b.Fatalf("%d headers, %v", len(hs), err)
		}
	}
}

func BenchmarkBody(b *testing.B) {
	st, _ := openTemp(b)
	fill(b, st, 10000)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := st.Body(ctx, fmt.Sprintf("bench-%06d", i%10000)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkPutItems10k(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		st, _ := openTemp(b)
		b.StartTimer()
		fill(b, st, 10000)
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	_ = ctx
}

func BenchmarkSetRead(b *testing.B) {
	st, _ := openTemp(b)
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if err := st.SetRead(ctx, fmt.Sprint(i%1000), i%2 == 0); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
