package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// feedServer serves n RSS feeds of items items each at /f/N.xml, with
// ETags, so an unchanged feed answers 304. Feed bad500 answers 500 and
// feed badXML a truncated document.
func feedServer(t *testing.T, n, items, bad500, badXML int) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var f int
		if _, err := fmt.Sscanf(r.URL.Path, "/f/%d.xml", &f); err != nil || f < 0 || f >= n {
			http.NotFound(w, r)
			return
		}
		switch f {
		case bad500:
			http.Error(w, "upstream down", http.StatusInternalServerError)
			return
		case badXML:
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>cut</title><item><title>Half`)
			return
		}
		etag := fmt.Sprintf(`"f%d"`, f)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title><language>en</language>`, f)
		for k := range items {
			fmt.Fprintf(w, `<item><title>Item %d of feed %d</title><guid>f%d-%d</guid>`+
				`<pubDate>Mon, 02 Jan 2006 15:%02d:05 GMT</pubDate>`+
				`<description>Ministers met in Hanoi to discuss trade, marker zqfeed%04dx%d, and energy.</description></item>`,
				k, f, f, k, k%60, f, k)
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestThousandFeeds: 1,000 subscriptions from one OPML file are fetched,
// stored, listed and searched; the two broken feeds each cost one line on
// stderr and nothing else; a second refresh stores nothing twice.
func TestThousandFeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("1,000 feeds")
	}
	const n, items, bad500, badXML = 1000, 3, 13, 14
	srv := feedServer(t, n, items, bad500, badXML)
	var opml strings.Builder
	opml.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>many</title></head><body>`)
	for f := range n {
		fmt.Fprintf(&opml, `<outline text="Feed %d" type="rss" xmlUrl="%s/f/%d.xml"/>`, f, srv.URL, f)
	}
	opml.WriteString(`</body></opml>`)
	path := filepath.Join(t.TempDir(), "many.opml")
	if err := os.WriteFile(path, []byte(opml.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	isolateXDG(t)
	if out, errs, code := rosetta(t, "", "import", path); code != 0 || !strings.Contains(out, "imported 1000 feeds") {
		t.Fatalf("import: exit %d %q %q", code, out, errs)
	}
	t0 := time.Now()
	out, errs, code := rosetta(t, "", "refresh")
	t.Logf("refresh of %d feeds: %v", n, time.Since(t0))
	want := fmt.Sprintf("%d sources: %d new, 0 updated, 0 unchanged, 2 failed", n, (n-2)*items)
	if code != 0 || !strings.Contains(out, want) {
		t.Fatalf("refresh: exit %d, %q; want %q (stderr %q)", code, out, want, errs)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 2 || !strings.Contains(errs, fmt.Sprintf("/f/%d.xml", bad500)) || !strings.Contains(errs, fmt.Sprintf("/f/%d.xml", badXML)) {
		t.Errorf("stderr should name the two broken feeds, a line each: %q", errs)
	}
	out, errs, code = rosetta(t, "", "refresh")
	want = fmt.Sprintf("%d sources: 0 new, 0 updated, %d unchanged, 2 failed", n, n-2)
	if code != 0 || !strings.Contains(out, want) {
		t.Errorf("second refresh: exit %d, %q; want %q (stderr %q)", code, out, want, errs)
	}
	out, _, code = rosetta(t, "", "list", "--json")
	var list struct {
		Articles []struct{ ID, Title string }
	}
	mustJSON(t, out, &list)
	if code != 0 || len(list.Articles) != (n-2)*items {
		t.Fatalf("list: exit %d, %d articles, want %d", code, len(list.Articles), (n-2)*items)
	}
	out, _, code = rosetta(t, "", "search", "--json", "zqfeed0999x2")
	var res struct {
		Hits []struct{ Article string }
	}
	mustJSON(t, out, &res)
	if code != 0 || len(res.Hits) != 1 {
		t.Fatalf("search for one item's marker: exit %d, %d hits: %s", code, len(res.Hits), out)
	}
	for _, a := range list.Articles {
		if a.ID == res.Hits[0].Article && a.Title != "Item 2 of feed 999" {
			t.Errorf("the marker's hit is %q", a.Title)
		}
	}
}
