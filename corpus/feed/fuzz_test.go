package feed

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus"
)

func addTestdata(f *testing.F, glob string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", glob))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

// cleanOK checks the promises every loader output keeps.
func cleanOK(t *testing.T, what, s string, multiLine bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s: invalid UTF-8 %q", what, s)
	}
	for _, r := range s {
		if r == '\n' && multiLine {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r) {
			t.Fatalf("%s: control %U in %q", what, r, s)
		}
	}
	if multiLine && strings.Contains(s, "\n\n\n") {
		t.Fatalf("%s: more than one blank line in %q", what, s)
	}
}

func FuzzParseFeed(f *testing.F) {
	addTestdata(f, "*.rss")
	addTestdata(f, "*.atom")
	addTestdata(f, "*.json")
	addTestdata(f, "*.xml")
	f.Add([]byte(`<rss><channel><item><title>a` + "\x1b[2J" + `</title><description>&lt;p&gt;x&lt;/p&gt;&lt;p&gt;` + "\xff\u202e" + `&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","content_html":"<p>a</p>","language":"sw"}]}`))
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sq"><entry xml:lang="en"><id>1</id><content type="html">&lt;html&gt;&lt;body&gt;&lt;p&gt;x&lt;/p&gt;</content></entry></feed>`))
	conv := htmlConverter()
	f.Fuzz(func(t *testing.T, data []byte) {
		// The batch splitter must hold the same promises as the whole parse.
		_ = parseStream(conv, bytes.NewReader(data), "fuzz.xml", func(f *Feed) error {
			for _, it := range f.Items {
				cleanOK(t, "streamed body", it.Body, true)
				cleanOK(t, "streamed title", it.Title, false)
			}
			return nil
		})
		feed, err := parseWith(conv, data, "fuzz.xml", "")
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		cleanOK(t, "feed title", feed.Title, false)
		ids := map[string]bool{}
		for _, it := range feed.Items {
			cleanOK(t, "title", it.Title, false)
			cleanOK(t, "body", it.Body, true)
			cleanOK(t, "byline", it.Byline, false)
			cleanOK(t, "url", it.URL, false)
			if it.Lang != "" && len(it.Lang) != 2 {
				t.Fatalf("lang %q", it.Lang)
			}
			if ids[it.ID] || it.ID == "" || strings.ContainsAny(it.ID, " /\\:\n") {
				t.Fatalf("bad or duplicate id %q", it.ID)
			}
			ids[it.ID] = true
			if a := corpus.Build(it.Raw); !a.Valid() {
				t.Fatalf("built article invalid: %+v", it.Raw)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	addTestdata(f, "*.html")
	for _, s := range []string{
		"<p>Rais wa <a href=x>Urusi</a></p><p>Hanoi</p>", "<h1>T</h1><pre>a\n\n\n\nb</pre>",
		"<p>\u202eevil\u202c</p>\x00\x1b]0;title\x07", "<table><tr><td>a<td>b</table>", "&lt;p&gt;&amp;",
		"<ul><li><p>one</p></li></ul><img src=x alt=y>", "<html lang=sw><body><article><p>x</p></article>",
	} {
		f.Add([]byte(s))
	}
	conv := htmlConverter()
	f.Fuzz(func(t *testing.T, data []byte) {
		text := htmlToText(conv, string(data))
		cleanOK(t, "text", text, true)
		if text != strings.TrimSpace(text) {
			t.Fatalf("untrimmed %q", text)
		}
		r, err := parsePageWith(conv, data, "https://fuzz.example/a", "")
		if err != nil {
			return
		}
		cleanOK(t, "page body", r.Body, true)
		cleanOK(t, "page title", r.Title, false)
		if r.Lang != "" && len(r.Lang) != 2 {
			t.Fatalf("page lang %q", r.Lang)
		}
	})
}

func FuzzOPML(f *testing.F) {
	addTestdata(f, "*.opml")
	f.Add([]byte(`<opml version="2.0"><body><outline text="a/b"><outline xmlUrl="u" text="t&amp;" language="sw-KE"/></outline></body></opml>`))
	f.Add([]byte(`<opml><body><outline xmlUrl="x"` + strings.Repeat("><outline", 100) + `/></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		subs, err := ParseOPML(bytes.NewReader(data))
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("multi-line error %q", err)
			}
			return
		}
		for _, s := range subs {
			if s.URL == "" {
				t.Fatal("subscription without URL")
			}
			cleanOK(t, "title", s.Title, false)
			cleanOK(t, "url", s.URL, false)
			cleanOK(t, "category", s.Category, false)
		}
		// What was read writes back and reads again the same.
		var buf bytes.Buffer
		if err := WriteOPML(&buf, subs); err != nil {
			t.Fatal(err)
		}
		again, err := ParseOPML(&buf)
		if err != nil {
			t.Fatalf("re-reading written OPML: %v\n%s", err, buf.String())
		}
		if len(again) != len(subs) {
			t.Fatalf("round trip: %d subscriptions, then %d", len(subs), len(again))
		}
		for i := range subs {
			if again[i] != subs[i] {
				t.Fatalf("round trip changed %+v into %+v", subs[i], again[i])
			}
		}
	})
}

func FuzzFastText(f *testing.F) {
	for _, s := range []string{
		"<p>Rais wa <a href=x>Urusi</a>, <b>Putin</b>.</p><p>Hanoi</p>", "a<br>b<br/><br>c", "x &amp; y&nbsp;z",
		"<p> lead  <em> stress </em>trail </p>", "<p>a</p>\n\n<p>b", "<img src=x alt=y>caption", "<span>a</span><i>b</i>",
		"<!-- c --><p>after</p>", "<p>a<p>b</p></p>", "</p>stray", "<a>x</a>y\r\nz\tw",
	} {
		f.Add(s)
	}
	conv := htmlConverter()
	f.Fuzz(func(t *testing.T, s string) {
		fast, ok := fastText(s)
		if !ok {
			return
		}
		out, err := conv.ConvertString(s)
		if err != nil {
			return
		}
		if want := cleanText(out); fast != want {
			t.Fatalf("fastText(%q) = %q, converter gives %q", s, fast, want)
		}
	})
}
