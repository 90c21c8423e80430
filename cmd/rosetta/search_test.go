package main

import (
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
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
