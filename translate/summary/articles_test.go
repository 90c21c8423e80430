package summary

import (
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

func TestArticleCache(t *testing.T) {
	var c articleCache
	arts := make([]*corpus.Article, maxArticles+2)
	for i := range arts {
		arts[i] = article("en", "Putin met To Lam in Hanoi.", "A second paragraph here.")
	}
	first := c.get(arts[0])
	if c.get(arts[0]) != first {
		t.Error("the same article got a second info")
	}
	for _, a := range arts[1:] {
		if c.get(a) == first {
			t.Error("another article shares the first one's info")
		}
	}
	if len(c.entries) != maxArticles {
		t.Errorf("%d entries kept, want %d", len(c.entries), maxArticles)
	}
	last := arts[len(arts)-1]
	info := c.get(last)
	if info.contextDigest(last) != digest(last.Lang, last.Body) {
		t.Error("wrong digest")
	}
	last.Body = "Another body.\n\n" + last.Body
	if c.get(last) == info {
		t.Error("an article whose body was replaced kept its old info")
	}
}
