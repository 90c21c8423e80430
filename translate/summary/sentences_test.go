package summary

import (
	"slices"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Putin arrived. He met To Lam.", []string{"Putin arrived.", "He met To Lam."}},
		{"The ambassador, Gennady S. Bezdetko, spoke. Then he left.", []string{"The ambassador, Gennady S. Bezdetko, spoke.", "Then he left."}},
		{"U.S. officials were concerned. Russia was not.", []string{"U.S. officials were concerned.", "Russia was not."}},
		{"ties with Russia.Vietnam remained neutral.", []string{"ties with Russia.", "Vietnam remained neutral."}},
		{"in Hanoi on June 20, 2024.MANAN VATSYAYANA – POOL", []string{"in Hanoi on June 20, 2024.", "MANAN VATSYAYANA – POOL"}},
		{"Trade was worth $3.6 billion in 2023.", []string{"Trade was worth $3.6 billion in 2023."}},
		{"", nil},
	}
	for _, tc := range cases {
		if got := splitSentences(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	got := []string{}
	for _, tk := range tokenize("Putin’s visit, June 19-20, cost $3.6 billion (SHBA-ja), t’i.") {
		got = append(got, tk.text)
	}
	want := []string{"Putin’s", "visit", "June", "19-20", "cost", "3.6", "billion", "SHBA-ja", "t’i"}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize = %q, want %q", got, want)
	}
}

func TestHeuristicMentions(t *testing.T) {
	text := "The president of Russia, Vladimir Putin, met the Communist Party of Vietnam in Hanoi on June 20, 2024."
	var got []string
	for _, m := range heuristicMentions(text, "en") {
		got = append(got, text[m.start:m.end])
	}
	want := []string{"Russia", "Vladimir Putin", "Communist Party of Vietnam", "Hanoi", "June", "20", "2024"}
	if !slices.Equal(got, want) {
		t.Errorf("mentions = %q, want %q", got, want)
	}
	putin := heuristicMentions("Putin spoke.", "en")[0]
	full := heuristicMentions("Vladimir Putin spoke.", "en")[0]
	if !putin.matches(full) || !full.matches(putin) {
		t.Error("Putin and Vladimir Putin do not match")
	}
	if heuristicMentions("Kwa upande wake", "sw") != nil {
		t.Error("a capitalised Swahili function word was taken for a name")
	}
}
