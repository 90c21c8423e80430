package summary

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

// BenchmarkSummarize measures the full summary of the longest seed (an
// English one: no translation), cold (no cache: extraction, overview) and
// warm (rows and overview from an in-memory Store); of the Swahili and
// Albanian seeds through gist, cold; and of a generated 5,000-word Swahili
// article, cold.
func BenchmarkSummarize(b *testing.B) {
	g := gistOrSkip(b)
	long := longestSeed(b)
	b.Run("longest-seed/cold", func(b *testing.B) {
		s := New(g, nil)
		for b.Loop() {
			if _, err := s.Summarize(context.Background(), long, "en"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("longest-seed/warm", func(b *testing.B) {
		s := New(g, newMemStore())
		if _, err := s.Summarize(context.Background(), long, "en"); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := s.Summarize(context.Background(), long, "en"); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, a := range seeds(b) {
		if a.Lang == "en" {
			continue
		}
		b.Run("seed-"+a.Lang+"/cold", func(b *testing.B) {
			s := New(g, nil)
			for b.Loop() {
				if _, err := s.Summarize(context.Background(), a, "en"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	gen := generated(b, 5000)
	one := corpus.Build(corpus.Raw{ID: "one", Body: strings.ReplaceAll(gen.Body, "\n", " "), Lang: "sw"})
	b.Run("one-paragraph-5000/cold", func(b *testing.B) {
		s := New(g, nil)
		for b.Loop() {
			if _, err := s.Summarize(context.Background(), one, "en"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("generated-5000/cold", func(b *testing.B) {
		s := New(g, nil)
		for b.Loop() {
			if _, err := s.Summarize(context.Background(), gen, "en"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// generated builds a Swahili article of about n words from the Swahili
// seed's sentences, shuffled into paragraphs of 2–5 sentences, with
// numbers varied so paragraphs differ.
func generated(tb testing.TB, n int) *corpus.Article {
	tb.Helper()
	var sw *corpus.Article
	for _, a := range seeds(tb) {
		if a.Lang == "sw" {
			sw = a
		}
	}
	var sents []string
	for _, sp := range sw.Sentences {
		sents = append(sents, sw.Text(sp))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var paras []string
	words := 0
	for words < n {
		k := 2 + rng.IntN(4)
		var p []string
		for range k {
			s := sents[rng.IntN(len(sents))]
			p = append(p, strings.Replace(s, "2024", fmt.Sprint(1990+rng.IntN(40)), 1))
		}
		para := strings.Join(p, " ")
		words += wordCount(para)
		paras = append(paras, para)
	}
	a := corpus.Build(corpus.Raw{ID: "gen", Body: strings.Join(paras, "\n\n"), Lang: "sw"})
	if a.Words < n {
		tb.Fatalf("generated %d words, want %d", a.Words, n)
	}
	return a
}

// BenchmarkCompress measures sentence compression, the extractive hot
// path: a long seed sentence, and a 2,000-word run-on "sentence" (scraped
// text without full stops) that must not go quadratic.
func BenchmarkCompress(b *testing.B) {
	seed := "Russian President Vladimir Putin signed at least a dozen deals with his Vietnamese counterpart, To Lam, and said he is ready to supply Vietnam with fossil fuels and natural gas during a state visit on Thursday, which worries Westerners, according to officials in Hanoi."
	runOn := strings.Repeat("officials in Hanoi, who met the delegation during the visit, said the talks went well and ", 120)
	for name, s := range map[string]string{"sentence": seed, "run-on": runOn} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				compress(s, recognize, 15)
			}
		})
	}
}
