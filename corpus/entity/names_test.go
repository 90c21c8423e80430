package entity

import (
	"reflect"
	"slices"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/corpustest"
)

// TestNamesMatchIndex: Names gives each article's mentions and each
// entity's name and aliases as an Index of the same articles does, with
// an article given twice among them.
func TestNamesMatchIndex(t *testing.T) {
	long := corpustest.MustLongArticle(t, 6000)
	// Long enough, and in runs of two languages, for its runs to be
	// recognised on several goroutines.
	mixRuns(long)
	if len(long.Body) < parallelRunText {
		t.Fatalf("long article of %d bytes", len(long.Body))
	}
	arts := append([]*corpus.Article{long}, corpus.Sample().Articles...)
	arts = append(arts, arts[3])
	ix, n := LinkArticles(arts), LinkNames(arts)
	for _, a := range arts {
		if got, want := slices.Collect(n.Mentions(a.ID)), ix.InArticle(a.ID); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d mentions, want %d", a.ID, len(got), len(want))
		}
	}
	if len(ix.Entities()) < 20 {
		t.Fatalf("%d entities", len(ix.Entities()))
	}
	for _, e := range ix.Entities() {
		if name, ok := n.Name(e.Key); !ok || name != e.Name {
			t.Errorf("%s: name %q (%v), want %q", e.Key, name, ok, e.Name)
		}
		if got, want := n.Aliases(e.Key), ix.Aliases(e.Key); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: aliases %q, want %q", e.Key, got, want)
		}
	}
	if len(n.byKey) != len(ix.Entities()) {
		t.Errorf("%d names, %d entities", len(n.byKey), len(ix.Entities()))
	}
}
