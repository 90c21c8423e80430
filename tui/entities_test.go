package tui

import (
	"strings"
	"testing"
)

func TestEntityPanelInReader(t *testing.T) {
	hs := newHarness(t, 100, 24)
	hs.openSW()
	hs.press("e")
	if !hs.m.reader.panelOpen || lineOf(hs.plain(), "Shared entities (2)", 1) < 0 {
		t.Fatal("e did not open the panel beside the article")
	}
	if lineOf(hs.plain(), "P0x", 0) < 0 {
		t.Fatal("the article is hidden by the panel")
	}
	r := &hs.m.reader
	hs.press("n")
	if r.curMention < 0 || r.mentions[r.curMention].Key != "russia" {
		t.Fatalf("n: current mention %d", r.curMention)
	}
	first := r.focus
	var visited []int
	for range 12 {
		hs.press("n")
		visited = append(visited, r.focus)
	}
	if visited[len(visited)-1] != first {
		t.Fatalf("n did not wrap round to paragraph %d: %v", first, visited)
	}
	for i := 1; i < 11; i++ {
		if visited[i] != visited[i-1]+1 {
			t.Fatalf("n skipped a paragraph: %v", visited)
		}
	}
	// The paragraph jumped to is on screen, with its mention marked.
	hs.press("G", "N")
	if r.focus != 11 {
		t.Fatalf("N from the bottom went to %d", r.focus)
	}
	if !strings.Contains(hs.view(), hs.m.c.styles.Current.Render("Urusi")) {
		t.Fatal("the current mention is not marked")
	}
	hs.press("N")
	if r.focus != 10 || lineOf(hs.plain(), "P10x", 0) < 0 {
		t.Fatalf("N went to %d", r.focus)
	}
	hs.press("esc")
	if r.panelOpen || hs.m.screen != screenReader {
		t.Fatal("esc did not close just the panel")
	}
	hs.press("n") // still steps through the selected entity
	if r.focus != 11 {
		t.Fatalf("n after closing the panel went to %d", r.focus)
	}
}

func TestEntityColours(t *testing.T) {
	hs := newHarness(t, 100, 24)
	hs.openSW()
	st := hs.m.c.styles
	v := hs.view()
	if !strings.Contains(v, st.Entity(3).Render("Urusi")) {
		t.Fatal("Urusi not painted with Russia's colour in the original")
	}
	if !strings.Contains(v, st.Entity(3).Render("Russia")) {
		t.Fatal("Russia not painted with its colour in the English pane")
	}
}

func TestPalettesDistinct(t *testing.T) {
	for _, pal := range [][paletteSize]string{darkPalette, lightPalette} {
		seen := map[string]bool{}
		for _, c := range pal {
			if seen[c] {
				t.Fatalf("colour %s twice", c)
			}
			seen[c] = true
		}
	}
	s := newTheme(true, false)
	if s.Entity(-1).Render("x") != s.Entity(paletteSize-1).Render("x") {
		t.Fatal("negative palette index not wrapped")
	}
}
