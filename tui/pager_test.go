package tui

import (
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

func TestMarkdownExport(t *testing.T) {
	a := corpus.Build(corpus.Raw{ID: "x", Title: "Putin *visits* Hanoi", Lang: "sw",
		Body: "Rais wa Urusi anazuru Hanoi.\n\nMarekani na China."})
	md := Markdown(a, &Summary{Lang: "en", Backend: "gist",
		Overview: []OverviewPoint{{Text: "Russia's president visits Hanoi.", Paragraphs: []int{0}}},
		Rows:     []Row{{Paragraph: 0, Summary: "Russia's president visits Hanoi."}, {Paragraph: 1, Summary: "US and China."}}})
	for _, want := range []string{"# Putin \\*visits\\* Hanoi", "## Overview", "(¶ 1)", "**¶ 2.** Marekani na China.", "> US and China."} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(Markdown(a, nil), "> ") {
		t.Error("no summary should mean no quote rows")
	}
}

func TestPagerShowsRenderedMarkdownAndCloses(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.press("enter", "p")
	if hs.m.screen != screenPager {
		t.Fatalf("p did not open the pager (screen %d)", hs.m.screen)
	}
	scr := strings.Join(hs.plain(), "\n")
	if !strings.Contains(scr, "Overview") || !strings.Contains(scr, "¶ 1.") {
		t.Fatalf("pager does not show the rendered document:\n%s", scr)
	}
	if strings.Contains(scr, "**¶") || strings.Contains(scr, "> R0y") {
		t.Fatalf("markup not rendered by Glamour:\n%s", scr)
	}
	hs.press("esc")
	if hs.m.screen != screenReader {
		t.Fatal("esc did not return to the reader")
	}
}
