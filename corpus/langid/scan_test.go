package langid

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/rosetta-reader/rosetta/corpus/langid/internal/ngram"
)

// wordByWord scores text as the generator sees it: ngram.Words, then each
// word's ngram.AppendHashes, with the same early stop after a word. scan
// must add up to exactly the same state.
func wordByWord(m *model, text string) scratch {
	sc := scratch{m: m}
	var hashes []uint64
	ngram.Words(text, nil, func(w []rune) bool {
		hashes = ngram.AppendHashes(hashes[:0], w)
		before := sc.total
		for _, h := range hashes {
			sc.score(h)
		}
		if sc.total/checkEvery == before/checkEvery || sc.total < minGrams {
			return true
		}
		return !sc.decisive()
	})
	return sc
}

func checkScan(t *testing.T, m *model, text string) {
	t.Helper()
	want := wordByWord(m, text)
	got := scratch{m: m}
	got.scan(text)
	if got.acc != want.acc || got.total != want.total || got.known != want.known {
		t.Fatalf("scan(%q): total %d known %d, word by word %d %d (or gains differ)",
			text, got.total, got.known, want.total, want.known)
	}
}

func TestScanMatchesWordByWord(t *testing.T) {
	m, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{"", "a", "Rais wa Urusi", "Vi\u0323\u0302t-Nam 2024 ÉTÉ \u0301x", "Rusisë.Vietnami", "\xffab\xfe"}
	files, _ := filepath.Glob("../sample/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	for _, text := range texts {
		checkScan(t, m, text)
	}
}

func FuzzScan(f *testing.F) {
	for _, s := range []string{"Rais wa Urusi Vladimir Putin", "e\u0301te\u0301", "\u0301a", "習近平", "Ωμέγα"} {
		f.Add(s)
	}
	m, err := loaded()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) { checkScan(t, m, s) })
}

// lowerLetter's Latin-1 shortcut must agree with the unicode package.
func TestLowerLetter(t *testing.T) {
	for r := rune(0x80); r <= 0x2000; r++ {
		got, ok := lowerLetter(r)
		if want := unicode.IsLetter(r); ok != want || ok && got != unicode.ToLower(r) {
			t.Errorf("lowerLetter(%U) = %U, %v", r, got, ok)
		}
	}
}

// decide's table of exponentials must give the very confidences math.Exp
// gives.
func TestDecideMatchesExp(t *testing.T) {
	m, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	scores := make([]int64, len(m.Codes))
	for range 2000 {
		spread := 1 + rng.Int64N(3000)
		for i := range scores {
			scores[i] = -rng.Int64N(spread)
		}
		// The reference: the first best score, and math.Exp itself.
		best := slices.Index(scores, slices.Max(scores))
		sum := 0.0
		for _, s := range scores {
			if d := s - scores[best]; d > -40*damping {
				sum += math.Exp(float64(d) / damping)
			}
		}
		lang, conf := m.decide(scores, 100, 100)
		if want := 1 / sum; conf != want || (want >= minConf) != (lang != "") {
			t.Fatalf("decide = %q %v, want confidence %v", lang, conf, want)
		}
	}
}
