package entity

import (
	"slices"
	"testing"
)

func wordTexts(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		if t.kind == wordTok {
			out = append(out, s[t.Start:t.End])
		}
	}
	return out
}

func TestTokenize(t *testing.T) {
	for in, want := range map[string][]string{
		"Putin's visit":             {"Putin", "visit"},
		"Moscow’s efforts":          {"Moscow", "efforts"},
		"SHBA-ja dhe t’i japë":      {"SHBA-ja", "dhe", "t’i", "japë"},
		"the U.S. said":             {"the", "U.S.", "said"},
		"Gennady S. Bezdetko":       {"Gennady", "S", "Bezdetko"},
		"Asia-Pacific region":       {"Asia-Pacific", "region"},
		"2024.MANAN VATSYAYANA":     {"2024", "MANAN", "VATSYAYANA"},
		"Rusisë.Vietnami po":        {"Rusisë", "Vietnami", "po"},
		"bad\xffbyte":               {"bad", "byte"},
		"O'Brien and Côte d’Ivoire": {"O'Brien", "and", "Côte", "d’Ivoire"},
	} {
		if got := wordTexts(in); !slices.Equal(got, want) {
			t.Errorf("tokenize(%q) = %q, want %q", in, got, want)
		}
	}
	toks := tokenize("Putin’s visit")
	if !toks[0].possessive || toks[1].Start != len("Putin’s ") {
		t.Errorf("possessive not recorded: %+v", toks)
	}
}
