package summary

import (
	"strings"
	"testing"
)

func TestWithNames(t *testing.T) {
	para := []string{
		"Vladimir Putin arrived in Hanoi on Thursday, a day after meeting Kim Jong Un in Pyongyang.",
		"The HANOI talks worried the US.",
	}
	x := &extractor{rec: recognize, to: "en"}
	row := "Vladimir Putin arrived in Hanoi on Thursday."
	var got []string
	for _, e := range x.missingNames(row, para) {
		got = append(got, e.surface)
	}
	// Putin and Hanoi are in the row already; "HANOI" is a shouted
	// repeat of Hanoi.
	want := []string{"Kim Jong Un", "Pyongyang", "US"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("missingNames = %q, want %q", got, want)
	}
	extras := x.missingNames(row, para)
	cases := []struct {
		room int
		want string
	}{
		{0, row},
		{1, row}, // the dash alone
		{2, "Vladimir Putin arrived in Hanoi on Thursday — Pyongyang."},     // Kim Jong Un does not fit, the shorter name after it does
		{3, "Vladimir Putin arrived in Hanoi on Thursday — Pyongyang, US."}, // commas are free
		{4, "Vladimir Putin arrived in Hanoi on Thursday — Kim Jong Un."},
		{5, "Vladimir Putin arrived in Hanoi on Thursday — Kim Jong Un, Pyongyang."},
		{6, "Vladimir Putin arrived in Hanoi on Thursday — Kim Jong Un, Pyongyang, US."},
		{40, "Vladimir Putin arrived in Hanoi on Thursday — Kim Jong Un, Pyongyang, US."},
	}
	for _, tc := range cases {
		out := withNames(row, extras, tc.room)
		if out != tc.want {
			t.Errorf("room %d:\n got %q\nwant %q", tc.room, out, tc.want)
		}
		if out != row && wordCount(out)-wordCount(row) > tc.room {
			t.Errorf("room %d: list of %d words", tc.room, wordCount(out)-wordCount(row))
		}
	}
}

func TestWithNamesSkipsWhatDoesNotFit(t *testing.T) {
	extras := []namedExtra{{surface: "International Criminal Court"}, {surface: "Putin"}}
	if got, want := withNames("Row.", extras, 3), "Row — Putin."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	many := []namedExtra{{surface: "A"}, {surface: "B"}, {surface: "C"}, {surface: "D"}}
	if got, want := withNames("Row.", many, 40), "Row — A, B, C."; got != want {
		t.Errorf("a list stops at %d names: got %q, want %q", maxListed, got, want)
	}
}

func TestListable(t *testing.T) {
	for s, want := range map[string]bool{
		"Kim Jong Un": true, "US": true, "AFP": true, "The Hague": true,
		"HANOI": false, "Embassy of": false, "": false,
	} {
		if got := listable(s); got != want {
			t.Errorf("listable(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestArticleScale(t *testing.T) {
	body := strings.Repeat("Putin met the leaders of Vietnam in Hanoi on a long and busy day of talks. ", 4)
	plain := article("en", body, body, body)
	if got := articleScale(plain); got != 1 {
		t.Errorf("an article without headings: scale %.2f, want 1", got)
	}
	subheads := article("en", "Talks", body, "Weapons and energy deals", body, "Currency", body)
	for i := range subheads.Paragraphs {
		subheads.Paragraphs[i].Heading = i%2 == 0
	}
	got := articleScale(subheads)
	if got >= 1 || got < minScale {
		t.Errorf("headings eat into the body's room: scale %.2f, want in [%.2f, 1)", got, minScale)
	}
	if articleScale(nil) != 1 || articleScale(article("en", "Short line.")) != 1 {
		t.Error("an article of short lines only keeps the full scale")
	}
}

// FuzzNameList: a row with its name list starts with the row, lists only
// words of the paragraph, stays within its room and is one clean line.
func FuzzNameList(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, uint8(i%20))
	}
	f.Fuzz(func(t *testing.T, text string, room uint8) {
		text = clean(text)
		sents := splitSentences(text)
		if len(sents) == 0 {
			return
		}
		x := &extractor{rec: recognize, to: "en"}
		row := sents[0]
		out := withNames(row, x.missingNames(row, sents), int(room))
		fuzzLine(t, out)
		if out == row {
			return
		}
		if !strings.HasPrefix(out, strings.TrimRight(strings.TrimSpace(row), ".")) {
			t.Fatalf("row %q lost its clause: %q", row, out)
		}
		if extra := wordCount(out) - wordCount(row); extra > int(room) {
			t.Fatalf("list of %d words in room %d: %q", extra, room, out)
		}
		words := map[string]bool{}
		// Case aside: a sentence's first word is capitalised.
		// Words of the sentences too: a combining mark after a sentence's
		// closing "!" belongs to it (a grapheme), not to the next word.
		for _, s := range append([]string{text}, sents...) {
			for _, tk := range tokenize(strings.ToLower(s)) {
				words[tk.text] = true
				for _, p := range strings.FieldsFunc(tk.text, isWordJoiner) {
					words[p] = true
				}
			}
		}
		for _, tk := range tokenize(strings.ToLower(out)) {
			if !words[tk.text] {
				t.Fatalf("%q is not a word of %q: %q", tk.text, text, out)
			}
		}
	})
}

// TestWidenPrefersList checks that a row keeps a name by listing it when
// the clause that names it costs more words: the flags "of Russia and
// Vietnam" cost a clause; "— Russia" costs two words.
func TestWidenPrefersList(t *testing.T) {
	x := &extractor{rec: recognize, to: "en"}
	s := "Putin arrived in the presidential palace of Vietnam, where he was greeted by pupils holding the flags of Russia and Vietnam."
	var all []mention
	for _, m := range recognize(s, "en") {
		if m.named() && !containsMention(all, m) {
			all = append(all, m)
		}
	}
	row, kept, _ := x.widen(s, 6, 20, all, []string{s})
	if want := "Putin arrived in presidential palace of Vietnam — Russia."; row != want || kept != len(all) {
		t.Errorf("widen = %q (%d of %d names), want %q", row, kept, len(all), want)
	}
}
