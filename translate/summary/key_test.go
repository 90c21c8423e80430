package summary

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"testing"
)

// oldDigest is digest as it was first written, joining the parts into one
// string and hashing its bytes: the keys of existing caches.
func oldDigest(parts ...string) string {
	h := sha256.Sum256([]byte(strings.Join(parts, "\x00")))
	return hex.EncodeToString(h[:12])
}

// TestCacheKeysPinned: streaming the parts into the hash gives the keys
// existing caches hold, for a whole seed article and for its paragraphs.
func TestCacheKeysPinned(t *testing.T) {
	a := longestSeed(t)
	s := New(&fakeBackend{}, nil)
	run := s.newRun(a, "en")
	if got, want := run.context, oldDigest(a.Lang, a.Body); got != want {
		t.Errorf("article digest %s, want %s", got, want)
	}
	const wantOverview = "9|fake|fake-1|extract|en|ec0b8a61978e47d7bad9ef63"
	if got := s.overviewKey(run); got != wantOverview {
		t.Errorf("overview key %q, want %q", got, wantOverview)
	}
	for p := range a.Paragraphs {
		segs := sourceSegments(a, p)
		para := oldDigest(append(segs, strconv.FormatBool(a.Paragraphs[p].Heading))...)
		want := key(methodVersion, "fake", "fake-1", "extract", paragraphLang(a, p), "en", para, oldDigest(a.Lang, a.Body))
		if got := s.rowKey(run, p); got != want {
			t.Errorf("row %d key %q, want %q", p, got, want)
		}
		if got, want := s.translationKey("sw", "en", segs), key(translationVersion, "fake", "fake-1", "sw", "en", oldDigest(segs...)); got != want {
			t.Errorf("translation key %q, want %q", got, want)
		}
	}
	for _, parts := range [][]string{nil, {""}, {"", ""}, {"a"}, {"ab", "c"}, {strings.Repeat("x", 100_000), "y"}} {
		if got, want := digest(parts...), oldDigest(parts...); got != want {
			t.Errorf("digest(%d parts) = %s, want %s", len(parts), got, want)
		}
	}
}
