package summary

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus"
)

// fuzzSeeds are inputs every fuzz target starts from: seed paragraphs and
// hostile text (controls, invalid UTF-8, unbalanced quotes and brackets).
func fuzzSeeds(f *testing.F) []string {
	out := []string{
		"", " ", "\x00\x1b[31mred\x1b[0m", "\xff\xfe broken", "“open quote, (unclosed bracket",
		"HANOI.- A, b. C (d) [e] “f” g, which h, i said.",
		"Putin’s visit, June 19-20, cost $3.6 billion (SHBA-ja), t’i.\u202e\u200b",
	}
	for _, a := range seeds(f) {
		for i := range a.Paragraphs {
			out = append(out, a.ParagraphText(i))
		}
	}
	return out
}

func FuzzRows(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s+"\n\n"+s, uint8(i))
	}
	langs := []string{"sw", "sq", "en", ""}
	f.Fuzz(func(t *testing.T, body string, pick uint8) {
		a := corpus.Build(corpus.Raw{ID: "f", Body: body, Lang: langs[int(pick)%len(langs)]})
		sum, err := New(&fakeBackend{}, newMemStore()).Summarize(context.Background(), a, "en")
		if err != nil {
			t.Fatalf("Summarize: %v", err)
		}
		if len(sum.Rows) != len(a.Paragraphs) {
			t.Fatalf("%d rows for %d paragraphs", len(sum.Rows), len(a.Paragraphs))
		}
		for i, r := range sum.Rows {
			if r.Paragraph != i {
				t.Fatalf("row %d is for paragraph %d", i, r.Paragraph)
			}
			fuzzLine(t, r.Text)
			fuzzLine(t, r.Translation)
		}
		for _, p := range sum.Overview {
			fuzzLine(t, p.Text)
			for _, q := range p.Paragraphs {
				if q < 0 || q >= len(a.Paragraphs) {
					t.Fatalf("point links paragraph %d of %d", q, len(a.Paragraphs))
				}
			}
		}
	})
}

func FuzzCompress(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, uint8(i%40))
	}
	f.Fuzz(func(t *testing.T, s string, budget uint8) {
		s = clean(s)
		out := compress(s, recognize, int(budget))
		fuzzLine(t, out)
		in := map[string]bool{}
		for _, tk := range tokenize(s) {
			in[tk.text] = true
		}
		for _, tk := range tokenize(out) {
			if !in[tk.text] && !in[lowerFirstRune(tk.text)] && !in[upperFirst(tk.text)] {
				t.Fatalf("compress invented %q:\n in %q\nout %q", tk.text, s, out)
			}
		}
	})
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	f.Fuzz(func(t *testing.T, s string) {
		s = clean(s)
		got := splitSentences(s)
		for _, x := range got {
			if x == "" || x != strings.TrimSpace(x) {
				t.Fatalf("sentence %q", x)
			}
		}
		if squeeze(strings.Join(got, "")) != squeeze(s) {
			t.Fatalf("sentences %q do not cover %q", got, s)
		}
	})
}

func FuzzClean(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := clean(s)
		fuzzLine(t, c)
		if clean(c) != c || !isClean(c) {
			t.Fatalf("clean is not idempotent on %q", s)
		}
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range tokenize(s) {
			if tk.start < prev || tk.end <= tk.start || tk.end > len(s) || s[tk.start:tk.end] != tk.text {
				t.Fatalf("token %+v after %d in %q", tk, prev, s)
			}
			// Offsets are rune boundaries of valid text (callers clean first).
			valid := utf8.ValidString(s)
			if valid && (!utf8.RuneStart(s[tk.start]) || (tk.end < len(s) && !utf8.RuneStart(s[tk.end]))) {
				t.Fatalf("token %+v off rune boundaries in %q", tk, s)
			}
			prev = tk.end
		}
	})
}

// fuzzLine fails unless s is valid UTF-8 free of control characters.
func fuzzLine(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8: %q", s)
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			t.Fatalf("control character %U in %q", r, s)
		}
	}
}

func lowerFirstRune(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// FuzzHeadline: headline style only deletes words, keeps every name and
// quotation mark, and returns one clean line.
func FuzzHeadline(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Add("Russian President Vladimir Putin, left, and his counterpart, To Lam, wave.")
	f.Add(`The visit is expected, "the a an" he said that.`)
	f.Fuzz(func(t *testing.T, s string) {
		s = clean(s)
		ms := recognize(s, "en")
		out := headline(s, ms)
		fuzzLine(t, out)
		in := map[string]bool{}
		for _, tk := range tokenize(s) {
			in[tk.text] = true
		}
		for _, tk := range tokenize(out) {
			if !in[tk.text] && !in[lowerFirstRune(tk.text)] && !in[upperFirst(tk.text)] {
				t.Fatalf("headline invented %q:\n in %q\nout %q", tk.text, s, out)
			}
		}
		if wordCount(out) > wordCount(s)+1 {
			t.Fatalf("headline grew %q to %q", s, out)
		}
	})
}
