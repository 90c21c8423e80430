package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

func article(id, lang, body string) *corpus.Article {
	a := corpus.Build(corpus.Raw{ID: id, Body: body, Lang: lang})
	a.Lang = lang
	for k := range a.Paragraphs {
		a.Paragraphs[k].Lang = lang
	}
	return a
}

func TestLookupAcrossLanguages(t *testing.T) {
	ix := Link(sampleCorpus(t))
	for _, c := range []struct{ surface, lang, key string }{
		{"Urusi", "sw", "cldr:RU"},
		{"Rusisë", "sq", "cldr:RU"},
		{"Russia", "en", "cldr:RU"},
		{"Putinit", "sq", "vladimir-putin"},
		{"Marekani", "sw", "cldr:US"},
		{"SHBA-ja", "sq", "cldr:US"},
		{"Pheniani", "sq", "pyongyang"},
		{"Mahakama ya Kimataifa ya Uhalifu", "sw", "icc"},
		{"Gjykata Ndërkombëtare Penale", "sq", "icc"},
		{"Prashanth Parameswaran", "en", "~prashanth-parameswaran"},
		{"Berlin", "en", "berlin"}, // in the gazetteer, not in the sample
	} {
		e, ok := ix.Lookup(c.surface, c.lang)
		if !ok || e.Key != c.key {
			t.Errorf("Lookup(%q, %s) = %v, %v; want %s", c.surface, c.lang, e, ok, c.key)
		}
	}
	for _, s := range []string{"", "Thursday", "Rais", "zzzz"} {
		if e, ok := ix.Lookup(s, "en"); ok {
			t.Errorf("Lookup(%q) = %s, want nothing", s, e.Key)
		}
	}
}

func TestAliases(t *testing.T) {
	ix := Link(sampleCorpus(t))
	got := ix.Aliases("cldr:RU")
	for _, f := range []string{"Russia", "Urusi", "Rusi", "Rusia", "Rusisë"} {
		if !slices.Contains(got, f) {
			t.Errorf("Aliases(cldr:RU) lacks %q: %q", f, got)
		}
	}
	for _, f := range []string{"Russian", "Kirusi", "rus"} {
		if slices.Contains(got, f) {
			t.Errorf("Aliases(cldr:RU) has demonym %q", f)
		}
	}
	if !slices.IsSorted(got) {
		t.Errorf("Aliases not sorted: %q", got)
	}
	if got := ix.Aliases("no-such-key"); len(got) != 0 {
		t.Errorf("Aliases(unknown) = %q", got)
	}
}

// Names the gazetteer does not know link across articles by spelling:
// an Albanian case ending, a lone surname, text glued by scraping.
func TestLinkUnknownNames(t *testing.T) {
	ix := LinkArticles([]*corpus.Article{
		article("a", "en", "The ambassador, Gennady Bezdetko, spoke. The analyst Prashanth Parameswaran agreed."),
		article("b", "sq", "Ambasadori Bezdetko foli sot në Hanoi."),
		article("c", "en", "Later, said Prashanth Parameswaranan on television."),
		article("d", "en", "Minh Hoang took the photo. Minh Khang wrote the text."),
	})
	for key, arts := range map[string]int{
		"~gennady-bezdetko":       2,
		"~prashanth-parameswaran": 2,
	} {
		e, ok := ix.Entity(key)
		if !ok || e.Articles() != arts {
			t.Errorf("entity %s: %+v, want %d articles", key, e, arts)
		}
	}
	a, _ := ix.Lookup("Minh Hoang", "en")
	b, _ := ix.Lookup("Minh Khang", "en")
	if a == nil || b == nil || a.Key == b.Key {
		t.Errorf("Minh Hoang and Minh Khang must stay apart: %v %v", a, b)
	}
	if e, _ := ix.Entity("~gennady-bezdetko"); e != nil && e.Name != "Gennady Bezdetko" {
		t.Errorf("name %q, want the full name", e.Name)
	}
}

// The same keys come back when an English translation is recognised.
func TestIndexRecognizeTranslation(t *testing.T) {
	ix := LinkArticles([]*corpus.Article{
		article("sq", "sq", "Ambasadori rus Gennady Bezdetko foli për Rusinë."),
		article("en", "en", "The Russian envoy Gennady Bezdetko spoke."),
	})
	ms := ix.Recognize("Russia's ambassador, Gennady Bezdetko, spoke about Russia.", "en")
	got := mentionTexts(ms)
	for _, w := range []string{"Russia=cldr:RU", "Gennady Bezdetko=~gennady-bezdetko"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s in %q", w, got)
		}
	}
}

func TestInArticleSortedAndExact(t *testing.T) {
	c := sampleCorpus(t)
	ix := Link(c)
	for _, a := range c.Articles {
		ms := ix.InArticle(a.ID)
		if !slices.IsSortedFunc(ms, func(x, y ArticleMention) int { return x.Start - y.Start }) {
			t.Errorf("%s: mentions not sorted", a.ID)
		}
		var plain []Mention
		for _, m := range ms {
			if m.Article != a.ID || a.Body[m.Start:m.End] != m.Text {
				t.Errorf("%s: bad mention %+v", a.ID, m)
			}
			plain = append(plain, m.Mention())
		}
		keyed := 0
		for _, p := range Pieces(a.Body, plain) {
			if p.Key != "" {
				keyed++
			}
		}
		if keyed != len(ms) {
			t.Errorf("%s: %d of %d mentions survive Pieces", a.ID, keyed, len(ms))
		}
	}
	if ms := ix.InArticle("nope"); len(ms) != 0 {
		t.Errorf("InArticle(nope) = %v", ms)
	}
}

func TestLinkEmpty(t *testing.T) {
	for _, ix := range []*Index{Link(nil), LinkArticles(nil), LinkArticles([]*corpus.Article{nil, {ID: "x"}})} {
		if len(ix.Entities()) != 0 || len(ix.Shared()) != 0 {
			t.Errorf("empty corpus gave entities")
		}
	}
}

func TestColourStable(t *testing.T) {
	seen := map[int]bool{}
	for _, k := range []string{"cldr:RU", "vladimir-putin", "hanoi", "cldr:VN", "cldr:US", "icc", "to-lam", "moscow"} {
		c := Colour(k)
		if c < 0 || c >= PaletteSize || c != Colour(k) {
			t.Fatalf("Colour(%s) = %d", k, c)
		}
		seen[c] = true
	}
	if len(seen) < 4 {
		t.Errorf("8 keys share only %d colours", len(seen))
	}
	// Fixed values: colours must not change between releases.
	if Colour("cldr:RU") != Colour(strings.Clone("cldr:RU")) {
		t.Error("colour depends on more than the key")
	}
}

func TestPieces(t *testing.T) {
	text := "Putin met To Lam in Hanoi."
	ms := Recognize(text, "en")
	ps := Pieces(text, append(ms, Mention{Start: 2, End: 100}, Mention{Start: 0, End: 3}))
	var b strings.Builder
	var keys []string
	for _, p := range ps {
		b.WriteString(p.Text)
		if p.Key != "" {
			keys = append(keys, p.Key)
		}
	}
	if b.String() != text {
		t.Errorf("pieces join to %q", b.String())
	}
	if !slices.Equal(keys, []string{"vladimir-putin", "to-lam", "hanoi"}) {
		t.Errorf("keys %q", keys)
	}
}
