package search_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus/search"
	"github.com/rosetta-reader/rosetta/corpus/search/internal/gen"
)

// TestPhraseGramsLoseNothing: reading a phrase's rows through its
// common-word pair finds exactly the rows FTS5 finds by positions alone,
// for every such pair of a generated corpus in three languages, after an
// update has replaced some articles (their pairs must go with them).
func TestPhraseGramsLoseNothing(t *testing.T) {
	ctx := context.Background()
	ix, err := search.Open(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	g := gen.New(gen.Options{Seed: 7, English: true})
	docs := make([]search.Doc, 300)
	for i := range docs {
		docs[i] = g.Next()
	}
	if _, err := ix.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	// Replace a third of the articles with others' text under their ids.
	for i := 0; i < len(docs); i += 3 {
		d := g.Next()
		cp := *d.Article
		cp.ID = docs[i].Article.ID
		docs[i] = search.Doc{Article: &cp, English: d.English, Entities: d.Entities}
	}
	if _, err := ix.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	pairs := map[string]bool{}
	for _, d := range docs {
		a := d.Article
		for i := range a.Paragraphs {
			w := strings.Fields(strings.ToLower(a.ParagraphText(i)))
			for j := 0; j+1 < len(w); j++ {
				if search.CommonWord(w[j]) && isWord(w[j+1]) {
					pairs[`"`+w[j]+" "+w[j+1]+`"`] = true
				}
			}
		}
	}
	queries := slices.Sorted(func(yield func(string) bool) {
		for p := range pairs {
			if !yield(p) {
				return
			}
		}
	})
	if len(queries) < 200 {
		t.Fatalf("only %d common-word phrases in the corpus", len(queries))
	}
	filtered := 0
	for _, q := range queries {
		want, _, err := ix.PhraseRowIDs(ctx, q, false)
		if err != nil {
			t.Fatal(err)
		}
		got, gram, err := ix.PhraseRowIDs(ctx, q, true)
		if err != nil {
			t.Fatal(err)
		}
		if gram != "" {
			filtered++
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%s through %q: %d rows, by positions %d", q, gram, len(got), len(want))
		}
		if len(want) == 0 {
			t.Fatalf("%s: no row, though a paragraph holds it", q)
		}
	}
	if filtered < len(queries)/2 {
		t.Errorf("only %d of %d phrases read through their pair", filtered, len(queries))
	}
}

// isWord: plain lower-case ASCII letters, so the phrase is what FTS5 reads.
func isWord(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}
