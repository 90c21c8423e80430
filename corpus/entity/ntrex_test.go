package entity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// knownKeys returns the gazetteer keys named in text.
func knownKeys(text, lang string) map[string]bool {
	out := map[string]bool{}
	for _, m := range Recognize(text, lang) {
		if m.Known() {
			out[m.Key] = true
		}
	}
	return out
}

// TestNTREXCrossLingual measures cross-lingual linking on NTREX-128: the
// same 1,997 news sentences in English, Swahili and Albanian. Taking the
// gazetteer keys found in each English sentence as reference, it counts
// how many the Swahili and Albanian translations link to the same keys.
func TestNTREXCrossLingual(t *testing.T) {
	dir := filepath.Join(sharedData, "ntrex128")
	read := func(name string) []string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if os.IsNotExist(err) {
			t.Skipf("%s not present", name)
		}
		if err != nil {
			t.Fatal(err)
		}
		return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	}
	en := read("newstest2019-src.eng.txt")
	for lang, file := range map[string]string{"sw": "newstest2019-ref.swa.txt", "sq": "newstest2019-ref.sqi.txt"} {
		other := read(file)
		if len(other) != len(en) {
			t.Fatalf("%s: %d lines, English %d", file, len(other), len(en))
		}
		var s prf
		for i := range en {
			ref, got := knownKeys(en[i], "en"), knownKeys(other[i], lang)
			for k := range got {
				if ref[k] {
					s.tp++
				} else {
					s.fp++
				}
			}
			for k := range ref {
				if !got[k] {
					s.fn++
				}
			}
		}
		t.Logf("NTREX en→%s gazetteer keys per sentence: %v", lang, s)
		if _, _, f := s.scores(); f < 70 {
			t.Errorf("%s: agreement F1 %.1f below floor 70", lang, f)
		}
	}
}
