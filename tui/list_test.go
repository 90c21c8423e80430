package tui

import (
	"context"
	"strings"
	"testing"
)

func TestListRows(t *testing.T) {
	hs := newHarness(t, 100, 20)
	lines := hs.plain()
	for _, want := range []string{"sw  Putin kuzuru Hanoi", "sq  Putin në Hanoi", "en  Putin visits Hanoi", "BBC Swahili", "Reuters"} {
		if !strings.Contains(strings.Join(lines, "\n"), want) {
			t.Errorf("list lacks %q", want)
		}
	}
	if !strings.Contains(lines[1], "●") {
		t.Errorf("unread marker missing: %q", lines[1])
	}
	if !strings.Contains(lines[1], "204w") {
		t.Errorf("word count missing: %q", lines[1])
	}
}

func TestListReadStarUnread(t *testing.T) {
	hs := newHarness(t, 100, 20)
	state := hs.opts.State.(*fakeState)
	hs.press("*")
	if !strings.Contains(hs.plain()[1], "★") || !state.m["sw1"].Starred {
		t.Fatal("* did not star the article")
	}
	hs.press("m")
	if strings.Contains(hs.plain()[1], "●") || !state.m["sw1"].Read {
		t.Fatal("m did not mark the article read")
	}
	hs.press("u")
	if hs.contains("Putin kuzuru Hanoi") || !hs.contains("unread only") {
		t.Fatal("u did not hide the read article")
	}
	hs.press("enter", "esc") // opening marks read
	if !state.m["sq1"].Read {
		t.Fatal("opening did not mark the article read")
	}
	if hs.contains("Putin në Hanoi") {
		t.Fatal("the article read in the reader is still listed as unread")
	}
}

func TestListStateFeatureHidden(t *testing.T) {
	hs := newHarness(t, 100, 20, func(o *Options) { o.State = nil; o.Stories = nil })
	if hs.contains("●") {
		t.Fatal("read markers shown without a ReadState")
	}
	hs.press("u", "S")
	if hs.m.list.unreadOnly || hs.m.list.grouped {
		t.Fatal("u/S active without their services")
	}
	if strings.Contains(hs.plain()[len(hs.plain())-1], "unread") {
		t.Fatal("help offers a hidden feature")
	}
}

func TestListGroupByStory(t *testing.T) {
	hs := newHarness(t, 100, 20, func(o *Options) {
		o.Stories = []Story{{Title: "Putin in Hanoi", Articles: []string{"sw1", "en1"}}}
	})
	hs.press("S")
	lines := hs.plain()
	if !strings.HasPrefix(lines[1], "Putin in Hanoi") || !strings.Contains(lines[4], "Other articles") {
		t.Fatalf("grouped list:\n%s", strings.Join(lines[:6], "\n"))
	}
	if a := hs.m.list.selected(); a == nil || a.ID != "sw1" {
		t.Fatal("cursor not on the first article of the first story")
	}
	hs.press("j")
	if a := hs.m.list.selected(); a.ID != "en1" {
		t.Fatalf("j moved to %s, want en1 (story order)", a.ID)
	}
	hs.press("j")
	if a := hs.m.list.selected(); a.ID != "sq1" {
		t.Fatalf("j moved to %s: the story title line must be skipped", a.ID)
	}
	// ] stays inside the story when grouped.
	hs.press("k", "k", "enter", "]")
	if hs.m.reader.art.ID != "en1" {
		t.Fatalf("] opened %s", hs.m.reader.art.ID)
	}
	hs.press("]")
	if hs.m.reader.art.ID != "en1" {
		t.Fatalf("] left the story for %s", hs.m.reader.art.ID)
	}
}

func TestEntityFilter(t *testing.T) {
	hs := newHarness(t, 100, 20)
	hs.press("e")
	if hs.m.screen != screenEntities || !hs.contains("Russia") || !hs.contains("Urusi · Russia") {
		t.Fatal("entity panel not shown with names and forms")
	}
	if !hs.contains("sw:12 sq:1 en:1") {
		t.Fatalf("per-article counts missing:\n%s", strings.Join(hs.plain(), "\n"))
	}
	hs.press("enter")
	if hs.m.screen != screenList || !hs.contains("mentioning Russia") {
		t.Fatal("enter did not filter the list")
	}
	hs.press("e", "j", "enter") // Hanoi: mentioned nowhere in the fake
	if hs.contains("Putin") || !hs.contains("no articles") {
		t.Fatal("filter by an unmentioned entity still lists articles")
	}
	hs.press("esc")
	if hs.contains("mentioning") || !hs.contains("Putin visits Hanoi") {
		t.Fatal("esc did not clear the filter")
	}
}

type fakeStorySource struct{ calls *int }

func (f fakeStorySource) Stories(context.Context) []Story {
	*f.calls++
	return []Story{{Title: "Putin in Hanoi", Articles: []string{"sw1", "en1"}}}
}

func TestStorySourceLoadsAfterStart(t *testing.T) {
	calls := 0
	// Before Init's commands run, nothing is grouped: start-up never waits.
	m := New(Options{Corpus: testCorpus(1), Summaries: &fakeSummaries{}, StorySource: fakeStorySource{&calls}})
	if calls != 0 || len(m.c.opts.Stories) != 0 {
		t.Fatal("stories grouped before the first frame")
	}
	hs := newHarness(t, 100, 20, func(o *Options) {
		o.Stories = nil
		o.StorySource = fakeStorySource{&calls}
	})
	if calls != 1 {
		t.Fatalf("StorySource called %d times, want 1", calls)
	}
	hs.press("S")
	if lines := hs.plain(); !strings.HasPrefix(lines[1], "Putin in Hanoi") {
		t.Fatalf("S did not group by the loaded stories:\n%s", strings.Join(lines[:4], "\n"))
	}
}
