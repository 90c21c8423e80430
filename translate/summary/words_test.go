package summary

import (
	"strings"
	"testing"
)

// FuzzWordCount: wordCount counts the words strings.Fields finds.
func FuzzWordCount(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Add("a\u0085b\u00a0c\u2003d \t\v\f\r\n e")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	})
}
