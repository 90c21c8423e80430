package apertium

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// ntrexDir is the shared NTREX-128 copy (CC BY-SA 4.0), read in place and
// never copied into the repository.
var ntrexDir = filepath.Join("..", "..", "..", "shared", "data", "ntrex128")

// ntrexSegments is how many NTREX segments the measurement translates: a
// few dozen articles' worth, about 10 s against a local APY.
const ntrexSegments = 300

// ntrexFloor is the chrF the Spanish–English pair must keep. Measured
// 2026-11-23 on the first 300 segments with apertium-eng-spa 0.8.1: 50.4
// (the same figure as /work/shared/tools/chrf on the written hypotheses).
// The floor sits a few points below, so a broken code mapping or request
// format (chrF near 0) fails while small data updates do not.
const ntrexFloor = 45

func testNTREX(t *testing.T, c *Client) {
	if testing.Short() {
		t.Skip("a 300-segment measurement")
	}
	src, err1 := os.ReadFile(filepath.Join(ntrexDir, "newstest2019-ref.spa.txt"))
	ref, err2 := os.ReadFile(filepath.Join(ntrexDir, "newstest2019-src.eng.txt"))
	if err1 != nil || err2 != nil {
		t.Skipf("NTREX-128 not found under %s", ntrexDir)
	}
	srcs := strings.Split(strings.TrimRight(string(src), "\n"), "\n")[:ntrexSegments]
	refs := strings.Split(strings.TrimRight(string(ref), "\n"), "\n")[:ntrexSegments]
	start := time.Now()
	hyps, err := c.Translate(context.Background(), srcs, "es", "en")
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	score := chrF(hyps, refs)
	t.Logf("APY spa→eng on %d NTREX-128 segments: chrF %.1f in %v", len(srcs), score, took.Round(time.Millisecond))
	if out := os.Getenv("ROSETTA_HYP_OUT"); out != "" {
		_ = os.WriteFile(out, []byte(strings.Join(hyps, "\n")+"\n"), 0o600)
	}
	if score < ntrexFloor {
		t.Fatalf("chrF %.1f below the floor %d", score, ntrexFloor)
	}
}

// chrF is corpus-level chrF (character 1..6-grams, β = 2, whitespace
// removed), the definition sacrebleu uses by default.
func chrF(hyps, refs []string) float64 {
	const order = 6
	var match, hypTotal, refTotal [order]float64
	for i := range hyps {
		h, r := []rune(strings.Join(strings.Fields(hyps[i]), "")), []rune(strings.Join(strings.Fields(refs[i]), ""))
		for n := 1; n <= order; n++ {
			hn, rn := ngrams(h, n), ngrams(r, n)
			for g, k := range hn {
				match[n-1] += float64(min(k, rn[g]))
				hypTotal[n-1] += float64(k)
			}
			for _, k := range rn {
				refTotal[n-1] += float64(k)
			}
		}
	}
	var p, r float64
	for n := range order {
		if hypTotal[n] > 0 {
			p += match[n] / hypTotal[n]
		}
		if refTotal[n] > 0 {
			r += match[n] / refTotal[n]
		}
	}
	p, r = p/order, r/order
	if p+r == 0 {
		return 0
	}
	return 100 * 5 * p * r / (4*p + r)
}

func ngrams(s []rune, n int) map[string]int {
	out := map[string]int{}
	for i := 0; i+n <= len(s); i++ {
		out[string(s[i:i+n])]++
	}
	return out
}
