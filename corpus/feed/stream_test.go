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

// streamed parses data through the splitter, gathering every batch.
func streamed(t *testing.T, data []byte) (*Feed, error) {
	t.Helper()
	var all *Feed
	err := parseStream(htmlConverter(), bytes.NewReader(data), "s.xml", func(f *Feed) error {
		if all == nil {
			all = &Feed{Title: f.Title, Link: f.Link, Lang: f.Lang}
		}
		all.Items = append(all.Items, f.Items...)
		return nil
	})
	return all, err
}

// sameAsWhole checks that streaming yields what parsing whole yields.
func sameAsWhole(t *testing.T, name string, data []byte) bool {
	t.Helper()
	whole, werr := Parse(data, "s.xml", "")
	got, serr := streamed(t, data)
	if errors.Is(serr, errNoItems) {
		return false
	}
	if werr != nil {
		return false // broken documents may fail either way
	}
	if serr != nil {
		t.Errorf("%s: whole parse fine, stream failed: %v", name, serr)
		return true
	}
	if got.Title != whole.Title || got.Lang != whole.Lang || len(got.Items) != len(whole.Items) {
		t.Errorf("%s: stream %q/%q/%d items, whole %q/%q/%d", name, got.Title, got.Lang, len(got.Items), whole.Title, whole.Lang, len(whole.Items))
		return true
	}
	for i := range got.Items {
		if !reflect.DeepEqual(got.Items[i], whole.Items[i]) {
			t.Errorf("%s item %d:\nstream %+v\nwhole  %+v", name, i, got.Items[i], whole.Items[i])
			return true
		}
	}
	return true
}

func TestStreamMatchesWholeParse(t *testing.T) {
	cases := map[string][]byte{
		"generated": genRSS("gen", "sw", 2*streamBatch+7),
		"tricky": []byte(`<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title><language>sq</language>
<item><title>a</title><description><![CDATA[<p>quoted </item> and <item> inside</p>]]></description><guid>1</guid></item>
<!-- <item><title>commented out</title></item> -->
<item ><title>b &gt; c</title><guid>2</guid></item>
<item/>
<item><title>after empty</title><guid>3</guid></item>
<items>not an item</items>
</channel></rss>`),
	}
	for _, name := range []string{"swahili.rss", "albanian.atom", "legacy-1252.xml", "undeclared-1252.xml"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		cases[name] = data
	}
	for name, data := range cases {
		if !sameAsWhole(t, name, data) {
			t.Errorf("%s: not streamed", name)
		}
	}
	f, _ := streamed(t, cases["tricky"])
	if len(f.Items) != 3 || f.Items[0].Body != "quoted and inside" {
		t.Errorf("tricky feed read as %+v", f.Items)
	}
}

func TestStreamSharedFixtures(t *testing.T) {
	bad := notWellFormed(t)
	n := 0
	for _, rel := range fixtureFeeds(t) {
		if bad[rel] || !strings.HasSuffix(rel, ".xml") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(fixturesDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		if sameAsWhole(t, rel, data) {
			n++
		}
	}
	t.Logf("%d well-formed fixtures streamed identically", n)
	if n < 250 { // the rest hold no items at all: nothing to split on
		t.Errorf("only %d fixtures could be streamed", n)
	}
}

func TestStreamNoItems(t *testing.T) {
	if _, err := streamed(t, []byte(`{"version":"https://jsonfeed.org/version/1.1","items":[]}`)); !errors.Is(err, errNoItems) {
		t.Errorf("JSON: %v", err)
	}
	f, err := streamed(t, []byte(`<rss><channel><title>Empty</title><item><title>only</title></item></channel></rss>`))
	if err != nil || f.Title != "Empty" || len(f.Items) != 1 {
		t.Errorf("one item: %+v %v", f, err)
	}
	if _, err := streamed(t, []byte(`<rss><channel><title>x</title><item><title>cut`)); err == nil {
		t.Error("no error for a feed cut inside an item")
	}
}
