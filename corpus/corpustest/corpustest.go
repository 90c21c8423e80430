// Package corpustest makes articles for the tests and benchmarks of the
// packages built on corpus.
package corpustest

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

// LongArticle returns one long English article: the file named by
// ROSETTA_BENCH_ARTICLE (e.g. `go run ./bench/gen -paragraphs 20000`),
// else n paragraphs of about 200 bytes, each the sample's English
// sentences drawn with a fixed seed, as bench/gen draws them.
func LongArticle(n int) (*corpus.Article, error) {
	if path := os.Getenv("ROSETTA_BENCH_ARTICLE"); path != "" {
		c, _, err := corpus.Open(context.Background(), []string{path}, corpus.DirLoader{})
		if err == nil && c.Len() == 0 {
			err = errors.New("no article")
		}
		if err != nil {
			return nil, fmt.Errorf("loading %s: %w", path, err)
		}
		return c.Articles[0], nil
	}
	var sents []string
	for _, a := range corpus.Sample().Articles {
		if a.Lang != "en" {
			continue
		}
		for _, s := range a.Sentences {
			if t := strings.TrimSpace(a.Text(s)); len(t) > 30 {
				sents = append(sents, t)
			}
		}
	}
	if len(sents) == 0 {
		return nil, errors.New("the sample has no English sentence")
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range n {
		for size := 0; size < 200; {
			s := sents[rng.IntN(len(sents))]
			b.WriteString(s)
			b.WriteByte(' ')
			size += len(s) + 1
		}
		b.WriteString("\n\n")
	}
	return corpus.Build(corpus.Raw{ID: "long", Body: b.String(), Lang: "en"}), nil
}

// MustLongArticle is LongArticle, failing tb on error.
func MustLongArticle(tb testing.TB, n int) *corpus.Article {
	tb.Helper()
	a, err := LongArticle(n)
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
