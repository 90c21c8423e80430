package entity

import (
	"reflect"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/corpustest"
)

// TestParallelRunsMatchOneCore: a long article's language runs recognised
// on several goroutines give the mentions one goroutine finds.
func TestParallelRunsMatchOneCore(t *testing.T) {
	a := corpustest.MustLongArticle(t, 3000)
	mixRuns(a)
	lx := defaultLexicon()
	one, many := articleRuns(a), articleRuns(a)
	if len(one) < 20 {
		t.Fatalf("%d runs", len(one))
	}
	recognizeRuns(lx, a.Body, one, 1, nil)
	recognizeRuns(lx, a.Body, many, 3, nil)
	if !reflect.DeepEqual(one, many) {
		t.Error("mentions differ between one and three goroutines")
	}
	n := 0
	for _, r := range one {
		n += len(r.ms)
	}
	if n == 0 {
		t.Error("no mentions")
	}
}

// mixRuns marks some paragraphs of a Swahili, leaving runs of differing
// length and language, as language detection leaves in a long text.
func mixRuns(a *corpus.Article) {
	for i := range a.Paragraphs {
		if i%97 < 3 || i%401 == 7 {
			a.Paragraphs[i].Lang = "sw"
		}
	}
}
