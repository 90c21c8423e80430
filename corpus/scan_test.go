package corpus

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// letterRuns is the plain definition letterRun implements: the maximal
// runs of runes for which unicode.IsLetter holds.
func letterRuns(p string) []Span {
	var out []Span
	start := -1
	for i, r := range p {
		switch l := unicode.IsLetter(r); {
		case l && start < 0:
			start = i
		case !l && start >= 0:
			out = append(out, Span{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Span{start, len(p)})
	}
	return out
}

// forEachWord calls fn with every run of letters of p, through letterRun.
func forEachWord(p string, fn func(start, end int)) {
	for i := 0; ; {
		start, end := letterRun(p, i)
		if start == end {
			return
		}
		fn(start, end)
		i = end
	}
}

func FuzzLetterRun(f *testing.F) {
	for _, s := range []string{"Putinsigned the deal.", "Rusisë.Vietnami", "a\xffb", "習近平 e\u0301", "", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		var got []Span
		forEachWord(p, func(s, e int) { got = append(got, Span{s, e}) })
		if want := letterRuns(p); !slices.Equal(got, want) {
			t.Fatalf("forEachWord(%q) = %v, want %v", p, got, want)
		}
	})
}

func TestReadingTime(t *testing.T) {
	cases := []struct {
		in, name string
		ok       bool
	}{
		{"RKS NEWS 4 Min Read", "RKS NEWS", true},
		{"4 MIN READ", "", true},
		{"Read 4 min read", "Read", true},
		{"4 min reads", "", false},
		{"Min Read", "", false},
		{"İ 4 min read", "İ", true},
		{"4 min rEAD", "", true},
		{"4 mín read", "", false},
	}
	for _, c := range cases {
		if name, ok := readingTime(c.in); name != c.name || ok != c.ok {
			t.Errorf("readingTime(%q) = %q, %v; want %q, %v", c.in, name, ok, c.name, c.ok)
		}
	}
}

func TestAtLeastRunes(t *testing.T) {
	for _, s := range []string{"", "abc", "ëëë", "習近平", strings.Repeat("ë", 40), strings.Repeat("a", 39), strings.Repeat("習", 50)} {
		for _, n := range []int{0, 1, 3, 4, 39, 40, 41} {
			if got, want := atLeastRunes(s, n), utf8.RuneCountInString(s) >= n; got != want {
				t.Errorf("atLeastRunes(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// foldSpaces is normSpace without its shortcut.
func foldSpaces(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// simpleSpaced must say true exactly when folding spaces changes nothing,
// on what it is given: sanitised lines (valid UTF-8, no line breaks).
func FuzzSimpleSpaced(f *testing.F) {
	for _, s := range []string{"a b", "a  b", " a", "a\tb", "a\u00a0b", "a\u2009b", "a\u3000", "ë “x” — y", "\u1680", "\xe2\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\n\u2028\u2029") {
			return
		}
		if got, want := simpleSpaced(s), foldSpaces(s) == s; got != want {
			t.Fatalf("simpleSpaced(%q) = %v, folding changes it: %v", s, got, !want)
		}
	})
}

// addCapitalised must find what its definition over forEachWord finds.
func FuzzAddCapitalised(f *testing.F) {
	for _, s := range []string{"Parameswaran met Putin.", "McDonald Éva Abc", "xAbc Abcë Abc1", "\xffAbc\x80Def", "ÀAbc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, p string) {
		want := map[string]bool{}
		forEachWord(p, func(s, e int) {
			if w := p[s:e]; len(w) >= 3 && isUpper(w[0]) && lowerTail(w) {
				want[w] = true
			}
		})
		got := map[string]bool{}
		addCapitalised(got, p)
		if !maps.Equal(got, want) {
			t.Fatalf("addCapitalised(%q) = %v, want %v", p, got, want)
		}
	})
}

func TestHasUpper(t *testing.T) {
	for _, fill := range []byte{'a', '@', '[', 0x80, 0xff, 0} {
		for pos := range 8 {
			for b := range 256 {
				word := make([]byte, 8)
				for i := range word {
					word[i] = fill
				}
				word[pos] = byte(b)
				if got, want := hasUpper(load64(string(word), 0)), isUpper(byte(b)); got != want {
					t.Fatalf("hasUpper(% x) = %v", word, got)
				}
			}
		}
	}
}

func TestHasGlueMark(t *testing.T) {
	for _, fill := range []byte{'a', ' ', '(', '/', 0x80, 0} {
		for pos := range 8 {
			for b := range 256 {
				word := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				word[pos] = byte(b)
				want := strings.IndexByte(".)!?", byte(b)) >= 0
				if got := hasGlueMark(load64(string(word), 0)); got != want {
					t.Fatalf("hasGlueMark(% x) = %v", word, got)
				}
			}
		}
	}
}

// binary's word-at-a-time skip must count control bytes as a plain loop.
func TestBinaryMatchesPlainCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 2000 {
		b := make([]byte, rng.IntN(200))
		odds := 2 + rng.IntN(30) // one control in odds: either side of a tenth
		for i := range b {
			if rng.IntN(odds) == 0 {
				b[i] = byte(1 + rng.IntN(0x1f)) // controls, no NUL
			} else {
				b[i] = byte(0x20 + rng.IntN(0xe0))
			}
		}
		ctrl := 0
		for _, c := range b {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
				ctrl++
			}
		}
		if got, want := binary(string(b)), ctrl*10 > len(b); got != want {
			t.Fatalf("binary(% x) = %v, want %v", b, got, want)
		}
	}
}
