package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
)

func TestHeaderArticlesMatchHeader(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	raws := []corpus.Raw{
		{ID: "a", Title: "Putin \x1b[31mziarani", Body: "Rais Putin amewasili Hanoi.\n\nMkataba umesainiwa leo.", Lang: "sw",
			Source: "Habari", URL: "https://example.org/a", Published: time.Date(2024, 6, 20, 8, 0, 0, 0, time.UTC)},
		{ID: "b", Body: "Russia and Vietnam signed a treaty on Thursday in Hanoi after long talks between the two.\n\nMore follows.",
			Published: time.Date(2024, 6, 21, 8, 0, 0, 0, time.UTC)},
	}
	if _, _, err := st.PutArticles(ctx, "https://example.org/feed.xml", raws); err != nil {
		t.Fatal(err)
	}
	hs, err := st.HeaderArticles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(hs) != 2 || hs[0].ID != "b" || hs[1].ID != "a" {
		t.Fatalf("want b, a newest first, got %d headers", len(hs))
	}
	for i, r := range []corpus.Raw{raws[1], raws[0]} {
		want := corpus.Header(r)
		got := hs[i]
		if !got.HeaderOnly || got.Body != "" || got.Title != want.Title || got.Lang != want.Lang ||
			got.Words != want.Words || got.ParagraphCount != want.ParagraphCount || got.Source != want.Source ||
			!got.Published.Equal(r.Published) || got.Origin != "https://example.org/feed.xml" {
			t.Errorf("header %s = %+v, want %+v", r.ID, got, want)
		}
	}
	if hs[1].Title != "Putin ziarani" || !hs[1].LangDeclared || hs[0].LangDeclared {
		t.Errorf("title %q declared %v/%v", hs[1].Title, hs[1].LangDeclared, hs[0].LangDeclared)
	}
}

// TestHeaderArticlesUpdated checks that a changed article's header follows
// its new text.
func TestHeaderArticlesUpdated(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	const src = "src"
	it := item("u", "g", "https://example.org/u", "Kwanza", "Neno moja.")
	if _, _, err := st.PutItems(ctx, src, []Item{it}); err != nil {
		t.Fatal(err)
	}
	it.Title, it.Body = "Pili", "Maneno matatu sasa.\n\nNa aya ya pili."
	if _, up, err := st.PutItems(ctx, src, []Item{it}); err != nil || up != 1 {
		t.Fatalf("updated %d, %v", up, err)
	}
	hs, err := st.HeaderArticles(ctx)
	if err != nil || len(hs) != 1 {
		t.Fatalf("%d headers, %v", len(hs), err)
	}
	if h := hs[0]; h.Title != "Pili" || h.Words != 7 || h.ParagraphCount != 2 {
		t.Errorf("after update: %q %d words %d paragraphs", h.Title, h.Words, h.ParagraphCount)
	}
}

// oldSchema is the articles table as versions before the header columns
// made it.
const oldSchema = `
CREATE TABLE articles (
	n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL, guid TEXT NOT NULL DEFAULT '',
	link TEXT NOT NULL DEFAULT '', hash TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',
	lang TEXT NOT NULL DEFAULT '', byline TEXT NOT NULL DEFAULT '', source_title TEXT NOT NULL DEFAULT '',
	published INTEGER NOT NULL DEFAULT 0, fetched INTEGER NOT NULL);
CREATE TABLE bodies (n INTEGER PRIMARY KEY REFERENCES articles(n) ON DELETE CASCADE, body TEXT NOT NULL);
`

func TestMigrateFillsHeaders(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, oldSchema); err != nil {
		t.Fatal(err)
	}
	const n = fillBatch + 7 // more than one batch
	for i := range n {
		body := fmt.Sprintf("Habari ya %d.\n\nAya ya pili ina maneno.", i)
		if _, err := db.ExecContext(ctx, `INSERT INTO articles (n, id, source, hash, title, lang, published, fetched)
			VALUES (?, ?, 'src', 'h', ?, 'sw', ?, 0)`, i+1, fmt.Sprintf("old-%04d", i), fmt.Sprintf("Kichwa %d", i), i); err != nil {
			t.Fatal(err)
		}
		if _, err := db.ExecContext(ctx, `INSERT INTO bodies (n, body) VALUES (?, ?)`, i+1, body); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// The first screen fills in only its own rows.
	page, err := st.HeaderArticlesPage(ctx, 3)
	if err != nil || len(page) != 3 || page[0].ID != fmt.Sprintf("old-%04d", n-1) || page[0].Words != 8 {
		t.Fatalf("page after migration: %v, %v", page, err)
	}
	var pending int
	if err := st.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE words < 0`).Scan(&pending); err != nil || pending != n-3 {
		t.Fatalf("%d rows pending after the first page, want %d (%v)", pending, n-3, err)
	}
	hs, err := st.HeaderArticles(ctx)
	if err != nil || len(hs) != n {
		t.Fatalf("%d headers, %v", len(hs), err)
	}
	for _, h := range hs {
		var i int
		fmt.Sscanf(h.ID, "old-%d", &i)
		want := corpus.Header(corpus.Raw{ID: h.ID, Title: fmt.Sprintf("Kichwa %d", i), Lang: "sw",
			Body: fmt.Sprintf("Habari ya %d.\n\nAya ya pili ina maneno.", i)})
		if h.Title != want.Title || h.Words != want.Words || h.ParagraphCount != 2 || h.Lang != "sw" {
			t.Fatalf("migrated %s: %+v, want %+v", h.ID, h, want)
		}
	}
	// Reopening migrates nothing more and keeps the rows.
	st.Close()
	if st, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	if c, err := st.Count(ctx); err != nil || c != n {
		t.Fatalf("count %d, %v", c, err)
	}
}

// BenchmarkHeaderArticles100k is the lazy corpus's listing at start-up
// with 100,000 stored articles.
func BenchmarkHeaderArticles100k(b *testing.B) {
	st, _ := openTemp(b)
	fill(b, st, 100000)
	ctx := context.Background()
	for b.Loop() {
		hs, err := st.HeaderArticles(ctx)
		if err != nil || len(hs) != 100000 || hs[0].ID != "bench-099999" {
			b.Fatalf("%d headers, %v", len(hs), err)
		}
	}
}

// TestLazyStoredCorpus is the TUI's corpus: header articles until one is
// opened, which then is exactly corpus.Build of the stored raw article.
func TestLazyStoredCorpus(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	var raws []corpus.Raw
	for i := range 30 {
		raws = append(raws, corpus.Raw{ID: fmt.Sprintf("s-%02d", i), Title: fmt.Sprintf("Habari %d", i),
			Body: fmt.Sprintf("Rais wa Urusi amewasili Hanoi kwa ziara ya siku %d.\n\nMkataba umesainiwa.\n\nRTSH", i),
			Lang: "sw", Source: "BBC", URL: fmt.Sprintf("https://example.org/%d", i), Byline: "Mwandishi",
			Published: time.Date(2024, 6, 20, i, 0, 0, 0, time.UTC)})
	}
	if _, _, err := st.PutArticles(ctx, "feed", raws); err != nil {
		t.Fatal(err)
	}
	page, err := st.HeaderArticlesPage(ctx, 5)
	if err != nil || len(page) != 5 || page[0].ID != "s-29" || page[4].ID != "s-25" {
		t.Fatalf("page: %d headers, %v", len(page), err)
	}
	hs, err := st.HeaderArticles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := corpus.NewLazy(hs, st.Build)
	if !c.Lazy() || c.Len() != 30 {
		t.Fatalf("lazy %v, %d articles", c.Lazy(), c.Len())
	}
	for _, a := range c.Articles {
		if !a.HeaderOnly || a.Body != "" || len(a.Paragraphs) != 0 {
			t.Fatalf("%s has text before being opened", a.ID)
		}
	}
	for _, r := range []corpus.Raw{raws[0], raws[17]} {
		got, err := c.Full(ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		r.Origin = "feed" // what the store records as the article's origin
		want := corpus.Build(r)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("opened %s:\n got %+v\nwant %+v", r.ID, got, want)
		}
		if h, _ := c.Get(r.ID); !h.HeaderOnly {
			t.Errorf("opening %s changed the shared header", r.ID)
		}
	}
	if _, err := c.Full(ctx, "nope"); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("unknown id: %v", err)
	}
}

func BenchmarkHeaderArticlesPage100k(b *testing.B) {
	st, _ := openTemp(b)
	fill(b, st, 100000)
	ctx := context.Background()
	for b.Loop() {
		hs, err := st.HeaderArticlesPage(ctx, 200)
		if err != nil || len(hs) != 200 || hs[0].ID != "bench-099999" {
			b.Fatalf("%d headers, %v", len(hs), err)
		}
	}
}
