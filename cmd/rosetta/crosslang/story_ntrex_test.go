package crosslang_test

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/story"
)

const ntrexDir = "../../../../shared/data/ntrex128/"

// ntrexArticles rebuilds NTREX-128's 123 news documents in English,
// Swahili and Albanian (one paragraph per segment). The gold story of each
// article is its document id.
func ntrexArticles(t *testing.T) ([]*corpus.Article, map[string]string) {
	t.Helper()
	lines := func(name string) []string {
		f, err := os.Open(ntrexDir + name)
		if errors.Is(err, os.ErrNotExist) {
			t.Skipf("%s missing: the shared NTREX-128 data is not here", name)
		}
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		var out []string
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			out = append(out, sc.Text())
		}
		return out
	}
	ids := lines("DOCUMENT_IDS.tsv")
	gold := map[string]string{}
	var arts []*corpus.Article
	for _, l := range []struct{ code, file string }{{"en", "newstest2019-src.eng.txt"}, {"sw", "newstest2019-ref.swa.txt"}, {"sq", "newstest2019-ref.sqi.txt"}} {
		segs := lines(l.file)
		if len(segs) != len(ids) {
			t.Fatalf("%s: %d lines, %d ids", l.file, len(segs), len(ids))
		}
		var body []string
		for i, s := range segs {
			body = append(body, s)
			if i+1 == len(ids) || ids[i+1] != ids[i] {
				id := fmt.Sprintf("%s-%s", ids[i], l.code)
				arts = append(arts, corpus.Build(corpus.Raw{ID: id, Title: body[0], Body: strings.Join(body, "\n"), Lang: l.code}))
				gold[id] = ids[i]
				body = nil
			}
		}
	}
	return arts, gold
}

// bcubed scores a clustering against gold labels (B³ precision, recall).
func bcubed(stories []story.Story, gold map[string]string) (p, r float64) {
	clusterOf := map[string]int{}
	for i, s := range stories {
		for _, id := range s.Articles {
			clusterOf[id] = i
		}
	}
	for id := range gold {
		var same, inCluster, inGold float64
		for other := range gold {
			c := clusterOf[other] == clusterOf[id]
			g := gold[other] == gold[id]
			if c && g {
				same++
			}
			if c {
				inCluster++
			}
			if g {
				inGold++
			}
		}
		p += same / inCluster
		r += same / inGold
	}
	n := float64(len(gold))
	return p / n, r / n
}

func TestNTREXCrossLanguageStories(t *testing.T) {
	arts, gold := ntrexArticles(t)
	docs := docsFor(t, arts)
	p, r := bcubed(story.Group(docs, story.Options{}), gold)
	f1 := 2 * p * r / (p + r)
	t.Logf("%d articles, %d gold stories: B³ precision %.3f recall %.3f F1 %.3f", len(docs), len(gold)/3, p, r, f1)
	if f1 < 0.85 {
		t.Errorf("B³ F1 %.3f, want ≥ 0.85", f1)
	}
}
