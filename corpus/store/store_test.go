package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
)

func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "rosetta.db")
	st, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, path
}

func item(id, guid, link, title, body string) Item {
	return Item{GUID: guid, Raw: corpus.Raw{ID: id, URL: link, Title: title, Body: body, Lang: "sw",
		Source: "Habari", Published: time.Date(2024, 6, 20, 8, 0, 0, 0, time.UTC)}}
}

func TestPutItemsDedup(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	const src = "https://example.org/feed.xml"
	first := []Item{
		item("h-1", "g1", "https://example.org/1", "Putin ziarani Hanoi", "Rais Putin amewasili."),
		item("h-2", "", "https://example.org/2", "Vietnam", "Mkataba umesainiwa."),
		item("h-3", "", "", "Bila kiungo", "Habari bila kiungo wala GUID."),
	}
	added, updated, err := st.PutItems(ctx, src, first)
	if err != nil || added != 3 || updated != 0 {
		t.Fatalf("first put: added %d updated %d err %v", added, updated, err)
	}
	// Same items under new ids (the feed was renamed): matched by GUID,
	// link and content hash, and changed only where the text changed.
	second := []Item{
		item("x-1", "g1", "https://example.org/moved", "Putin ziarani Hanoi", "Rais Putin amewasili leo."),
		item("x-2", "", "https://example.org/2", "Vietnam", "Mkataba umesainiwa."),
		item("x-3", "", "", "Bila kiungo", "Habari bila kiungo wala GUID."),
		item("x-4", "g4", "https://example.org/4", "Mpya", "Habari mpya."),
	}
	added, updated, err = st.PutItems(ctx, src, second)
	if err != nil || added != 1 || updated != 1 {
		t.Fatalf("second put: added %d updated %d err %v", added, updated, err)
	}
	hs, err := st.Headers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, h := range hs {
		ids[h.ID] = true
		if h.Body != "" {
			t.Errorf("header %s carries a body", h.ID)
		}
		if h.Origin != src || h.Source != "Habari" {
			t.Errorf("header %s: origin %q source %q", h.ID, h.Origin, h.Source)
		}
	}
	for _, want := range []string{"h-1", "h-2", "h-3", "x-4"} {
		if !ids[want] {
			t.Errorf("missing %s in %v", want, ids)
		}
	}
	if len(hs) != 4 {
		t.Errorf("%d headers, want 4", len(hs))
	}
	body, err := st.Body(ctx, "h-1")
	if err != nil || body != "Rais Putin amewasili leo." {
		t.Errorf("body h-1 = %q, %v", body, err)
	}
	if _, err := st.Body(ctx, "nope"); !errors.Is(err, corpus.ErrNotFound) {
		t.Errorf("missing body: %v", err)
	}
	a, err := st.Article(ctx, "h-1")
	if err != nil || a.URL != "https://example.org/moved" || !a.Published.Equal(first[0].Published) {
		t.Errorf("article h-1 = %+v, %v", a, err)
	}
}

func TestDistinctGUIDsSameLinkStayApart(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	// A live blog: several updates, each its own GUID, all one link.
	items := []Item{
		item("l-1", "u1", "https://example.org/live", "Update 1", "a"),
		item("l-2", "u2", "https://example.org/live", "Update 2", "b"),
	}
	added, _, err := st.PutItems(ctx, "live", items)
	if err != nil || added != 2 {
		t.Fatalf("added %d, err %v", added, err)
	}
}

func TestStatePersistsAcrossReopen(t *testing.T) {
	ctx := context.Background()
	st, path := openTemp(t)
	if err := st.SetRead(ctx, "000_33affdd9658b75e7", true); err != nil {
		t.Fatal(err)
	}
	if err := st.SetStarred(ctx, "000_33affdd9658b75e7", true); err != nil {
		t.Fatal(err)
	}
	if err := st.SetStarred(ctx, "b", true); err != nil {
		t.Fatal(err)
	}
	if err := st.SetStarred(ctx, "b", false); err != nil {
		t.Fatal(err)
	}
	if err := st.SetRead(ctx, "c", true); err != nil {
		t.Fatal(err)
	}
	st.Close()
	st2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()
	got, err := st2.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]State{"000_33affdd9658b75e7": {Read: true, Starred: true}, "c": {Read: true}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("state = %v, want %v", got, want)
	}
}

func TestSources(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	if err := st.AddSource(ctx, Source{URL: "https://a.example/rss", Title: "A", Lang: "sq", Category: "Lajme"}); err != nil {
		t.Fatal(err)
	}
	if err := st.AddSource(ctx, Source{URL: "https://a.example/rss"}); err != nil { // keeps fields
		t.Fatal(err)
	}
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	if err := st.RecordFetch(ctx, "https://a.example/rss", Fetch{ETag: `"v1"`, LastModified: "Mon, 02 Jan 2026 03:04:05 GMT", Time: t0}); err != nil {
		t.Fatal(err)
	}
	// A 304 and a failure keep the validators.
	if err := st.RecordFetch(ctx, "https://a.example/rss", Fetch{NotModified: true, Time: t0}); err != nil {
		t.Fatal(err)
	}
	if err := st.RecordFetch(ctx, "https://a.example/rss", Fetch{Err: errors.New("http 500"), Time: t0.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := st.RecordFetch(ctx, "/tmp/b.xml", Fetch{Title: "B", Time: t0}); err != nil {
		t.Fatal(err)
	}
	srcs, err := st.Sources(ctx)
	if err != nil || len(srcs) != 2 {
		t.Fatalf("sources = %+v, %v", srcs, err)
	}
	a := srcs[0]
	if a.Title != "A" || a.Lang != "sq" || a.Category != "Lajme" || a.ETag != `"v1"` || a.Err != "http 500" || !a.LastFetch.Equal(t0.Add(time.Hour)) {
		t.Errorf("source A = %+v", a)
	}
	if _, _, err := st.PutArticles(ctx, "/tmp/b.xml", []corpus.Raw{{ID: "b-1", Body: "x"}}); err != nil {
		t.Fatal(err)
	}
	if err := st.RemoveSource(ctx, "/tmp/b.xml"); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Body(ctx, "b-1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("article of removed source still there: %v", err)
	}
	if err := st.RemoveSource(ctx, "/tmp/b.xml"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second remove: %v", err)
	}
	if _, err := st.GetSource(ctx, "https://a.example/rss"); err != nil {
		t.Error(err)
	}
}

func TestDefaultPathHonoursXDG(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/x/data")
	if p, err := DefaultPath(); err != nil || p != "/x/data/rosetta/rosetta.db" {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "relative/ignored")
	t.Setenv("HOME", "/home/ada")
	if p, err := DefaultPath(); err != nil || p != "/home/ada/.local/share/rosetta/rosetta.db" {
		t.Errorf("DefaultPath = %q, %v", p, err)
	}
}

func TestHeadersPageNewestFirst(t *testing.T) {
	ctx := context.Background()
	st, _ := openTemp(t)
	fill(t, st, 120)
	page, err := st.HeadersPage(ctx, 10, 5)
	if err != nil || len(page) != 5 {
		t.Fatalf("page: %d, %v", len(page), err)
	}
	all, err := st.Headers(ctx)
	if err != nil || len(all) != 120 {
		t.Fatalf("all: %d, %v", len(all), err)
	}
	for i, h := range page {
		if h.ID != all[10+i].ID || h.ID != fmt.Sprintf("bench-%06d", 109-i) {
			t.Errorf("page[%d] = %s, want %s", i, h.ID, all[10+i].ID)
		}
	}
	if n, err := st.Count(ctx); err != nil || n != 120 {
		t.Errorf("Count = %d, %v", n, err)
	}
	if rest, _ := st.HeadersPage(ctx, 118, 10); len(rest) != 2 {
		t.Errorf("last page has %d", len(rest))
	}
}
