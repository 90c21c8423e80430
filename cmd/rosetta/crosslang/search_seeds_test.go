package crosslang_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
	"github.com/rosetta-reader/rosetta/corpus/search"
	"github.com/rosetta-reader/rosetta/translate/gist"
)

// seedIndex indexes the embedded sample the way the reader does: gist
// English for the Swahili and Albanian paragraphs, entity names and aliases
// per paragraph from corpus/entity, and an Expander over entity aliases.
type seedIndex struct {
	ix      *search.Index
	c       *corpus.Corpus
	docs    map[string]search.Doc // by 3-digit prefix ("000")
	english map[string][]string
}

var (
	seedOnce sync.Once
	seedDocs []search.Doc
	seedEnts *entity.Index
	seedErr  error
)

func buildSeedDocs() ([]search.Doc, *entity.Index, error) {
	seedOnce.Do(func() {
		c := corpus.Sample()
		ents := entity.Link(c)
		g := gist.New()
		for _, a := range c.Articles {
			d := search.Doc{Article: a, Entities: make([][]string, len(a.Paragraphs))}
			if a.Lang != "en" {
				paras := make([]string, len(a.Paragraphs))
				for i := range paras {
					paras[i] = a.ParagraphText(i)
				}
				en, err := g.Translate(context.Background(), paras, a.Lang, "en")
				if err != nil {
					seedErr = err
					return
				}
				d.English = en
			}
			for _, m := range ents.InArticle(a.ID) {
				if !m.Known() {
					continue
				}
				for i, p := range a.Paragraphs {
					if m.Start >= p.Start && m.End <= p.End {
						if e, ok := ents.Entity(m.Key); ok && !slices.Contains(d.Entities[i], e.Name) {
							d.Entities[i] = append(d.Entities[i], e.Name)
							d.Entities[i] = append(d.Entities[i], ents.Aliases(m.Key)...)
						}
					}
				}
			}
			seedDocs = append(seedDocs, d)
		}
		seedEnts = ents
	})
	return seedDocs, seedEnts, seedErr
}

func openSeeds(t *testing.T) (*search.Index, []search.Doc) {
	t.Helper()
	docs, ents, err := buildSeedDocs()
	if err != nil {
		t.Fatal(err)
	}
	exp := search.ExpanderFunc(func(term string) []string {
		if e, ok := ents.Lookup(term, ""); ok {
			return ents.Aliases(e.Key)
		}
		return nil
	})
	ix, err := search.Open(context.Background(), "", search.WithExpander(exp))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Update(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	return ix, docs
}

// fieldText returns the text a hit's spans refer to.
func fieldText(t *testing.T, docs []search.Doc, h search.Hit) string {
	t.Helper()
	for _, d := range docs {
		if d.Article.ID != h.Article {
			continue
		}
		switch h.Field {
		case "title":
			return d.Article.Title
		case "translation":
			return d.English[h.Paragraph]
		default:
			return d.Article.ParagraphText(h.Paragraph)
		}
	}
	t.Fatalf("hit for unknown article %s", h.Article)
	return ""
}

// want names a paragraph that must be among the hits: the article (by its
// 3-digit prefix), the field, and a phrase of the paragraph's text.
type want struct {
	art, field, contains string
}

func TestSeedQueries(t *testing.T) {
	ix, docs := openSeeds(t)
	langOf := map[string]string{}
	for _, d := range docs {
		langOf[d.Article.ID[:3]] = d.Article.Lang
	}
	if langOf["001"] != "sq" || langOf["000"] != "sw" {
		t.Fatalf("sample languages %v: corpus.Build should detect sw and sq", langOf)
	}
	cases := []struct {
		q        string
		must     []want
		mustNot  []string // articles that must not appear
		only     []string // if set, the exact set of articles
		spanWord string   // every span in an original/translation hit folds to a word starting with this (optional)
	}{
		{q: "Kremlin", must: []want{{"003", "original", "The Kremlin denies"}, {"004", "original", "The Kremlin called"}},
			mustNot: []string{"002"}},
		{q: "rusise", must: []want{{"001", "original", "flamuj të Rusisë"}}},
		{q: `"South China Sea"`, must: []want{{"004", "original", "tensions in the South China Sea"}, {"004", "original", "disputed South China Sea"},
			{"000", "original", "Bahari ya Kusini ya China"}}, mustNot: []string{"002", "003"}},
		{q: "entity:Moscow lang:sq", must: []want{{"001", "original", "Moska"}}, only: []string{"001"}},
		{q: "Urusi", must: []want{{"000", "original", "Urusi kihistoria imekuwa"}, {"001", "original", "Rusisë"}}},
		{q: "Putin -Korea", must: []want{{"003", "original", "Putin visited Vietnam as Moscow faces"}}},
		{q: "vietnam OR hanoi", only: []string{"000", "001", "002", "003", "004"}},
		// The Swahili and Albanian articles match through their English.
		{q: "agree*", must: []want{{"003", "original", "agreed to deepen cooperation"}, {"002", "original", "Agreements"},
			{"000", "translation", ""}, {"001", "translation", ""}}, spanWord: "agree"},
	}
	for _, tc := range cases {
		t.Run(tc.q, func(t *testing.T) {
			r, err := ix.Search(context.Background(), tc.q, 20)
			if err != nil {
				t.Fatal(err)
			}
			arts := map[string]bool{}
			for _, h := range r.Hits {
				arts[h.Article[:3]] = true
				text := fieldText(t, docs, h)
				for _, sp := range h.Spans {
					if sp[0] < 0 || sp[1] > len(text) || sp[0] >= sp[1] {
						t.Fatalf("%s: span %v outside its %d-byte text", h.Article, sp, len(text))
					}
					if tc.spanWord != "" && !strings.HasPrefix(strings.ToLower(text[sp[0]:sp[1]]), tc.spanWord) {
						t.Errorf("span %q does not start with %q", text[sp[0]:sp[1]], tc.spanWord)
					}
				}
				if tc.q == "Putin -Korea" && strings.Contains(strings.ToLower(text), "korea") {
					t.Errorf("excluded word in hit %s/%d (%s): %q", h.Article[:3], h.Paragraph, h.Field, text)
				}
			}
			for _, w := range tc.must {
				if !hasHit(t, docs, r.Hits, w) {
					t.Errorf("no %s hit in %s containing %q; got %s", w.field, w.art, w.contains, describe(r.Hits))
				}
			}
			for _, a := range tc.mustNot {
				if arts[a] {
					t.Errorf("article %s should not match; got %s", a, describe(r.Hits))
				}
			}
			if tc.only != nil {
				var got []string
				for a := range arts {
					got = append(got, a)
				}
				slices.Sort(got)
				if !slices.Equal(got, tc.only) {
					t.Errorf("articles %v, want %v", got, tc.only)
				}
			}
		})
	}
}

func hasHit(t *testing.T, docs []search.Doc, hits []search.Hit, w want) bool {
	for _, h := range hits {
		if h.Article[:3] == w.art && h.Field == w.field && strings.Contains(fieldText(t, docs, h), w.contains) {
			return true
		}
	}
	return false
}

func describe(hits []search.Hit) string {
	var b strings.Builder
	for _, h := range hits {
		b.WriteString("\n  " + h.Article[:3] + " " + h.Field + " " + strings.TrimSpace(h.Snippet[:min(len(h.Snippet), 70)]))
	}
	return b.String()
}
