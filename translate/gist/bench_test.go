package gist

import (
	"context"
	"os"
	"strings"
	"testing"
)

func benchText(b *testing.B, seed string) []string {
	raw, err := os.ReadFile("../../corpus/sample/" + seed)
	if err != nil {
		b.Fatal(err)
	}
	return strings.Split(strings.TrimSpace(string(raw)), "\n")
}

// BenchmarkTranslate measures throughput in source bytes per second once
// the lexicons are loaded.
func BenchmarkTranslate(b *testing.B) {
	for lang, seed := range map[string]string{"sw": "000_33affdd9658b75e7.txt", "sq": "001_cac8cb833e5ac3c9.txt"} {
		b.Run(lang, func(b *testing.B) {
			segs := benchText(b, seed)
			n := 0
			for _, s := range segs {
				n += len(s)
			}
			e := New()
			ctx := context.Background()
			if _, err := e.Translate(ctx, segs[:1], lang, "en"); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := e.Translate(ctx, segs, lang, "en"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkStartup measures New plus the first call, which loads the
// language's lexicons.
func BenchmarkStartup(b *testing.B) {
	for _, lang := range []string{"sw", "sq"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				if _, err := New().Translate(context.Background(), []string{"habari"}, lang, "en"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
