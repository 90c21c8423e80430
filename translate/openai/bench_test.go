package openai

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkTranslate measures the request path (prompt building, HTTP on
// loopback, answer parsing) for a 12-paragraph article.
func BenchmarkTranslate(b *testing.B) {
	f := &fake{t: b}
	c := New(Config{BaseURL: serve(b, f)})
	segs := make([]string, 12)
	for i := range segs {
		segs[i] = fmt.Sprintf("Aya ya %d: Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi wiki hii.", i)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Translate(ctx, segs, "sw", "en"); err != nil {
			b.Fatal(err)
		}
	}
}
