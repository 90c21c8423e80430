package main

import (
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// TestJoinParagraphsOneCopy: the English of an article (50 MB for the
// largest) is copied once into the joined text, not twice.
func TestJoinParagraphsOneCopy(t *testing.T) {
	ps := []string{"Putin visits Hanoi.", "", "Vietnam welcomes him."}
	if got, want := joinParagraphs(ps), strings.Join(ps, "\n\n")+"\n\n"; got != want {
		t.Fatalf("joinParagraphs = %q, want %q", got, want)
	}
	if n := testing.AllocsPerRun(10, func() { joinParagraphs(ps) }); n != 1 {
		t.Errorf("joinParagraphs allocates %v times, want 1", n)
	}
}

// TestInArticleNothingShared: with no entity shared (a corpus of one
// article), the reader gets no mentions and no copy of the article's
// mentions is made.
func TestInArticleNothingShared(t *testing.T) {
	a := corpus.Sample().Articles[0]
	e := newEntities(entity.LinkArticles([]*corpus.Article{a}))
	if len(e.ix.InArticle(a.ID)) == 0 {
		t.Fatal("the sample article names no entity: the test shows nothing")
	}
	if got := e.InArticle(a.ID); got != nil {
		t.Errorf("InArticle = %d mentions, want none: no entity is shared", len(got))
	}
	if n := testing.AllocsPerRun(10, func() { e.InArticle(a.ID) }); n != 0 {
		t.Errorf("InArticle allocates %v times with nothing shared, want 0", n)
	}
}
