package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWordCountMatchesSegmenter(t *testing.T) {
	cases := map[string]int{
		"":                          0,
		"Rais wa Urusi":             3,
		"U.S. Embassy, 3.6 km":      4, // "U.S", "Embassy", "3.6", "km"
		"don't won’t e-mail":        4,
		"1,000,000 people; a:b":     3,
		"snake_case __init__ x_1":   3,
		"Rusisë Vietnamit çështje":  3,
		"Путин посетил Ханой":       3,
		"Nguyễn Phú Trọng":          3,
		"e\u0301te\u0301 \u0301 a.": 2,
		"— « » … ‘quoted’":          1,
		"習近平 visited":               4, // each ideograph is a word (segmenter)
	}
	for text, want := range cases {
		if got := wordCount(text); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", text, got, want)
		}
		if got := segmentedWordCount(text); got != want {
			t.Errorf("segmentedWordCount(%q) = %d, want %d", text, got, want)
		}
	}
}

// The fast path must cover the sample articles, or it saves nothing.
func TestWordCountFastPathCoversSample(t *testing.T) {
	files, _ := filepath.Glob("sample/*.txt")
	if len(files) == 0 {
		t.Fatal("no sample articles")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			n, ok := countWords(line)
			if !ok {
				t.Errorf("%s: fast path refused %q", f, line)
				continue
			}
			if want := segmentedWordCount(line); n != want {
				t.Errorf("%s: %d words, segmenter %d, in %q", f, n, want, line)
			}
		}
	}
}

func FuzzWordCount(f *testing.F) {
	for _, s := range []string{"U.S. Embassy", "a.b.c 1.2,3 x_y", "don't", "a.\u0301b", "a:\u0300b",
		"1,\u0301,2", "Nguyễn Phú", "Путин", "_a_", "\r\n\u0301a", "’a’", "a'’b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := segmentedWordCount(s)
		if n, ok := countWords(s); ok && n != want {
			t.Fatalf("countWords(%q) = %d, segmenter %d", s, n, want)
		}
		if got := wordCount(s); got != want {
			t.Fatalf("wordCount(%q) = %d, segmenter %d", s, got, want)
		}
	})
}

func BenchmarkWordCount(b *testing.B) {
	files, _ := filepath.Glob("sample/003_*.txt")
	if len(files) == 0 {
		b.Skip("no sample 003")
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		b.Skip(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.Run("fast", func(b *testing.B) {
		for b.Loop() {
			wordCount(text)
		}
	})
	b.Run("segmenter", func(b *testing.B) {
		for b.Loop() {
			segmentedWordCount(text)
		}
	})
}

// Random strings over the runes the fast path classifies, where the rules
// interact most (marks after mid-word punctuation, digits beside letters),
// must count as the segmenter counts them.
func TestWordCountRandomAgreement(t *testing.T) {
	alphabet := []rune("aZ09_.,;:'’‘ \t\n\r-\u00a0\u00aa\u00ad\u00b5\u00b7\u00b2ëÇ×Жҁ\u0483\u0301ệ\u2024\u2027\u2044\u202f\u203f\u2013“”…€")
	rng := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 20000 {
		b.Reset()
		for range rng.IntN(12) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
			if rng.IntN(3) == 0 { // plain words, for the word-at-a-time path
				b.WriteString("Lorem ipsum 2024 dolor  sit amet x"[:rng.IntN(35)])
			}
		}
		s := b.String()
		n, ok := countWords(s)
		if !ok {
			t.Fatalf("fast path refused %q", s)
		}
		if want := segmentedWordCount(s); n != want {
			t.Fatalf("countWords(%q) = %d, segmenter %d", s, n, want)
		}
	}
}
