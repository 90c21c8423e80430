package summary

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus"
)

// article builds an article the way loaders do, one paragraph per line.
func article(lang string, paras ...string) *corpus.Article {
	return corpus.Build(corpus.Raw{ID: "t", Body: strings.Join(paras, "\n\n"), Lang: lang})
}

// seedLangs are the seeds' languages, for when the corpus has not told
// them (detection is refined in corpus/langid).
var seedLangs = map[string]string{"000": "sw", "001": "sq", "002": "en", "003": "en", "004": "en"}

// seeds returns the embedded sample articles with their languages set.
func seeds(t testing.TB) []*corpus.Article {
	t.Helper()
	arts := corpus.Sample().Articles
	if len(arts) != 5 {
		t.Fatalf("sample has %d articles, want 5", len(arts))
	}
	for _, a := range arts {
		if a.Lang == "" {
			a.Lang = seedLangs[a.ID[:3]]
		}
	}
	return arts
}

// longestSeed returns the seed with the most words.
func longestSeed(t testing.TB) *corpus.Article {
	var best *corpus.Article
	for _, a := range seeds(t) {
		if best == nil || a.Words > best.Words {
			best = a
		}
	}
	return best
}

// checkLine fails unless s is one clean display line.
func checkLine(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s: invalid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if unicode.IsControl(r) || r == '\n' {
			t.Errorf("%s: control character %U in %q", what, r, s)
			return
		}
	}
	if s != strings.TrimSpace(s) {
		t.Errorf("%s: untrimmed %q", what, s)
	}
}
