package entity

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

func BenchmarkRecognizeSample(b *testing.B) {
	c := sampleCorpus(b)
	size := 0
	for _, a := range c.Articles {
		size += len(a.Body)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, a := range c.Articles {
			Recognize(a.Body, a.Lang)
		}
	}
}

// BenchmarkLinkSample: the whole sample, recognised and linked.
func BenchmarkLinkSample(b *testing.B) {
	c := sampleCorpus(b)
	for b.Loop() {
		Link(c)
	}
}

// syntheticArticles builds n articles of about size bytes each from the
// sample's lines, shuffled with a fixed seed, in the line's language.
func syntheticArticles(b *testing.B, n, size int) []*corpus.Article {
	c := sampleCorpus(b)
	type line struct{ text, lang string }
	var lines []line
	for _, a := range c.Articles {
		for _, p := range a.Paragraphs {
			lines = append(lines, line{a.Body[p.Start:p.End], a.Lang})
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	arts := make([]*corpus.Article, n)
	for i := range arts {
		lang := lines[rng.IntN(len(lines))].lang
		var body strings.Builder
		var paras []corpus.Paragraph
		for body.Len() < size {
			l := lines[rng.IntN(len(lines))]
			if l.lang != lang {
				continue
			}
			start := body.Len()
			body.WriteString(l.text)
			paras = append(paras, corpus.Paragraph{Span: corpus.Span{Start: start, End: body.Len()}, Lang: lang})
			body.WriteString("\n\n")
		}
		arts[i] = &corpus.Article{ID: fmt.Sprint(i), Lang: lang, Body: body.String(), Paragraphs: paras}
	}
	return arts
}

// BenchmarkLink10k: 10,000 articles of about 3 KB; run with -benchtime=1x.
func BenchmarkLink10k(b *testing.B) {
	arts := syntheticArticles(b, 10000, 3000)
	size := 0
	for _, a := range arts {
		size += len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		ix := LinkArticles(arts)
		if len(ix.Shared()) == 0 {
			b.Fatal("no shared entities")
		}
	}
}
