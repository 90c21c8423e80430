package tui

import (
	"strings"
	"testing"
	"time"
)

func TestSearchFlow(t *testing.T) {
	hs := newHarness(t, 100, 30)
	searcher := hs.opts.Search.(*fakeSearcher)
	hs.press("/")
	if hs.m.screen != screenSearch {
		t.Fatal("/ did not open search")
	}
	hs.typeText("P7x")
	// Each keystroke schedules a debounce tick; only the last one searches.
	if got := searcher.seen(); len(got) != 1 || got[0] != "P7x" {
		t.Fatalf("queries sent: %q, want just the final one", got)
	}
	if !hs.contains("1 results for P7x") || !hs.contains("¶8") {
		t.Fatalf("results not shown:\n%s", strings.Join(hs.plain(), "\n"))
	}
	// The typed letters went to the input, not to the list's keys.
	if hs.m.screen != screenSearch {
		t.Fatal("typing left the search screen")
	}
	hs.press("enter")
	r := &hs.m.reader
	if hs.m.screen != screenReader || r.art.ID != "sw1" || r.focus != 7 {
		t.Fatalf("enter: screen %d focus %d", hs.m.screen, r.focus)
	}
	if lineOf(hs.plain(), "P7x", 0) < 0 {
		t.Fatal("the hit paragraph is not on screen")
	}
	if !strings.Contains(hs.view(), hs.m.c.styles.Match.Render("P7x")) {
		t.Fatal("the match is not highlighted in the original")
	}
	hs.press("esc")
	if hs.m.screen != screenSearch || !hs.contains("1 results for P7x") {
		t.Fatal("esc did not return to the results")
	}
	hs.press("esc")
	if hs.m.screen != screenList {
		t.Fatal("esc again did not close search")
	}
}

func TestSearchStaleDropped(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.press("/")
	hs.typeText("Urusi")
	before := hs.m.search.seq
	// A result for an older query arrives after the user typed more.
	hs.send(searchResultsMsg{seq: before - 1, hits: []SearchHit{{Article: "en1", Snippet: "OLD"}}})
	if hs.contains("OLD") {
		t.Fatal("a stale result was shown")
	}
	if len(hs.m.search.hits) != 12 {
		t.Fatalf("%d hits for Urusi, want 12", len(hs.m.search.hits))
	}
}

func TestSearchCancelsPrevious(t *testing.T) {
	hs := newHarness(t, 100, 30)
	searcher := hs.opts.Search.(*fakeSearcher)
	searcher.slow = map[string]bool{"slow": true}
	searcher.aborted = make(chan string, 1)
	hs.press("/")
	hs.typeText("slow")
	// The slow query blocks until cancelled; the harness gives up on it.
	if hs.m.search.cancel == nil {
		t.Fatal("no running query")
	}
	hs.typeText("P1x")
	deadline := time.Now().Add(time.Second)
	for len(searcher.seen()) < 2 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := searcher.seen(); len(got) != 2 || got[1] != "slowP1x" {
		t.Fatalf("queries %q", got)
	}
	select {
	case q := <-searcher.aborted:
		if q != "slow" {
			t.Fatalf("aborted %q", q)
		}
	case <-time.After(time.Second):
		t.Fatal("the previous query's context was not cancelled")
	}
}

func TestSearchStepHits(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.press("/")
	hs.typeText("maneno mengi.")
	hs.press("enter")
	r := &hs.m.reader
	first := r.focus
	if len(r.hitParas) < 2 {
		t.Fatalf("hit paragraphs %v", r.hitParas)
	}
	hs.press("n")
	if r.focus <= first {
		t.Fatalf("n: focus %d after %d", r.focus, first)
	}
	hs.press("N")
	if r.focus != first {
		t.Fatalf("N: focus %d, want %d", r.focus, first)
	}
}

func TestQueryTerms(t *testing.T) {
	got := queryTerms(`Rusisë AND "Putin" OR x`, []SearchHit{{Snippet: "the Vietnamit here", Spans: [][2]int{{4, 13}}}})
	want := []string{"rusise", "putin", "vietnamit"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("queryTerms = %q, want %q", got, want)
	}
	ms := termMarks("Rusia na Rusisë, rusi.", []string{"rusi"})
	if len(ms) != 3 {
		t.Fatalf("termMarks found %d words, want 3", len(ms))
	}
}
