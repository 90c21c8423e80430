package feed

import (
	"bufio"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus"
)

const fixturesDir = "../../../shared/data/rss_fixtures"

// notWellFormed reads the list of fixtures that are broken on purpose.
func notWellFormed(t *testing.T) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join(fixturesDir, "NOT_WELLFORMED.txt"))
	if err != nil {
		t.Skipf("shared fixtures not available: %v", err)
	}
	defer f.Close()
	bad := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			bad[line] = true
		}
	}
	return bad
}

// fixtureFeeds lists the feed documents among the shared fixtures: the XML
// files plus the JSON feeds, leaving out gofeed's expected-output JSON.
// None when the shared data is not beside the checkout (a test that needs
// them skips through notWellFormed; others go on with their own inputs).
func fixtureFeeds(t *testing.T) []string {
	t.Helper()
	if _, err := os.Stat(fixturesDir); errors.Is(err, fs.ErrNotExist) {
		t.Logf("shared fixtures not available: %v", err)
		return nil
	}
	var out []string
	err := filepath.WalkDir(fixturesDir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(fixturesDir, p)
		switch {
		case strings.HasSuffix(p, ".xml"):
			out = append(out, rel)
		case strings.HasSuffix(p, ".json") && !strings.HasPrefix(rel, "gofeed_testdata"):
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSharedFixtures(t *testing.T) {
	bad := notWellFormed(t)
	files := fixtureFeeds(t)
	if len(files) < 500 {
		t.Fatalf("found only %d fixture feeds", len(files))
	}
	var ok, failedGood, brokenRead int
	l := NewLoader(nil)
	ctx := context.Background()
	for _, rel := range files {
		data, err := os.ReadFile(filepath.Join(fixturesDir, rel))
		if err != nil {
			t.Fatal(err)
		}
		raws, err := l.Load(ctx, filepath.Join(fixturesDir, rel))
		if err != nil {
			var se *corpus.SourceError
			if !errors.As(err, &se) || se.Source != filepath.Join(fixturesDir, rel) || strings.Contains(err.Error(), "\n") {
				t.Errorf("%s: error is not a one-line SourceError naming the file: %q", rel, err)
			}
			if !bad[rel] && holdsFeed(data) {
				failedGood++
				t.Logf("well-formed %s failed: %v", rel, err)
			}
			continue
		}
		if bad[rel] {
			brokenRead++
		}
		ok++
		for _, r := range raws {
			checkRaw(t, rel, r)
		}
	}
	t.Logf("%d/%d fixtures parsed; %d of the %d not-well-formed ones still read", ok, len(files), brokenRead, len(bad))
	if failedGood > 0 {
		t.Errorf("%d well-formed fixtures failed", failedGood)
	}
}

func checkRaw(t *testing.T, src string, it corpus.Raw) {
	t.Helper()
	for name, s := range map[string]string{"title": it.Title, "body": it.Body, "byline": it.Byline, "url": it.URL, "id": it.ID, "source": it.Source} {
		if !utf8.ValidString(s) {
			t.Errorf("%s: %s is not valid UTF-8", src, name)
		}
		for _, r := range s {
			if r < 0x20 && r != '\n' || r == 0x7f || (r >= 0x80 && r < 0xa0) {
				t.Errorf("%s: %s holds control %U", src, name, r)
				break
			}
		}
		if name != "body" && strings.Contains(s, "\n") {
			t.Errorf("%s: %s spans lines: %q", src, name, s)
		}
	}
	if it.ID == "" || strings.ContainsAny(it.ID, "/\\ :") {
		t.Errorf("%s: id %q is not file-name friendly", src, it.ID)
	}
	if it.Lang != "" && len(it.Lang) != 2 {
		t.Errorf("%s: lang %q is not ISO 639-1", src, it.Lang)
	}
}

// holdsFeed reports whether a document claims to be a feed at all, as
// opposed to the fixtures that test rejection of other XML or JSON.
func holdsFeed(data []byte) bool {
	s := string(data)
	return strings.Contains(s, "<rss") || strings.Contains(s, "<feed") ||
		strings.Contains(s, "<rdf:RDF") || strings.Contains(s, "jsonfeed.org/version")
}
