package main

import (
	"reflect"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/corpustest"
	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// paragraphNamesEach is paragraphNames with a list built per paragraph,
// the reference that sharing lists must match.
func paragraphNamesEach(ix *entity.Index, memo *aliasMemo, a *corpus.Article) [][]string {
	out := make([][]string, len(a.Paragraphs))
	seen := make([]map[string]bool, len(a.Paragraphs))
	p := 0
	for _, m := range ix.InArticle(a.ID) {
		for p < len(a.Paragraphs) && a.Paragraphs[p].End <= m.Start {
			p++
		}
		if p == len(a.Paragraphs) {
			break
		}
		en, ok := ix.Entity(m.Key)
		if !ok || seen[p][m.Key] {
			continue
		}
		if seen[p] == nil {
			seen[p] = map[string]bool{}
		}
		seen[p][m.Key] = true
		out[p] = append(out[p], en.Name)
		out[p] = append(out[p], memo.get(indexNamer{ix}, en.Key)...)
	}
	return out
}

func TestParagraphNamesShared(t *testing.T) {
	long := corpustest.MustLongArticle(t, 2000)
	c := corpus.New(append([]*corpus.Article{long}, corpus.Sample().Articles...))
	ix := entity.Link(c)
	memo := &aliasMemo{}
	named := 0
	for _, a := range c.Articles {
		got, want := paragraphNames(indexNamer{ix}, memo, a), paragraphNamesEach(ix, &aliasMemo{}, a)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, want %q", a.ID, got, want)
		}
		for _, ns := range got {
			if len(ns) > 0 {
				named++
			}
		}
	}
	if named == 0 {
		t.Fatal("no paragraph names an entity")
	}
}
