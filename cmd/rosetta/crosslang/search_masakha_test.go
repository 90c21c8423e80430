package crosslang_test

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/search"
	"github.com/rosetta-reader/rosetta/translate/gist"
)

// readMasakha reads a MasakhaNEWS dev split: category, headline, text, url.
func readMasakha(t *testing.T, lang, file string) []*corpus.Article {
	t.Helper()
	f, err := os.Open(file)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s missing: the shared MasakhaNEWS data is not here", file)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.Comma, r.LazyQuotes, r.FieldsPerRecord = '\t', true, -1
	var arts []*corpus.Article
	for i := 0; ; i++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if i > 0 && len(rec) >= 3 {
			arts = append(arts, corpus.Build(corpus.Raw{ID: fmt.Sprintf("%s-%03d", lang, i), Title: rec[1], Body: rec[2], Lang: lang}))
		}
	}
	return arts
}

// headlineQuery turns a headline into an OR query of its longest words
// (quoted, so nothing in it is syntax).
func headlineQuery(h string) string {
	words := strings.FieldsFunc(h, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	var q []string
	for _, w := range words[:min(len(words), 6)] {
		if len(w) >= 4 {
			q = append(q, `"`+w+`"`)
		}
	}
	return strings.Join(q, " OR ")
}

// TestMasakhaNewsHeadlineRetrieval measures known-item search on real news:
// each headline (as an OR query) should find its own article, whose title
// is indexed too. Swahili articles also carry their gist English, and half
// of them are looked for by the English gist of their headline: a
// cross-language query.
func TestMasakhaNewsHeadlineRetrieval(t *testing.T) {
	const dir = "../../../../shared/data/masakhanews/"
	sw := readMasakha(t, "sw", dir+"swa/dev.tsv")
	en := readMasakha(t, "en", dir+"eng/dev.tsv")
	ctx := context.Background()
	g := gist.New()
	enTitle := map[string]string{}
	var docs []search.Doc
	for _, a := range append(sw, en...) {
		d := search.Doc{Article: a}
		if a.Lang == "sw" {
			segs := []string{a.Title}
			for i := range a.Paragraphs {
				segs = append(segs, a.ParagraphText(i))
			}
			out, err := g.Translate(ctx, segs, "sw", "en")
			if err != nil {
				t.Fatal(err)
			}
			enTitle[a.ID], d.English = out[0], out[1:]
		}
		docs = append(docs, d)
	}
	ix, err := search.Open(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Update(ctx, docs); err != nil {
		t.Fatal(err)
	}
	score := func(arts []*corpus.Article, headline func(*corpus.Article) string) (float64, float64) {
		var sum, found float64
		for _, a := range arts {
			r, err := ix.Search(ctx, headlineQuery(headline(a)), 10)
			if err != nil {
				t.Fatalf("%s: %v", a.ID, err)
			}
			var seen []string
			for _, h := range r.Hits {
				if len(seen) == 0 || seen[len(seen)-1] != h.Article {
					seen = append(seen, h.Article)
				}
				if h.Article == a.ID {
					sum += 1 / float64(len(seen))
					found++
					break
				}
			}
		}
		n := float64(len(arts))
		return sum / n, found / n
	}
	title := func(a *corpus.Article) string { return a.Title }
	for _, c := range []struct {
		name string
		arts []*corpus.Article
		head func(*corpus.Article) string
		min  float64
	}{
		{"English headlines", en, title, 0.95},
		{"Swahili headlines", sw, title, 0.95},
		{"Swahili articles by their English gist headline", sw, func(a *corpus.Article) string { return enTitle[a.ID] }, 0.8},
	} {
		m, found := score(c.arts, c.head)
		t.Logf("%s: MRR@10 %.3f, found in top 10: %.3f (%d queries)", c.name, m, found, len(c.arts))
		if m < c.min {
			t.Errorf("%s: MRR@10 %.3f, want ≥ %.2f", c.name, m, c.min)
		}
	}
}
