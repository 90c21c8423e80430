package tui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// FuzzTermMarks: whatever the query and text, matches are ordered,
// non-overlapping ranges of whole runes inside the text.
func FuzzTermMarks(f *testing.F) {
	f.Add("Rusisë AND \"Putin\"", "Presidenti i Rusisë, Putinit.", 3, 9)
	f.Add("普京", "普京将于6月访问越南", 0, 6)
	f.Add("\x1b[31m e\u0301", "e\u0301\u0301 \xff", -1, 2)
	f.Fuzz(func(t *testing.T, q, text string, s, e int) {
		terms := queryTerms(q, []SearchHit{{Snippet: text, Spans: [][2]int{{s, e}}}})
		for _, term := range terms {
			if !utf8.ValidString(term) || utf8.RuneCountInString(term) < 2 {
				t.Fatalf("bad term %q", term)
			}
		}
		prev := 0
		for _, m := range termMarks(text, terms) {
			if m.start < prev || m.end <= m.start || m.end > len(text) {
				t.Fatalf("bad mark %+v after %d in %q", m, prev, text)
			}
			if utf8.ValidString(text) && !validRange(text, m.start, m.end, len(text)) {
				t.Fatalf("mark %+v off rune boundaries in %q", m, text)
			}
			prev = m.end
		}
	})
}

// FuzzSearchHit renders a hit with arbitrary snippet and spans: one line
// each, exactly the terminal width, no control left.
func FuzzSearchHit(f *testing.F) {
	f.Add("Rais wa Urusi alisema", "sw", "body", 8, 13)
	f.Add("\x1b]52;c;ZXZpbA==\x07普京 👩‍👩‍👧‍👦", "\x1b[2J", "\u202e", 0, 99)
	f.Fuzz(func(t *testing.T, snippet, lang, field string, s, e int) {
		hs := newHarness(t, 80, 20)
		hs.m.search.hits = []SearchHit{{Article: "sw1", Lang: lang, Field: field, Snippet: snippet, Spans: [][2]int{{s, e}}}}
		head, snip := hs.m.search.hitLines(&hs.m.c, 0)
		for _, ln := range []string{head, snip} {
			if w := ansi.StringWidth(ln); w != 80 {
				t.Fatalf("line %q is %d wide", ansi.Strip(ln), w)
			}
			if strings.ContainsAny(sgrOnly.ReplaceAllString(ln, ""), "\x1b\x07\x00\u009b\u202e\n") {
				t.Fatalf("control in %q", ln)
			}
		}
	})
}
