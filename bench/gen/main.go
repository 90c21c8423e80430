// Command gen writes a synthetic corpus for benchmarks: N text articles of
// about SIZE bytes each, mixing Swahili, Albanian and English sentences taken
// from the embedded sample, so language detection, segmentation and entity
// recognition see realistic text.
//
//	go run ./bench/gen -n 10000 -size 3000 -out /tmp/rosetta-10k
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	size := flag.Int("size", 3000, "approximate article size in bytes")
	paras := flag.Int("paragraphs", 0, "write one article with this many paragraphs instead (0: off)")
	out := flag.String("out", "", "output directory (created)")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "gen: -out is required")
		os.Exit(2)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	byLang := sentencesByLang()
	langs := []string{"en", "en", "sw", "sq"}
	rng := rand.New(rand.NewPCG(*seed, 2))
	if *paras > 0 {
		write(*out, "long", article(rng, byLang["en"], *paras*200, 200))
		return
	}
	for i := range *n {
		lang := langs[i%len(langs)]
		write(*out, fmt.Sprintf("gen%06d_%s", i, lang), article(rng, byLang[lang], *size, 400))
	}
}

// sentencesByLang collects the sample's sentences per article language.
func sentencesByLang() map[string][]string {
	m := map[string][]string{}
	for _, a := range corpus.Sample().Articles {
		for _, s := range a.Sentences {
			if t := strings.TrimSpace(a.Text(s)); len(t) > 30 {
				m[a.Lang] = append(m[a.Lang], t)
			}
		}
	}
	return m
}

// article draws sentences until size bytes, breaking paragraphs every
// paraSize bytes; the first sentence doubles as the headline.
func article(rng *rand.Rand, sents []string, size, paraSize int) string {
	var b strings.Builder
	title := sents[rng.IntN(len(sents))]
	if i := strings.LastIndexByte(title[:min(len(title), 80)], ' '); len(title) > 80 && i > 0 {
		title = title[:i]
	}
	b.WriteString(title + "\n\n")
	para := 0
	for b.Len() < size {
		s := sents[rng.IntN(len(sents))]
		b.WriteString(s)
		para += len(s)
		if para >= paraSize {
			b.WriteString("\n\n")
			para = 0
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func write(dir, id, text string) {
	if err := os.WriteFile(filepath.Join(dir, id+".txt"), []byte(text), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
