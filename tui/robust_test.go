package tui

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/rosetta-reader/rosetta/corpus"
)

// TestKeyMash presses random bound keys on every screen, with odd articles
// (empty, one word, headings only) and odd sizes, and checks that the
// frame always fits the terminal.
func TestKeyMash(t *testing.T) {
	var keys []string
	km := reflect.ValueOf(DefaultKeyMap())
	for i := range km.NumField() {
		b := km.Field(i).Interface().(key.Binding)
		for _, k := range b.Keys() {
			if k != "q" && k != "ctrl+c" && k != "ctrl+z" && k != "o" {
				keys = append(keys, k)
			}
		}
	}
	odd := corpus.New([]*corpus.Article{
		{ID: "empty", Title: "", Lang: ""},
		corpus.Build(corpus.Raw{ID: "one", Title: "x", Lang: "sw", Body: "neno"}),
		corpus.Build(corpus.Raw{ID: "wide", Title: "普京", Lang: "zh", Body: "普京将于6月19日至20日访问越南河内👩‍👩‍👧‍👦。\n\n" + "e\u0301\u0301\u0301 combining"}),
	})
	rng := rand.New(rand.NewPCG(1, 2))
	sizes := [][2]int{{60, 15}, {200, 60}, {73, 19}}
	for _, c := range []*corpus.Corpus{odd, testCorpus(30)} {
		hs := newHarness(t, 100, 30, func(o *Options) {
			o.Corpus, o.Entities, o.Search = c, fakeEntities{c}, &fakeSearcher{c: c}
			o.Mouse = true
		})
		for i := range 600 {
			k := keys[rng.IntN(len(keys))]
			if hs.m.screen == screenSearch && rng.IntN(4) != 0 {
				k = "esc" // typing waits for the debounce: keep it short
			}
			hs.press(k)
			if i%50 == 0 {
				sz := sizes[rng.IntN(len(sizes))]
				hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				hs.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
			}
			checkFrame(t, hs, hs.m.c.width, hs.m.c.height)
		}
	}
}
