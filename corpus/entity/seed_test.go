package entity

import (
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

// seedLangs are the languages of the embedded sample articles.
var seedLangs = map[string]string{
	"000_33affdd9658b75e7": "sw",
	"001_cac8cb833e5ac3c9": "sq",
	"002_ccae6763f4c1f9ed": "en",
	"003_707b086c27e1c708": "en",
	"004_dc8a611bddc792d5": "en",
}

// sampleCorpus returns the embedded sample with each article's language
// set as the corpus pipeline would detect it.
func sampleCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	c := corpus.Sample()
	if c.Len() != len(seedLangs) {
		t.Fatalf("sample has %d articles, want %d", c.Len(), len(seedLangs))
	}
	for _, a := range c.Articles {
		lang, ok := seedLangs[a.ID]
		if !ok {
			t.Fatalf("unexpected sample article %s", a.ID)
		}
		a.Lang = lang
		for k := range a.Paragraphs {
			a.Paragraphs[k].Lang = lang
		}
	}
	return c
}
