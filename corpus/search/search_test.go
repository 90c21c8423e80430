package search

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
)

// handDocs is the embedded sample with hand-written English for the
// Swahili paragraphs that mention Russia and entity names for the Albanian
// paragraphs that mention Moscow: index tests that must not depend on the
// translation or entity packages use it.
func handDocs(t testing.TB) []Doc {
	t.Helper()
	c := corpus.Sample()
	var docs []Doc
	for i, a := range c.Articles {
		cp := *a
		cp.Source = []string{"Taifa", "RTK", "NewsBytes", "RKS News", "Euronews"}[i%5]
		cp.Published = time.Date(2024, 6, 18+i, 0, 0, 0, 0, time.UTC)
		d := Doc{Article: &cp, English: make([]string, len(a.Paragraphs)), Entities: make([][]string, len(a.Paragraphs))}
		for i := range a.Paragraphs {
			p := a.ParagraphText(i)
			if strings.Contains(p, "Urusi") {
				d.English[i] = "Russia and Vietnam, said the text about " + p[:min(len(p), 10)]
				d.Entities[i] = []string{"Russia", "Urusi", "Rusia", "Rusisë"}
			}
			if strings.Contains(p, "Moska") {
				d.Entities[i] = []string{"Moscow", "Moska", "Moskva"}
			}
		}
		docs = append(docs, d)
	}
	return docs
}

func openHand(t testing.TB, opts ...Option) (*Index, []Doc) {
	t.Helper()
	ix, err := Open(context.Background(), "", opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	docs := handDocs(t)
	st, err := ix.Update(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	if st.Added != len(docs) {
		t.Fatalf("stats %+v, want %d added", st, len(docs))
	}
	return ix, docs
}

func search(t *testing.T, ix *Index, q string) *Result {
	t.Helper()
	r, err := ix.Search(context.Background(), q, 20)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return r
}

func prefixes(r *Result) []string {
	var out []string
	for _, h := range r.Hits {
		if id := h.Article[:3]; !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	return out
}

func TestFoldingFindsAccentedAndCasedForms(t *testing.T) {
	ix, _ := openHand(t)
	for q, want := range map[string][]string{
		"rusise": {"000", "001"}, // 001 by its text, 000 by its entity names
		"PUTIN":  {"000", "001", "002", "003", "004"},
		"moska":  {"001"},
	} {
		if got := prefixes(search(t, ix, q)); !slices.Equal(got, want) {
			t.Errorf("%s: articles %v, want %v", q, got, want)
		}
	}
	r := search(t, ix, "rusise")
	var spanned bool
	for _, h := range r.Hits {
		if h.Article[:3] == "001" && len(h.SnippetSpans) > 0 {
			sp := h.SnippetSpans[0]
			spanned = h.Snippet[sp[0]:sp[1]] == "Rusisë"
		}
	}
	if !spanned {
		t.Errorf("no highlighted Rusisë in 001's hits: %+v", r.Hits)
	}
}

func TestVietnameseAndStrokedLetters(t *testing.T) {
	ix, err := Open(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	a := corpus.Build(corpus.Raw{ID: "vi", Lang: "en", Body: "Nguyễn Phú Trọng met Tô Lâm.\nThe rouble-đồng payment system was discussed."})
	if _, err := ix.Update(context.Background(), []Doc{{Article: a}}); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"Nguyen", "nguyễn", "to lam", `"tô lâm"`, "dong", "ĐỒNG"} {
		r := search(t, ix, q)
		if len(r.Hits) == 0 || len(r.Hits[0].Spans) == 0 {
			t.Errorf("%q: no highlighted hit: %+v", q, r.Hits)
		}
	}
}

func TestCrossLanguageThroughEnglishAndEntities(t *testing.T) {
	ix, _ := openHand(t)
	r := search(t, ix, "russia lang:sw")
	for _, h := range r.Hits {
		if h.Article[:3] != "000" || h.Lang != "sw" {
			t.Errorf("lang:sw returned %s (%s)", h.Article, h.Lang)
		}
		// The Swahili text has no "Russia": these match by entity names.
		if h.Field == "original" && len(h.Spans) != 0 {
			t.Errorf("spans %v in a Swahili paragraph for russia", h.Spans)
		}
	}
	if len(r.Hits) == 0 {
		t.Fatal("russia lang:sw: no hits")
	}
	r = search(t, ix, `"russia and vietnam" lang:sw`)
	if len(r.Hits) == 0 || r.Hits[0].Field != "translation" || r.Hits[0].Snippet[r.Hits[0].SnippetSpans[0][0]:r.Hits[0].SnippetSpans[0][1]] != "Russia and Vietnam" {
		t.Errorf("want a highlighted translation hit: %+v", r.Hits)
	}
	// An Expander finds surface forms nobody indexed as entity names.
	exp := ExpanderFunc(func(term string) []string {
		if strings.EqualFold(term, "Moscow") {
			return []string{"Moska", "Moskva"}
		}
		return nil
	})
	ix2, docs := openHand(t, WithExpander(exp))
	for i := range docs {
		docs[i].Entities = nil
	}
	if _, err := ix2.Update(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	if got := prefixes(search(t, ix2, "moscow lang:sq")); !slices.Equal(got, []string{"001"}) {
		t.Errorf("moscow lang:sq via the expander: %v, want [001]", got)
	}
}

func TestFiltersAndExclusion(t *testing.T) {
	ix, _ := openHand(t)
	cases := map[string][]string{
		"putin -lang:en":               {"000", "001"},
		"putin lang:sw lang:sq":        {"000", "001"},
		"putin source:euronews":        {"004"},
		`putin source:"rks news"`:      {"003"},
		"putin -source:euronews":       {"000", "001", "002", "003"},
		"entity:moscow":                {"001"},
		"entity:moscow -entity:russia": {"001"},
	}
	for q, want := range cases {
		if got := prefixes(search(t, ix, q)); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", q, got, want)
		}
	}
	for _, h := range search(t, ix, "putin -korea").Hits {
		if strings.Contains(strings.ToLower(h.Snippet), "korea") {
			t.Errorf("excluded word in %q", h.Snippet)
		}
	}
}

func TestRankingGroupsPerArticle(t *testing.T) {
	ix, _ := openHand(t)
	r := search(t, ix, "putin")
	seen := map[string]int{}
	last := ""
	for i, h := range r.Hits {
		if h.Article != last && seen[h.Article] > 0 {
			t.Fatalf("hit %d: article %s appears in two groups", i, h.Article)
		}
		seen[h.Article]++
		if seen[h.Article] > MaxPerArticle {
			t.Fatalf("more than %d hits for %s", MaxPerArticle, h.Article)
		}
		if h.Article == last && h.Score > r.Hits[i-1].Score {
			t.Errorf("hits of %s not best first", h.Article)
		}
		last = h.Article
	}
	if r.Articles != len(seen) {
		t.Errorf("Articles = %d, want %d", r.Articles, len(seen))
	}
	if lim, _ := ix.Search(context.Background(), "putin", 2); lim.Articles != 2 {
		t.Errorf("limit 2 gave %d articles", lim.Articles)
	}
	// A title match outweighs a body match: 003's title names agreements.
	if top := search(t, ix, "agreements").Hits[0]; top.Article[:3] != "003" {
		t.Errorf("agreements: top hit %s %q, want 003 (title)", top.Article, top.Snippet)
	}
}

func TestInjectionIsText(t *testing.T) {
	ix, docs := openHand(t)
	for _, q := range []string{
		`'); DROP TABLE doc; --`, `NEAR(`, `NEAR(putin hanoi)`, `*`, `"`, `col:term`, `putin" OR "x`,
		`{body}:putin`, `^putin`, `putin AND hanoi`, `NOT putin`, `body:putin`, `""`, `"" putin`,
		`putin OR`, `(putin)`, `putin:`, `-`, `- -`, `"a" "b`, "\x00putin", "putin\u202e", `entity:"x" OR y`,
	} {
		r, err := ix.Search(context.Background(), q, 10)
		var se *SyntaxError
		if err != nil && !errors.As(err, &se) {
			t.Errorf("%q: untyped error %v", q, err)
		}
		if err != nil && (strings.Contains(err.Error(), "SQL") || strings.Contains(err.Error(), "fts5")) {
			t.Errorf("%q: raw SQL/FTS error shown: %v", q, err)
		}
		if err == nil && r == nil {
			t.Errorf("%q: nil result without error", q)
		}
	}
	var n int
	if err := ix.db.QueryRow(`SELECT count(*) FROM doc`).Scan(&n); err != nil || n != len(docs) {
		t.Errorf("doc table after injection attempts: %d rows, %v", n, err)
	}
}

func TestBlankQuery(t *testing.T) {
	ix, _ := openHand(t)
	for _, q := range []string{"", "   ", "—", "'); --"} {
		r := search(t, ix, q)
		if len(r.Hits) != 0 || r.Hits == nil {
			t.Errorf("%q: %+v, want an empty non-nil hit list", q, r.Hits)
		}
	}
}

func TestIncrementalUpdate(t *testing.T) {
	ctx := context.Background()
	ix, docs := openHand(t)
	st, err := ix.Update(ctx, docs)
	if err != nil || st.Unchanged != len(docs) || st.Added+st.Changed+st.Removed != 0 {
		t.Fatalf("re-update: %+v %v, want all unchanged", st, err)
	}
	// Change one article's English: only it is re-indexed.
	docs[0].English = slices.Clone(docs[0].English)
	docs[0].English[0] = "zanzibar kettle drums"
	st, err = ix.Update(ctx, docs)
	if err != nil || st.Changed != 1 || st.Unchanged != len(docs)-1 {
		t.Fatalf("after a change: %+v %v", st, err)
	}
	if got := prefixes(search(t, ix, "zanzibar")); !slices.Equal(got, []string{"000"}) {
		t.Errorf("new text not found: %v", got)
	}
	// Vanished articles stay unless pruning is asked for.
	st, err = ix.Update(ctx, docs[1:])
	if err != nil || st.Removed != 0 {
		t.Fatalf("update without prune removed: %+v %v", st, err)
	}
	st, err = ix.Update(ctx, docs[1:], PruneMissing())
	if err != nil || st.Removed != 1 {
		t.Fatalf("prune: %+v %v", st, err)
	}
	if got := prefixes(search(t, ix, "zanzibar OR urusi")); len(got) != 0 {
		t.Errorf("pruned article still found: %v", got)
	}
	checkIntegrity(t, ix)
	if _, err := ix.Update(ctx, []Doc{{}}); !errors.Is(err, ErrNilArticle) {
		t.Errorf("nil article: %v", err)
	}
}

// checkIntegrity runs SQLite's and FTS5's own consistency checks.
func checkIntegrity(t *testing.T, ix *Index) {
	t.Helper()
	var res string
	if err := ix.db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Errorf("integrity_check: %q %v", res, err)
	}
	if _, err := ix.db.Exec(`INSERT INTO fts(fts) VALUES('integrity-check')`); err != nil {
		t.Errorf("fts5 integrity-check: %v", err)
	}
}

func TestReopenKeepsIndex(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/sub/search.db"
	ix, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	docs := handDocs(t)
	if _, err := ix.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	ix.Close()
	ix, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if ix.Path() != path {
		t.Errorf("Path() = %q", ix.Path())
	}
	st, err := ix.Update(ctx, docs)
	if err != nil || st.Unchanged != len(docs) {
		t.Errorf("reopened index re-indexed: %+v %v", st, err)
	}
	if got := prefixes(search(t, ix, "kremlin")); !slices.Equal(got, []string{"003", "004"}) {
		t.Errorf("kremlin after reopen: %v", got)
	}
	if _, err := Open(ctx, t.TempDir()+"/what?.db"); !errors.Is(err, ErrPath) {
		t.Errorf("path with '?': %v", err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/xdg-h5")
	p, err := DefaultPath()
	if err != nil || p != "/tmp/xdg-h5/rosetta/search.db" {
		t.Errorf("DefaultPath() = %q, %v", p, err)
	}
}

func TestCancelledUpdate(t *testing.T) {
	ix, err := Open(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Update(ctx, handDocs(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled update: %v", err)
	}
}

func TestCancelledSearch(t *testing.T) {
	ix, _ := openHand(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ix.Search(ctx, "putin", 10); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled search: %v, want context.Canceled", err)
	}
}

func TestPrefixCompletesFromVocabulary(t *testing.T) {
	ctx := context.Background()
	exact, _ := openHand(t)
	ix, docs := openHand(t)
	ix.vocabMin = 1 // use the snapshot even on this small index
	if err := ix.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"agree*", `"south chi"*`, "vietnam*", "putin viet*"} {
		want, got := search(t, exact, q), search(t, ix, q)
		if !slices.Equal(prefixes(got), prefixes(want)) || len(got.Hits) == 0 {
			t.Errorf("%s: articles %v with the vocabulary, %v without", q, prefixes(got), prefixes(want))
		}
	}
	// A word newer than the snapshot falls back to FTS5's prefix search.
	docs[0].English = slices.Clone(docs[0].English)
	docs[0].English[0] = "zanzibarian kettles"
	if _, err := ix.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	if got := prefixes(search(t, ix, "zanzib*")); !slices.Equal(got, []string{"000"}) {
		t.Errorf("zanzib*: %v, want [000]", got)
	}
	// A stale snapshot is rebuilt in the background; Close waits for it.
	ix.Close()
}
