package search

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

// sampleDocs indexes the embedded sample with hand-written English for the
// Swahili article's paragraphs that mention Russia, and entity names for the
// Albanian article.
func sampleDocs(t testing.TB) []Doc {
	t.Helper()
	c := corpus.Sample()
	var docs []Doc
	for _, a := range c.Articles {
		d := Doc{Article: a}
		switch a.Lang {
		default:
			if strings.HasPrefix(a.ID, "000") {
				d.English = make([]string, len(a.Paragraphs))
				d.Entities = make([][]string, len(a.Paragraphs))
				for i := range a.Paragraphs {
					p := a.ParagraphText(i)
					if strings.Contains(p, "Urusi") {
						d.English[i] = "Russian President Vladimir Putin is expected to visit Hanoi, Vietnam."
						d.Entities[i] = []string{"Russia", "Urusi", "Rusia", "Rusisë"}
					}
				}
			}
			if strings.HasPrefix(a.ID, "001") {
				d.Entities = make([][]string, len(a.Paragraphs))
				for i := range a.Paragraphs {
					if strings.Contains(a.ParagraphText(i), "Moska") {
						d.Entities[i] = []string{"Moscow", "Moska", "Moskva"}
					}
				}
			}
		}
		docs = append(docs, d)
	}
	return docs
}

func openSample(t testing.TB, opts ...Option) *Index {
	t.Helper()
	ix, err := Open(context.Background(), "", opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Update(context.Background(), sampleDocs(t)); err != nil {
		t.Fatal(err)
	}
	return ix
}

func articles(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		id := h.Article[:3]
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func TestSmoke(t *testing.T) {
	ix := openSample(t)
	for _, q := range []string{"Kremlin", "rusise", `"South China Sea"`, "entity:Moscow lang:sq", "Urusi", "Putin -Korea", "vietnam OR hanoi", "agree*", "Russia"} {
		r, err := ix.Search(context.Background(), q, 20)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		t.Logf("%-25s %v", q, articles(r))
		for _, h := range r.Hits[:min(4, len(r.Hits))] {
			t.Logf("   %s %d %s %.2f %q %v", h.Article[:3], h.Paragraph, h.Field, h.Score, h.Snippet[:min(80, len(h.Snippet))], h.SnippetSpans)
		}
	}
}
