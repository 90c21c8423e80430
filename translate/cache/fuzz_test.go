package cache

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"github.com/rosetta-reader/rosetta/translate/internal/batch"
)

// FuzzWrapRoundTrip: whatever the text, a second call is served from the
// cache and returns exactly what the backend returned the first time.
func FuzzWrapRoundTrip(f *testing.F) {
	f.Add("Rais wa Urusi", "Rusisë", "sw", "en")
	f.Add("", " ", "sq", "en")
	f.Add("\xff\xfe invalid", "\x00nul\x1b[31m", "", "")
	f.Add("same", "same", "a\x00b", "c")
	c := open(f)
	f.Fuzz(func(t *testing.T, s1, s2, from, to string) {
		ctx := context.Background()
		b := &counting{name: "fuzz", model: "m"}
		w := Wrap(b, c)
		first, err := w.Translate(ctx, []string{s1, s2}, from, to)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := (&counting{name: "fuzz", model: "m"}).Translate(ctx, []string{s1, s2}, from, to)
		for i, s := range []string{s1, s2} {
			if batch.Blank(s) {
				want[i] = s
			}
		}
		if !slices.Equal(first, want) {
			t.Fatalf("first = %q; want %q", first, want)
		}
		calls := len(b.sent())
		second, err := w.Translate(ctx, []string{s1, s2}, from, to)
		if err != nil || !slices.Equal(second, first) || len(b.sent()) != calls {
			t.Fatalf("second = %q, %v after %d more calls; want a pure cache hit equal to %q", second, err, len(b.sent())-calls, first)
		}
	})
}

func FuzzKV(f *testing.F) {
	f.Add("summary", "h1", []byte("value"))
	f.Add("", "", []byte{})
	f.Add("k\x00ind", "\xff", []byte{0, 1, 2})
	c := open(f)
	f.Fuzz(func(t *testing.T, kind, key string, val []byte) {
		ctx := context.Background()
		if err := c.Put(ctx, kind, key, val); err != nil {
			t.Fatal(err)
		}
		got, ok, err := c.Get(ctx, kind, key)
		if err != nil || !ok || !bytes.Equal(got, val) {
			t.Fatalf("Get = %q, %v, %v; want %q", got, ok, err, val)
		}
	})
}
