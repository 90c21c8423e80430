package tui

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
)

func TestActions(t *testing.T) {
	acts := Actions()
	for _, want := range []string{"quit", "next_article", "prev_article", "open_url", "reload_all",
		"half_page_down", "toggle_summary", "cycle_language", "force_quit"} {
		if !slices.Contains(acts, want) {
			t.Errorf("Actions() lacks %q", want)
		}
	}
	if n := reflect.TypeFor[KeyMap]().NumField(); len(acts) != n {
		t.Fatalf("%d actions for %d bindings", len(acts), n)
	}
	if !slices.IsSorted(acts) {
		t.Fatal("Actions() not sorted")
	}
	// Every binding has keys and help by default.
	km := reflect.ValueOf(DefaultKeyMap())
	for i := range km.NumField() {
		b := km.Field(i).Interface().(key.Binding)
		if len(b.Keys()) == 0 || b.Help().Desc == "" {
			t.Errorf("binding %s has no keys or help", km.Type().Field(i).Name)
		}
	}
}

func TestSnake(t *testing.T) {
	for in, want := range map[string]string{
		"Quit": "quit", "NextArticle": "next_article", "OpenURL": "open_url", "HalfPageDown": "half_page_down",
		"URLOpen": "url_open",
	} {
		if got := snake(in); got != want {
			t.Errorf("snake(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOverrides(t *testing.T) {
	km, err := DefaultKeyMap().withOverrides(map[string][]string{"quit": {"x", "ctrl+q"}, "star": nil})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(km.Quit.Keys(), []string{"x", "ctrl+q"}) || km.Quit.Help().Key != "x/ctrl+q" {
		t.Fatalf("quit: keys %v help %q", km.Quit.Keys(), km.Quit.Help().Key)
	}
	if km.Star.Enabled() {
		t.Fatal("an action bound to no keys stays enabled")
	}
	_, err = DefaultKeyMap().withOverrides(map[string][]string{"nope": {"z"}})
	var ue *UnknownActionError
	if !errors.As(err, &ue) || ue.Action != "nope" {
		t.Fatalf("unknown action: err %v", err)
	}
}

func TestRebindingInModel(t *testing.T) {
	hs := newHarness(t, 100, 20, func(o *Options) {
		o.Keys = map[string][]string{"down": {"x"}, "next_article": {"ctrl+n"}}
	})
	hs.press("j")
	if hs.m.list.cursor != 0 {
		t.Fatal("j still moves down after rebinding down to x")
	}
	hs.press("x")
	if hs.m.list.cursor != 1 {
		t.Fatal("x does not move down")
	}
	help := hs.plain()[len(hs.plain())-1]
	if !strings.Contains(help, "x down") || strings.Contains(help, "j/↓") {
		t.Fatalf("help does not show the bound key: %q", help)
	}
	hs.press("k", "enter", "ctrl+n")
	if hs.m.reader.art.ID != "sq1" {
		t.Fatalf("ctrl+n opened %s", hs.m.reader.art.ID)
	}
	hs.press("?")
	if !hs.contains("ctrl+n") {
		t.Fatal("full help does not show the rebound next_article")
	}
}

func TestUnknownOverrideReported(t *testing.T) {
	hs := newHarness(t, 100, 20, func(o *Options) { o.Keys = map[string][]string{"bogus": {"z"}} })
	if !hs.contains(`unknown key action "bogus"`) {
		t.Fatal("an unknown action is not reported")
	}
}

func TestHelpToggle(t *testing.T) {
	hs := newHarness(t, 100, 30)
	short := len(hs.m.helpKeys().short)
	hs.press("?")
	if !hs.m.help.ShowAll {
		t.Fatal("? did not open the full help")
	}
	if !hs.contains("half page down") || short == 0 {
		t.Fatal("full help lacks bindings")
	}
	checkFrame(t, hs, 100, 30)
	hs.press("?")
	if hs.m.help.ShowAll {
		t.Fatal("? did not close the full help")
	}
}
