package corpus

import (
	"context"
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestHeader(t *testing.T) {
	h := Header(Raw{ID: "x", Title: "  Putin\x1b[2J  ziarani\n", Lang: "SW-ke", Source: "BBC\tSwahili",
		Body: "Rais wa Urusi amewasili.\n\nMkataba wa 2024 umesainiwa leo.\n \n\n"})
	if h.Title != "Putin ziarani" || h.Lang != "sw" || !h.LangDeclared || h.Source != "BBC Swahili" {
		t.Errorf("metadata: %+v", h)
	}
	if !h.HeaderOnly || h.Body != "" || h.Words != 9 || h.ParagraphCount != 2 || h.NumParagraphs() != 2 {
		t.Errorf("counts: header %v, %d words, %d paragraphs", h.HeaderOnly, h.Words, h.ParagraphCount)
	}
	// No title: the body's first line; an English body is detected.
	body := "Russia and Vietnam signed a wide-ranging treaty in Hanoi on Thursday, the two governments said, " +
		"after talks that lasted most of the day and covered energy, trade and security.\n\nMore follows."
	h = Header(Raw{ID: "y", Body: body})
	if !strings.HasPrefix(h.Title, "Russia and Vietnam signed") || !strings.HasSuffix(h.Title, "…") ||
		utf8.RuneCountInString(h.Title) > 101 || h.Lang != "en" || h.LangDeclared {
		t.Errorf("derived: title %q lang %q", h.Title, h.Lang)
	}
	if h := Header(Raw{ID: "only-id"}); h.Title != "only-id" || h.Words != 0 || h.ParagraphCount != 0 {
		t.Errorf("empty: %+v", h)
	}
}

// TestHeaderNearBuild checks that the header's counts approximate the
// built article's on the embedded sample.
func TestHeaderNearBuild(t *testing.T) {
	for _, a := range Sample().Articles {
		h := Header(Raw{ID: a.ID, Title: a.Title, Body: a.Body, Lang: a.Lang})
		if d := h.Words - a.Words; d < -a.Words/10 || d > a.Words/10 {
			t.Errorf("%s: header %d words, built %d", a.ID, h.Words, a.Words)
		}
		if h.ParagraphCount != len(a.Paragraphs) {
			t.Errorf("%s: header %d paragraphs, built %d", a.ID, h.ParagraphCount, len(a.Paragraphs))
		}
	}
}

func TestLazyFull(t *testing.T) {
	ctx := context.Background()
	built := Build(Raw{ID: "a", Body: "Habari njema.", Lang: "sw"})
	boom := errors.New("boom")
	c := NewLazy([]*Article{{ID: "a", HeaderOnly: true}, {ID: "b", HeaderOnly: true}, built, {ID: "n", HeaderOnly: true}},
		func(_ context.Context, id string) (*Article, error) {
			switch id {
			case "a":
				return built, nil
			case "b":
				return nil, boom
			}
			return nil, nil
		})
	if c.Len() != 3 || !c.Lazy() {
		t.Fatalf("%d articles, lazy %v", c.Len(), c.Lazy())
	}
	if a, err := c.Full(ctx, "a"); err != nil || a != built {
		t.Errorf("a: %v %v", a, err)
	}
	if _, err := c.Full(ctx, "b"); !errors.Is(err, boom) {
		t.Errorf("b: %v", err)
	}
	if _, err := c.Full(ctx, "n"); !errors.Is(err, ErrNotFound) {
		t.Errorf("a builder returning nothing: %v", err)
	}
	if _, err := c.Full(ctx, "zz"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown: %v", err)
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := c.Full(cancelled, "a"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	plain := New([]*Article{built})
	if a, err := plain.Full(ctx, "a"); plain.Lazy() || err != nil || a != built {
		t.Errorf("built corpus: %v %v", a, err)
	}
	if _, err := New([]*Article{{ID: "h", HeaderOnly: true}}).Full(ctx, "h"); !errors.Is(err, ErrNotFound) {
		t.Errorf("header without builder: %v", err)
	}
}

func FuzzHeader(f *testing.F) {
	f.Add("Kichwa", "sw", "Rais wa Urusi.\n\nMkataba.")
	f.Add("", "", "\x1b]0;evil\x07line one\r\n\r\nline\xfftwo")
	f.Add("\u202e\x00", "en-US", "  \n \n\n")
	f.Fuzz(func(t *testing.T, title, lang, body string) {
		h := Header(Raw{ID: "id", Title: title, Lang: lang, Body: body, Source: title})
		for _, s := range []string{h.Title, h.Source, h.Lang} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 %q", s)
			}
			for _, r := range s {
				if unicode.IsControl(r) {
					t.Fatalf("control %U in %q", r, s)
				}
			}
		}
		if !h.HeaderOnly || h.Body != "" || h.Words < 0 || h.ParagraphCount < 0 || h.Words > len(body) ||
			h.ParagraphCount > len(body) || (h.Words > 0 && h.ParagraphCount == 0) || h.Title == "" {
			t.Fatalf("header %+v", h)
		}
	})
}

func BenchmarkHeader(b *testing.B) {
	r := Raw{ID: "x", Title: "Habari", Body: strings.Repeat("Rais wa Urusi amewasili Hanoi kwa ziara ya siku mbili.\n\n", 40)}
	b.SetBytes(int64(len(r.Body)))
	for b.Loop() {
		Header(r)
	}
}
