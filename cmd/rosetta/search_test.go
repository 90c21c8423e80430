package main

import (
	"reflect"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// TestExpansionsSkipLinkingLongText: query expansion links the corpus only
// when its text is small; a long article is expanded from the gazetteer,
// so a search over an up-to-date index does not link it every time.
func TestExpansionsSkipLinkingLongText(t *testing.T) {
	body := strings.Repeat("Putin met Kim Jong Un in Pyongyang. ", maxExpandText/36+1)
	s := &services{c: corpus.New([]*corpus.Article{{ID: "long", Lang: "en", Body: body}})}
	if ix := s.expansions(); ix == nil {
		t.Fatal("no expansions")
	}
	if s.ents != nil {
		t.Errorf("linked %d bytes of text for query expansion", len(body))
	}
	small := &services{c: corpus.New([]*corpus.Article{{ID: "a", Lang: "en", Body: "Putin met Kim."}})}
	small.expansions()
	if small.ents == nil {
		t.Error("a small corpus is not linked for query expansion")
	}
}

// TestFillEntitiesLetGo: the links made for indexing alone name each
// article's paragraphs as the shared index does, and are dropped once
// every article has been named.
func TestFillEntitiesLetGo(t *testing.T) {
	c := corpus.Sample()
	ix, memo := entity.Link(c), &aliasMemo{}
	was := debug.SetGCPercent(100)
	defer debug.SetGCPercent(was)
	f := &fillEntities{c: c, left: c.Len()}
	for i, a := range c.Articles {
		if got, want := f.names(a), paragraphNames(indexNamer{ix}, memo, a); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %q, want %q", a.ID, got, want)
		}
		if last := i == c.Len()-1; (f.ix == nil) != last {
			t.Fatalf("after %d of %d articles, links dropped: %v", i+1, c.Len(), f.ix == nil)
		}
		// The collector runs more often only while the links live.
		want := linkGCPercent
		if f.ix == nil {
			want = 100
		}
		if pct := debug.SetGCPercent(want); pct != want {
			t.Errorf("after %d articles: GC percent %d, want %d", i+1, pct, want)
		}
	}
	// An update that names only some articles restores it on release.
	f = &fillEntities{c: c, left: c.Len()}
	f.names(c.Articles[0])
	f.release()
	if pct := debug.SetGCPercent(100); pct != 100 || f.ix != nil {
		t.Errorf("released: GC percent %d, links kept: %v", pct, f.ix != nil)
	}
}
