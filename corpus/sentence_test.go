package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func fastSentences(p string) ([]Span, bool) {
	var out []Span
	ok := forEachSentence(p, func(s, e int) { out = append(out, Span{s, e}) })
	return out, ok
}

func segmentedSentences(p string) []Span {
	var out []Span
	forEachSegmentedSentence(p, func(s, e int) { out = append(out, Span{s, e}) })
	return out
}

func TestSentencesMatchSegmenter(t *testing.T) {
	for _, p := range []string{
		"Putin arrived. He met Lam.",
		"The U.S. Embassy said so. Then 3.5 km. etc. and more",
		"“Yes!” she said. (Really?) Yes.\tNo",
		"Wait... What?! Okay.",
		"Rais wa Urusi.Vietnami ni rafiki. Kwa nini? Ndiyo.",
		"He said \"stop.\" then left. — Next.",
		"Line one.\nLine two.\r\nThree",
		"A. b. C.D. e.F",
	} {
		got, ok := fastSentences(p)
		if !ok {
			t.Errorf("fast path refused %q", p)
			continue
		}
		if want := segmentedSentences(p); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, segmenter %v", p, got, want)
		}
	}
}

// The fast path must take every line of the sample articles.
func TestSentencesFastPathCoversSample(t *testing.T) {
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
			got, ok := fastSentences(line)
			if !ok {
				t.Errorf("%s: fast path refused %q", f, line)
				continue
			}
			if want := segmentedSentences(line); !slices.Equal(got, want) {
				t.Errorf("%s: %v, segmenter %v, in %q", f, got, want, line)
			}
		}
	}
}

// Random strings over the classified runes, dense in terminators, closing
// punctuation and spaces, where the rules interact.
func TestSentencesRandomAgreement(t *testing.T) {
	alphabet := []rune("aZ0.!?\"'()[],-:; \t\n\r\u0085\u00a0\u00aa\u00ab\u00bb\u00ad\u00bfëÇǅ×Жƻ\u0301\u0483ệ\u2013\u2014\u2018\u201c\u201d\u2024\u2026\u2039\u203c\u203d€")
	rng := rand.New(rand.NewPCG(3, 4))
	var b strings.Builder
	for range 50000 {
		b.Reset()
		for range rng.IntN(14) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
			if rng.IntN(3) == 0 { // a stretch of plain words for the word-at-a-time skip
				b.WriteString("Lorem ipsum dolor sit amet"[:rng.IntN(27)])
			}
		}
		p := b.String()
		got, ok := fastSentences(p)
		if !ok {
			t.Fatalf("fast path refused %q", p)
		}
		if want := segmentedSentences(p); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, segmenter %v", p, got, want)
		}
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. Smith went. He", "U.S. President", "a.\u0301B", "“Yes.” no", "x\xff. Y", "習近平. A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		want := segmentedSentences(p)
		if got, ok := fastSentences(p); ok && !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, segmenter %v", p, got, want)
		}
		spans := sentenceSpans(p, nil)
		prev := 0
		for _, s := range spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(p) {
				t.Fatalf("%q: bad span %v after %d", p, s, prev)
			}
			prev = s.End
		}
	})
}

func BenchmarkSentences(b *testing.B) {
	files, _ := filepath.Glob("sample/003_*.txt")
	if len(files) == 0 {
		b.Skip("no sample 003")
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			forEachSentence(text, func(int, int) {})
		}
	})
	b.Run("segmenter", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			forEachSegmentedSentence(text, func(int, int) {})
		}
	})
}

func TestHasSentenceStop(t *testing.T) {
	for _, fill := range []byte{'a', ' ', '-', '/', 0} {
		for pos := range 8 {
			for b := range 256 {
				word := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				word[pos] = byte(b)
				want := b >= utf8.RuneSelf || asciiSB[b]&sbStop != 0
				if got := hasSentenceStop(load64(string(word), 0)); got != want {
					t.Fatalf("hasSentenceStop(% x) = %v", word, got)
				}
			}
		}
	}
}
