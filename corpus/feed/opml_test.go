package feed

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseOPML(t *testing.T) {
	f, err := os.Open("testdata/subscriptions.opml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	subs, err := ParseOPML(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []Subscription{
		{Title: "Habari za Dunia", URL: "swahili.rss", HTMLURL: "https://habari.example/", Lang: "sw", Category: "Kiswahili"},
		{Title: "Rosetta JSON", URL: "feed.json", Category: "Kiswahili"},
		{Title: "Lajme nga Bota", URL: "albanian.atom", Lang: "sq", Category: "Shqip/Bota"},
		{Title: "Gazeta e Vjetër", URL: "legacy-1252.xml"},
	}
	if !reflect.DeepEqual(subs, want) {
		t.Errorf("got  %+v\nwant %+v", subs, want)
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	subs := []Subscription{
		{Title: "BBC Swahili", URL: "https://feeds.example/swahili/rss.xml", HTMLURL: "https://www.bbc.example/swahili", Lang: "sw", Category: "Habari"},
		{Title: "A & B <News>", URL: "https://x.example/feed?a=1&b=2", Category: "Lajme/Bota"},
		{Title: "Top", URL: "https://top.example/atom"},
		{Title: "Back in Habari", URL: "https://feeds.example/2", Category: "Habari"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, subs); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "<?xml") || !strings.Contains(buf.String(), `<opml version="2.0">`) {
		t.Errorf("not OPML 2.0:\n%s", buf.String())
	}
	got, err := ParseOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, subs) {
		t.Errorf("round trip\n got %+v\nwant %+v", got, subs)
	}
}

func TestWriteOPMLRejectsEmptyURL(t *testing.T) {
	if err := WriteOPML(&bytes.Buffer{}, []Subscription{{Title: "x"}}); err == nil {
		t.Error("no error for a subscription without URL")
	}
}

func TestParseOPMLErrors(t *testing.T) {
	for _, doc := range []string{"", "<rss/>", "<html><body>x</body></html>"} {
		if _, err := ParseOPML(strings.NewReader(doc)); !errors.Is(err, ErrNotOPML) {
			t.Errorf("ParseOPML(%q) = %v, want ErrNotOPML", doc, err)
		}
	}
}

// The newsboat OPML fixtures: valid lists, missing elements, categories.
func TestParseOPMLSharedFixtures(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(fixturesDir, "newsboat_test_data", "*.opml"))
	if len(files) == 0 {
		t.Skip("shared fixtures not available")
	}
	total := 0
	for _, p := range files {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		subs, err := ParseOPML(f)
		f.Close()
		if err != nil && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: multi-line error %q", p, err)
		}
		for _, s := range subs {
			if s.URL == "" || strings.ContainsAny(s.URL+s.Title+s.Category, "\n\r\t") {
				t.Errorf("%s: bad subscription %+v", p, s)
			}
		}
		total += len(subs)
	}
	if total == 0 {
		t.Error("no subscriptions read from any newsboat OPML fixture")
	}
	t.Logf("%d subscriptions from %d files", total, len(files))
}
