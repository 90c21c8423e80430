package cache

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkCacheHit measures an article of 20 paragraphs served entirely
// from the cache; ns/para is the figure the 1 ms per paragraph budget is
// about.
func BenchmarkCacheHit(b *testing.B) {
	c := open(b)
	w := Wrap(&counting{name: "fake", model: "m"}, c)
	paras := make([]string, 20)
	for i := range paras {
		paras[i] = fmt.Sprintf("Aya %d: Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam, wiki hii kwa ziara ya siku mbili.", i)
	}
	ctx := context.Background()
	if _, err := w.Translate(ctx, paras, "sw", "en"); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := w.Translate(ctx, paras, "sw", "en"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(paras)), "ns/para")
}

// BenchmarkCacheMissStore measures translating and storing 20 new
// paragraphs (the fake backend is free, so this is the cache's cost).
func BenchmarkCacheMissStore(b *testing.B) {
	c := open(b)
	w := Wrap(&counting{name: "fake", model: "m"}, c)
	ctx := context.Background()
	paras := make([]string, 20)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		for j := range paras {
			paras[j] = fmt.Sprintf("aya %d/%d ya makala", i, j)
		}
		if _, err := w.Translate(ctx, paras, "sw", "en"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkKVGet(b *testing.B) {
	c := open(b)
	ctx := context.Background()
	if err := c.Put(ctx, "summary", "key", make([]byte, 2048)); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, err := c.Get(ctx, "summary", "key"); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}
