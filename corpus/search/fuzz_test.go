package search

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus"
)

var (
	fuzzOnce sync.Once
	fuzzIx   *Index
	fuzzErr  error
)

// fuzzIndex is one in-memory index of the sample shared by fuzz targets.
func fuzzIndex(t testing.TB) *Index {
	fuzzOnce.Do(func() {
		fuzzIx, fuzzErr = Open(context.Background(), "", WithExpander(ExpanderFunc(func(s string) []string {
			return []string{s + "s", `"` + s, "Rusisë"}
		})))
		if fuzzErr == nil {
			_, fuzzErr = fuzzIx.Update(context.Background(), handDocs(t))
		}
	})
	if fuzzErr != nil {
		t.Fatal(fuzzErr)
	}
	return fuzzIx
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{
		"Kremlin", "rusise", `"South China Sea"`, "entity:Moscow lang:sq", "Urusi", "Putin -Korea",
		"vietnam OR hanoi", "agree*", `'); DROP TABLE doc; --`, "NEAR(", "*", `"`, "col:term", `"x"*`,
		"a OR", "-", `entity:"To Lam"`, "lang:", "source:\"rks news\" putin", "\x00\xff", "Nguyễn -lang:en",
		`{body}: putin`, "putin^", `"south china"* OR hanoi -"x y"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q): untyped error %v", s, err)
			}
			if se.Pos < 0 || se.Pos > len(s) || !utf8.ValidString(se.Error()) && utf8.ValidString(s) {
				t.Fatalf("Parse(%q): bad error %+v", s, se)
			}
			return
		}
		ix := fuzzIndex(t)
		if expr := matchExpr(q, ix.expander); expr != "" {
			var n int
			if err := ix.db.QueryRow(`SELECT count(*) FROM fts WHERE fts MATCH ?`, expr).Scan(&n); err != nil {
				t.Fatalf("Parse(%q) rendered %s: %v", s, expr, err)
			}
		}
		r, err := ix.Search(context.Background(), s, 5)
		if err != nil {
			t.Fatalf("Search(%q): %v", s, err)
		}
		for _, h := range r.Hits {
			checkSnippet(t, h.Snippet, h.SnippetSpans)
		}
	})
}

// checkSnippet asserts a snippet is displayable as is and its spans lie
// inside it on rune boundaries.
func checkSnippet(t *testing.T, sn string, spans [][2]int) {
	t.Helper()
	if !utf8.ValidString(sn) {
		t.Fatalf("snippet %q: invalid UTF-8", sn)
	}
	for _, r := range sn {
		if unicode.IsControl(r) || isInvisibleControl(r) {
			t.Fatalf("snippet %q: control character %U", sn, r)
		}
	}
	prev := 0
	for _, sp := range spans {
		if sp[0] < prev || sp[0] >= sp[1] || sp[1] > len(sn) || !utf8.RuneStart(sn[sp[0]]) ||
			sp[1] < len(sn) && !utf8.RuneStart(sn[sp[1]]) {
			t.Fatalf("snippet %q: bad span %v", sn, sp)
		}
		prev = sp[1]
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Putin’s visit", "Nguyễn Phú Trọng", "e\u0301\u0301", "Đ\xffx", "", "ﬁx 3.6 19-20"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		valid := utf8.ValidString(s)
		for _, tk := range tokenize(s) {
			if tk.start < prev || tk.start >= tk.end || tk.end > len(s) ||
				valid && (!utf8.RuneStart(s[tk.start]) || tk.end < len(s) && !utf8.RuneStart(s[tk.end])) {
				t.Fatalf("tokenize(%q): bad token %+v", s, tk)
			}
			if strings.ToLower(tk.folded) != tk.folded && utf8.ValidString(tk.folded) {
				t.Fatalf("tokenize(%q): %q not folded", s, tk.folded)
			}
			prev = tk.end
		}
		pf := preFold(s)
		if utf8.ValidString(s) && !utf8.ValidString(pf) {
			t.Fatalf("preFold(%q) = %q: invalid UTF-8", s, pf)
		}
		if want := joinFolded(s); pf != want {
			t.Fatalf("preFold(%q) = %q, want the folded tokens %q", s, pf, want)
		}
	})
}

func FuzzSnippet(f *testing.F) {
	f.Add(strings.Repeat("lorem ipsum ", 40)+"Kremlin\x1b[0m", "kremlin")
	f.Add("Urusi\u202e na Marekani", "urusi")
	f.Add("\xff\xfe Putin \xc3", "putin")
	f.Fuzz(func(t *testing.T, text, word string) {
		toks := tokenize(text)
		pats := []pattern{{words: foldedWords(word)}}
		sp := spans(pats, toks)
		for _, s := range sp {
			if s[0] < 0 || s[1] > len(text) || s[0] >= s[1] {
				t.Fatalf("span %v outside %q", s, text)
			}
		}
		sn, ssp := snippet(text, sp)
		checkSnippet(t, sn, ssp)
		if utf8.ValidString(text) && len(ssp) > 0 {
			a, b := sp[0], ssp[0]
			// Controls and bidi overrides inside a match become spaces:
			// the span still covers the same characters.
			if want := strings.Map(shown, text[a[0]:a[1]]); len(text) <= snippetMax && sn[b[0]:b[1]] != want {
				t.Fatalf("snippet span %q != text span %q", sn[b[0]:b[1]], want)
			}
		}
	})
}

func FuzzIndexAndFind(f *testing.F) {
	f.Add("Rais wa Urusi\nVladimir Putin")
	f.Add("\x1b[31mRusisë\x00 Đông\r\n\n")
	f.Add("’'\"*()-:")
	// One index for the whole run, holding one article that each input
	// replaces: opening an index costs more than the rest of an execution,
	// and replacing re-indexes through the delete path too, whose values must
	// be exactly those indexed (a mismatch leaves stale rows, caught below).
	ix, err := Open(context.Background(), "")
	if err != nil {
		f.Fatal(err)
	}
	defer ix.Close()
	f.Fuzz(func(t *testing.T, body string) {
		a := corpus.Build(corpus.Raw{ID: "f", Body: body, Lang: "en"})
		if _, err := ix.Update(context.Background(), []Doc{{Article: a, English: []string{body}}}); err != nil {
			t.Fatalf("Update: %v", err)
		}
		for i := range a.Paragraphs {
			words := foldedWords(a.ParagraphText(i))
			if len(words) == 0 {
				continue
			}
			r, err := ix.Search(context.Background(), `"`+words[0]+`"`, 5)
			if err != nil {
				t.Fatalf("Search(%q): %v", words[0], err)
			}
			if len(r.Hits) == 0 {
				t.Fatalf("%q from paragraph %d not found", words[0], i)
			}
			for _, h := range r.Hits {
				checkSnippet(t, h.Snippet, h.SnippetSpans)
				if h.Paragraph >= len(a.Paragraphs) || h.Paragraph < -1 {
					t.Fatalf("%q: hit in paragraph %d of %d: a row of an earlier input survived", words[0], h.Paragraph, len(a.Paragraphs))
				}
			}
		}
		var rows int
		if err := ix.db.QueryRow(`SELECT count(*) FROM para`).Scan(&rows); err != nil {
			t.Fatal(err)
		}
		if limit := 1 + 2*len(a.Paragraphs); rows > limit {
			t.Fatalf("%d rows for %d paragraphs: rows of an earlier input survived", rows, len(a.Paragraphs))
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := corpus.Sample().Articles[1].Body
	b.SetBytes(int64(len(text)))
	for range b.N {
		tokenize(text)
	}
}

// joinFolded is what preFold must give: ASCII text as it is, other text as
// tokenize's folded tokens joined by spaces.
func joinFolded(s string) string {
	if isASCII(s) {
		return s
	}
	var words []string
	for _, tk := range tokenize(s) {
		words = append(words, tk.folded)
	}
	return strings.Join(words, " ")
}
