package feed

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/mmcdole/gofeed"
)

// Every item body of the shared fixtures and of the generated benchmark
// feed that the fast path accepts must convert exactly as the converter
// converts it.
func TestFastTextMatchesConverter(t *testing.T) {
	conv := htmlConverter()
	var bodies []string
	for _, it := range mustParse(t, genRSS("gen", "sw", 50)).Items {
		bodies = append(bodies, it.Description)
	}
	for _, rel := range fixtureFeeds(t) {
		data, err := os.ReadFile(filepath.Join(fixturesDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		gf, err := gofeed.NewParser().Parse(bytes.NewReader(data))
		if err != nil {
			continue
		}
		for _, it := range gf.Items {
			bodies = append(bodies, it.Content, it.Description)
		}
	}
	fast := 0
	for _, b := range bodies {
		got, ok := fastText(b)
		if !ok {
			continue
		}
		fast++
		out, err := conv.ConvertString(b)
		if err != nil {
			t.Fatal(err)
		}
		if want := cleanText(out); got != want {
			t.Errorf("fastText(%q)\n = %q\nconverter %q", b, got, want)
		}
	}
	t.Logf("fast path took %d of %d bodies", fast, len(bodies))
	if fast < 50 {
		t.Errorf("fast path took only %d bodies", fast)
	}
}

func mustParse(t *testing.T, data []byte) *gofeed.Feed {
	t.Helper()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return f
}
