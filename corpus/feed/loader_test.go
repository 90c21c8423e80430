package feed

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
)

func TestLoaderMatch(t *testing.T) {
	l := NewLoader(nil)
	for src, want := range map[string]bool{
		"https://bbc.example/swahili/rss.xml": true, "HTTP://x.example": true, "feeds/a.RSS": true,
		"a.atom": true, "a.json": true, "page.html": true, "page.htm": true, "subs.opml": true, "a.xml": true,
		"notes.txt": false, "dir/": false, "exec:cat a.xml": false, "ftp://x/a": false,
	} {
		if got := l.Match(src); got != want {
			t.Errorf("Match(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestLoaderLocalFiles(t *testing.T) {
	l := NewLoader(nil)
	ctx := context.Background()
	for name, wantN := range map[string]int{"swahili.rss": 2, "albanian.atom": 2, "feed.json": 2, "legacy-1252.xml": 1, "page.html": 1} {
		raws, err := l.Load(ctx, filepath.Join("testdata", name))
		if err != nil || len(raws) != wantN {
			t.Errorf("%s: %d raws, err %v", name, len(raws), err)
			continue
		}
		for _, r := range raws {
			a := corpus.Build(r)
			if !a.Valid() || len(a.Paragraphs) == 0 || a.Lang == "" || !a.LangDeclared {
				t.Errorf("%s: built article %s invalid or without declared language (%q)", name, a.ID, a.Lang)
			}
		}
	}
}

func TestLoaderOPMLLoadsEveryFeed(t *testing.T) {
	raws, err := NewLoader(nil).Load(context.Background(), "testdata/subscriptions.opml")
	if err != nil {
		t.Fatal(err)
	}
	if len(raws) != 7 {
		t.Errorf("%d articles from the OPML list, want 7", len(raws))
	}
}

func TestLoaderMalformedIsOneLineSourceError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.xml")
	os.WriteFile(bad, []byte("<?xml version=\"1.0\"?>\n<rss><channel><title>x</title><item>\n<title>a & b</tit"), 0o644)
	notFeed := filepath.Join(dir, "note.xml")
	os.WriteFile(notFeed, []byte("<note><to>Tove</to></note>"), 0o644)
	good := filepath.Join("testdata", "swahili.rss")
	c, warns, err := corpus.Open(context.Background(), []string{bad, notFeed, good, filepath.Join(dir, "missing.rss")}, NewLoader(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 2 {
		t.Errorf("%d articles, want the 2 of the good feed", c.Len())
	}
	named := map[string]bool{}
	for _, w := range warns {
		var se *corpus.SourceError
		if !errors.As(w, &se) || strings.Contains(w.Error(), "\n") {
			t.Errorf("warning %q is not a one-line SourceError", w)
			continue
		}
		named[se.Source] = true
	}
	if !named[notFeed] || !named[filepath.Join(dir, "missing.rss")] {
		t.Errorf("warnings %v do not name every failed source", warns)
	}
}

func TestLoaderHTTP(t *testing.T) {
	page, _ := os.ReadFile("testdata/page.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write(genRSS("web", "sw", 3))
	})
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/mislabelled", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(genRSS("labelled-html", "sw", 2))
	})
	mux.HandleFunc("/invalid", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss version=\"2.0\"><channel><title>Oops</title><item><title>x</item></channel>"))
	})
	// The server swears UTF-8 but sends an undeclared windows-1252 feed.
	legacy, _ := os.ReadFile("testdata/undeclared-1252.xml")
	mux.HandleFunc("/wrong-charset", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/xml; charset=utf-8")
		w.Write(legacy)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	l := NewLoader(newTestFetcher(FetcherOptions{}))
	ctx := context.Background()
	raws, err := l.Load(ctx, srv.URL+"/feed")
	if err != nil || len(raws) != 3 || raws[0].Origin != srv.URL+"/feed" {
		t.Errorf("feed: %d raws, %v", len(raws), err)
	}
	raws, err = l.Load(ctx, srv.URL+"/article")
	if err != nil || len(raws) != 1 || raws[0].Lang != "sq" || raws[0].URL != srv.URL+"/article" {
		t.Errorf("page: %+v, %v", raws, err)
	}
	raws, err = l.Load(ctx, srv.URL+"/mislabelled")
	if err != nil || len(raws) != 2 {
		t.Errorf("feed served as text/html: %d raws, %v", len(raws), err)
	}
	raws, err = l.Load(ctx, srv.URL+"/wrong-charset")
	if err != nil || len(raws) != 1 || raws[0].Title != "Çështja e “Rusisë” – 5 €" {
		t.Errorf("wrong charset: %+v, %v", raws, err)
	}
	_, err = l.Load(ctx, srv.URL+"/invalid")
	var se *corpus.SourceError
	if err != nil && (!errors.As(err, &se) || se.Source != srv.URL+"/invalid" || strings.Contains(err.Error(), "\n")) {
		t.Errorf("invalid XML: %v", err)
	}
	_, err = l.Load(ctx, srv.URL+"/missing")
	var he *HTTPError
	if !errors.As(err, &se) || !errors.As(err, &he) || he.StatusCode != 404 {
		t.Errorf("404: %v", err)
	}
}

func TestLoaderRejectsOversizedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.xml")
	os.WriteFile(path, genRSS("big", "en", 2000), 0o644)
	l := NewLoader(NewFetcher(FetcherOptions{MaxBytes: 64 << 10}))
	if _, err := l.Load(context.Background(), path); !errors.Is(err, ErrTooLarge) {
		t.Errorf("err = %v", err)
	}
}
