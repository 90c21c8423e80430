package tui

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/key"
)

// KeyMap holds every key binding of the TUI. Its field names, in
// snake_case, are the action names accepted by Options.Keys (see Actions).
type KeyMap struct {
	Up, Down                   key.Binding
	HalfPageUp, HalfPageDown   key.Binding
	Top, Bottom                key.Binding
	Open, Back                 key.Binding
	Quit, ForceQuit, Suspend   key.Binding
	Help                       key.Binding
	Search, Entities           key.Binding
	NextMatch, PrevMatch       key.Binding
	ToggleRead, Star           key.Binding
	UnreadOnly, GroupStories   key.Binding
	SwitchPane                 key.Binding
	ToggleSummary              key.Binding
	ToggleOriginal             key.Binding
	CycleLanguage              key.Binding
	PrevArticle, NextArticle   key.Binding
	Reload, ReloadAll, OpenURL key.Binding
	Pager                      key.Binding
}

// DefaultKeyMap returns the default bindings.
func DefaultKeyMap() KeyMap {
	b := func(help string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(helpKeys(keys), help))
	}
	return KeyMap{
		Up:             b("up", "k", "up"),
		Down:           b("down", "j", "down"),
		HalfPageUp:     b("half page up", "ctrl+u", "pgup"),
		HalfPageDown:   b("half page down", "ctrl+d", "pgdown"),
		Top:            b("top", "g", "home"),
		Bottom:         b("bottom", "G", "end"),
		Open:           b("open", "enter"),
		Back:           b("back", "esc", "h", "backspace"),
		Quit:           b("quit", "q"),
		ForceQuit:      b("quit", "ctrl+c"),
		Suspend:        b("suspend", "ctrl+z"),
		Help:           b("help", "?"),
		Search:         b("search", "/"),
		Entities:       b("entities", "e"),
		NextMatch:      b("next match", "n"),
		PrevMatch:      b("prev match", "N"),
		ToggleRead:     b("read/unread", "m"),
		Star:           b("star", "*"),
		UnreadOnly:     b("unread only", "u"),
		GroupStories:   b("stories", "S"),
		SwitchPane:     b("switch pane", "tab"),
		ToggleSummary:  b("summary/full", "s"),
		ToggleOriginal: b("original/translated", "t"),
		CycleLanguage:  b("language", "l"),
		PrevArticle:    b("prev article", "["),
		NextArticle:    b("next article", "]"),
		Reload:         b("reload source", "r"),
		ReloadAll:      b("reload all", "R"),
		OpenURL:        b("open in browser", "o"),
		Pager:          b("markdown view", "p"),
	}
}

// helpKeys is the key column of the help: the bound keys, so that help
// always tells the truth after rebinding.
func helpKeys(keys []string) string {
	shown := make([]string, len(keys))
	for i, k := range keys {
		if a, ok := keyArrows[k]; ok {
			k = a
		}
		shown[i] = k
	}
	return strings.Join(shown, "/")
}

var keyArrows = map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→"}

// Actions returns the action names Options.Keys accepts, sorted.
func Actions() []string {
	t := reflect.TypeFor[KeyMap]()
	out := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		out = append(out, snake(t.Field(i).Name))
	}
	sort.Strings(out)
	return out
}

// UnknownActionError reports an override for an action that does not exist.
type UnknownActionError struct{ Action string }

func (e *UnknownActionError) Error() string {
	return fmt.Sprintf("unknown key action %q", e.Action)
}

// withOverrides returns km with the keys of the named actions replaced. An
// action bound to no keys is disabled. Unknown names are reported and
// otherwise ignored.
func (km KeyMap) withOverrides(over map[string][]string) (KeyMap, error) {
	v := reflect.ValueOf(&km).Elem()
	byName := make(map[string]int, v.NumField())
	for i := range v.NumField() {
		byName[snake(v.Type().Field(i).Name)] = i
	}
	var unknown error
	names := make([]string, 0, len(over))
	for name := range over {
		names = append(names, name)
	}
	sort.Strings(names) // deterministic: the first unknown name is reported
	for _, name := range names {
		i, ok := byName[name]
		if !ok {
			if unknown == nil {
				unknown = &UnknownActionError{Action: name}
			}
			continue
		}
		b := v.Field(i).Addr().Interface().(*key.Binding)
		keys := over[name]
		desc := b.Help().Desc
		if len(keys) == 0 {
			b.Unbind()
			continue
		}
		b.SetKeys(keys...)
		b.SetHelp(helpKeys(keys), desc)
	}
	return km, unknown
}

// snake turns a Go field name into its action name: NextArticle →
// next_article, ReloadAll → reload_all, OpenURL → open_url.
func snake(s string) string {
	r := []rune(s)
	var b strings.Builder
	for i, c := range r {
		if unicode.IsUpper(c) && i > 0 {
			prevLower := unicode.IsLower(r[i-1])
			nextLower := i+1 < len(r) && unicode.IsLower(r[i+1])
			if prevLower || (unicode.IsUpper(r[i-1]) && nextLower) {
				b.WriteByte('_')
			}
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}
