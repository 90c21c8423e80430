package tui

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rosetta-reader/rosetta/corpus"
)

// checkFrame asserts the frame is exactly w×h cells.
func checkFrame(t *testing.T, hs *harness, w, h int) {
	t.Helper()
	lines := strings.Split(hs.view(), "\n")
	if len(lines) != h {
		t.Fatalf("%d×%d: %d lines", w, h, len(lines))
	}
	for i, ln := range lines {
		if got := ansi.StringWidth(ln); got > w {
			t.Fatalf("%d×%d: line %d is %d cells wide: %q", w, h, i, got, ansi.Strip(ln))
		}
	}
}

func TestNothingBeforeSize(t *testing.T) {
	m := New(Options{Corpus: testCorpus(3), Summaries: &fakeSummaries{}})
	if c := m.View().Content; c != "" {
		t.Fatalf("rendered before the first WindowSizeMsg: %q", c)
	}
}

func TestResize(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.openSW()
	sizes := [][2]int{{200, 60}, {60, 15}, {61, 16}, {80, 24}, {120, 15}, {60, 40}}
	for _, screen := range []string{"reader", "list", "search", "entities"} {
		for _, sz := range sizes {
			hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			checkFrame(t, hs, sz[0], sz[1])
		}
		switch screen {
		case "reader":
			hs.press("esc")
		case "list":
			hs.press("/")
			hs.typeText("Urusi")
		case "search":
			hs.press("esc", "e")
		}
	}
}

func TestReaderFocusKeptOnResize(t *testing.T) {
	hs := newHarness(t, 200, 60)
	hs.openSW()
	hs.press("G")
	hs.send(tea.WindowSizeMsg{Width: 60, Height: 15})
	if lineOf(hs.plain(), "P11x", 0) < 0 {
		t.Fatal("the focused paragraph left the screen on resize")
	}
}

func TestTooSmall(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.openSW()
	for _, sz := range [][2]int{{59, 30}, {100, 14}, {10, 3}, {1, 1}} {
		hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		v := hs.view()
		if strings.Contains(v, "\n") || !strings.Contains(v, "terminal too small") && sz[0] > 20 {
			t.Fatalf("%v: %q", sz, v)
		}
		if ansi.StringWidth(v) > sz[0] {
			t.Fatalf("%v: message wider than the terminal", sz)
		}
	}
	hs.send(tea.WindowSizeMsg{Width: 60, Height: 15})
	if !hs.contains("P0x") {
		t.Fatal("the reader did not come back after growing")
	}
}

var colourCode = regexp.MustCompile(`\x1b\[[0-9;:]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;:m]`)

func TestNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	hs := newHarness(t, 100, 30)
	views := []string{hs.view()}
	hs.openSW()
	hs.press("j")
	views = append(views, hs.view())
	hs.press("e", "n")
	views = append(views, hs.view())
	hs.press("esc", "esc", "/")
	hs.typeText("Urusi")
	views = append(views, hs.view())
	hs.press("?")
	views = append(views, hs.view())
	for i, v := range views {
		if loc := colourCode.FindStringIndex(v); loc != nil {
			t.Fatalf("view %d has a colour code %q", i, v[loc[0]:loc[1]])
		}
		if !strings.Contains(v, "\x1b[") && i < 3 {
			t.Fatalf("view %d has no emphasis at all", i)
		}
	}
}

// sgrOnly matches the only escape sequences the TUI itself emits.
var sgrOnly = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

func TestHostileText(t *testing.T) {
	evil := "\x1b]0;pwned\x07\x1b[2J\x1b[H\x9b31m\u202e\x00\x1bP+q\x1b\\"
	a := corpus.Build(corpus.Raw{ID: "evil", Title: "T" + evil, Lang: "en" + evil, Source: "S" + evil,
		Body: "P0x body " + evil + " Russia\nP1x second\n"})
	c := corpus.New([]*corpus.Article{a})
	// corpus.Build may already clean the body: put raw controls back to test
	// the TUI's own defence.
	a.Body = "P0x body " + evil + " Russia\nP1x second\n"
	a.Paragraphs = []corpus.Paragraph{{Span: corpus.Span{Start: 0, End: strings.Index(a.Body, "\n")}}}
	a.Title = "T" + evil
	sum := &fakeSummaries{err: func([]int, string) error { return errors.New("bad" + evil) }}
	hs := newHarness(t, 100, 30, func(o *Options) {
		o.Corpus, o.Summaries, o.Entities = c, hostileSummaries{sum, evil}, fakeEntities{c}
		o.Search = &fakeSearcher{c: c}
		o.Stories = []Story{{Title: "S" + evil, Articles: []string{"evil"}}}
	})
	var views []string
	views = append(views, hs.view())
	hs.press("S")
	views = append(views, hs.view())
	hs.press("enter")
	views = append(views, hs.view())
	hs.press("s", "t", "e")
	views = append(views, hs.view())
	hs.press("esc", "esc", "/")
	hs.typeText("body")
	views = append(views, hs.view())
	for i, v := range views {
		rest := sgrOnly.ReplaceAllString(v, "")
		if strings.ContainsAny(rest, "\x1b\x07\x00\u009b\u202e") {
			t.Fatalf("view %d lets a control through: %q", i, rest)
		}
	}
}

// hostileSummaries returns rows, overview and errors laced with controls.
type hostileSummaries struct {
	*fakeSummaries
	evil string
}

func (h hostileSummaries) Backend() string { return "b" + h.evil }

func (h hostileSummaries) Overview(context.Context, *corpus.Article, string) ([]OverviewPoint, error) {
	return []OverviewPoint{{Text: "O" + h.evil, Paragraphs: []int{-5, 99}}}, nil
}

func (h hostileSummaries) Rows(ctx context.Context, a *corpus.Article, paras []int, target string) ([]Row, error) {
	rows, err := h.fakeSummaries.Rows(ctx, a, paras, target)
	for i := range rows {
		rows[i].Summary += h.evil
		rows[i].Translation += h.evil
	}
	return rows, err
}

// TestWideTextKeepsColumns puts CJK, emoji, combining and zero-width text
// in both panes and checks the separator stays in one column.
func TestWideTextKeepsColumns(t *testing.T) {
	body := "普京将于6月19日至20日访问越南河内，这是他自2017年以来首次对越南进行国事访问。\n" +
		"👩‍👩‍👧‍👦 family 🇻🇳 flag e\u0301\u0301 and zero\u200bwidth Urusi\n" +
		strings.Repeat("ｗｉｄｅ ", 30) + "\n"
	c := corpus.New([]*corpus.Article{corpus.Build(corpus.Raw{ID: "wide", Title: "普京 👩‍👩‍👧‍👦", Lang: "zh", Body: body})})
	for _, w := range []int{60, 100, 200} {
		hs := newHarness(t, w, 30, func(o *Options) {
			o.Corpus, o.Entities, o.Stories = c, fakeEntities{c}, nil
			o.Summaries = hostileSummaries{&fakeSummaries{}, "安全 👍🏽 e\u0301"}
		})
		hs.press("enter")
		want := -1
		for y, ln := range hs.plain()[1:hs.m.c.bodyH] {
			i := strings.Index(ln, "│")
			if i < 0 {
				t.Fatalf("width %d: line %d has no separator: %q", w, y+1, ln)
			}
			col := ansi.StringWidth(ln[:i])
			if want < 0 {
				want = col
			}
			if col != want {
				t.Fatalf("width %d: separator at column %d on line %d, %d above:\n%s", w, col, y+1, want,
					strings.Join(hs.plain(), "\n"))
			}
		}
	}
}
