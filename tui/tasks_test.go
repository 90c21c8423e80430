package tui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

// fakeRefresher reports two progress steps and then swaps in a corpus
// with one more article.
type fakeRefresher struct {
	sources []string
	next    *corpus.Corpus
	err     error
}

func (f *fakeRefresher) Refresh(_ context.Context, source string, progress func(done, total int)) error {
	f.sources = append(f.sources, source)
	progress(1, 2)
	progress(2, 2)
	return f.err
}

func (f *fakeRefresher) Corpus() *corpus.Corpus { return f.next }

func TestReload(t *testing.T) {
	c := testCorpus(3)
	next := corpus.New(append(append([]*corpus.Article(nil), c.Articles...),
		corpus.Build(corpus.Raw{ID: "new", Title: "Fresh article", Lang: "en", Body: "New.\n"})))
	ref := &fakeRefresher{next: next}
	hs := newHarness(t, 100, 20, func(o *Options) { o.Corpus, o.Refresh = c, ref })
	// Step through the Cmds by hand to see the progress on screen.
	nm, cmd := hs.m.Update(keyMsg("r"))
	hs.m = nm.(Model)
	msg := cmd()
	nm, cmd = hs.m.Update(msg)
	hs.m = nm.(Model)
	if !hs.contains("reloading 1/2") {
		t.Fatalf("no progress in the status bar: %q", hs.plain()[len(hs.plain())-2])
	}
	hs.run(cmd)
	if !hs.contains("reloaded") || !hs.contains("Fresh article") {
		t.Fatal("the new corpus is not listed after the reload")
	}
	hs.press("R")
	if len(ref.sources) != 2 || ref.sources[0] != "feed-sw" || ref.sources[1] != "" {
		t.Fatalf("sources reloaded: %q", ref.sources)
	}
	ref.err = errors.New("feed down")
	hs.press("R")
	if !hs.contains("reload: feed down") {
		t.Fatal("a failed reload is not reported")
	}
}

func TestOpenURL(t *testing.T) {
	t.Setenv("BROWSER", "")
	hs := newHarness(t, 100, 20)
	hs.press("o")
	if !hs.contains("set $BROWSER") {
		t.Fatal("no hint when $BROWSER is unset")
	}
	t.Setenv("BROWSER", "true:firefox")
	hs = newHarness(t, 100, 20)
	_, cmd := hs.m.Update(keyMsg("o"))
	if cmd == nil || hs.contains("⚠") {
		t.Fatal("o did not start the browser")
	}
	if _, err := openURLCmd("xdg-open --new", ""); err == nil {
		t.Fatal("an article without URL opened")
	}
}

func TestMouse(t *testing.T) {
	wheel := tea.MouseWheelMsg{Button: tea.MouseWheelDown}
	off := newHarness(t, 100, 20)
	off.openSW()
	off.send(wheel)
	if off.m.View().MouseMode != tea.MouseModeNone || off.m.reader.offset != 0 {
		t.Fatal("mouse active without Options.Mouse")
	}
	on := newHarness(t, 100, 20, func(o *Options) { o.Mouse = true })
	on.openSW()
	on.send(wheel)
	if on.m.View().MouseMode != tea.MouseModeCellMotion || on.m.reader.offset != 3 {
		t.Fatalf("wheel: mode %v offset %d", on.m.View().MouseMode, on.m.reader.offset)
	}
	if lineOf(on.plain(), fmt.Sprintf("P%dx", on.m.reader.focus), 0) < 0 {
		t.Fatal("the focus was left off screen by the wheel")
	}
}

func TestThemeFollowsTerminal(t *testing.T) {
	hs := newHarness(t, 100, 20, func(o *Options) { o.Theme = "auto" })
	if cmd := hs.m.Init(); cmd == nil {
		t.Fatal("auto theme does not ask for the background")
	}
	hs.send(tea.BackgroundColorMsg{Color: color.White})
	if hs.m.c.isDark {
		t.Fatal("a white background did not switch to the light theme")
	}
	light := hs.view()
	hs.send(tea.BackgroundColorMsg{Color: color.Black})
	if !hs.m.c.isDark || hs.view() == light {
		t.Fatal("a black background did not switch back to dark")
	}
	fixed := newHarness(t, 100, 20, func(o *Options) { o.Theme = "light" })
	fixed.send(tea.BackgroundColorMsg{Color: color.Black})
	if fixed.m.c.isDark {
		t.Fatal("theme = light was overridden by the terminal")
	}
	if !strings.Contains(light, "\x1b[") {
		t.Fatal("no styling in the light theme")
	}
}
