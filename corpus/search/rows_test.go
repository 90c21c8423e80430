package search_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus/corpustest"
	"github.com/rosetta-reader/rosetta/corpus/search"
)

// longDoc is a long article (its rows come in many chunks) with entity
// names on every paragraph and English on every third.
func longDoc(t testing.TB, paragraphs int, fill bool) search.Doc {
	t.Helper()
	a := corpustest.MustLongArticle(t, paragraphs)
	en := make([]string, len(a.Paragraphs))
	ents := make([][]string, len(a.Paragraphs))
	names := [][]string{{"Vladimir Putin", "Putin", "Putini"}, {"Moscow", "Moska", "Moskva"}, nil}
	for i := range a.Paragraphs {
		if i%3 == 0 {
			en[i] = fmt.Sprintf("translated zither %d", i)
		}
		ents[i] = names[i%len(names)]
	}
	d := search.Doc{Article: a, English: en, Entities: ents}
	if fill {
		d.English, d.Entities, d.Version = nil, nil, "v1"
		d.Fill = func() ([]string, [][]string) { return en, ents }
	}
	return d
}

// TestLongDocChunksMatchSequential: a long doc's rows, written chunk by
// chunk while later chunks are prepared, make the same tables and FTS
// index as the unchunked sequential build, through a first build and a
// re-index that replaces the long doc's rows.
func TestLongDocChunksMatchSequential(t *testing.T) {
	ctx := context.Background()
	build := func(opts ...search.UpdateOption) string {
		path := t.TempDir() + "/search.db"
		ix, err := search.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		long := longDoc(t, 2500, true)
		docs := append(genDocs(40, 5), long)
		if _, err := ix.Update(ctx, docs, opts...); err != nil {
			t.Fatal(err)
		}
		// The long doc changes (its Fill's version) and moves between
		// small ones: its rows are removed and written again.
		long.Version = "v2"
		docs = slices.Insert(genDocs(40, 5), 20, long)
		st, err := ix.Update(ctx, docs, opts...)
		if err != nil {
			t.Fatal(err)
		}
		if st.Changed != 1 || st.Paragraphs < 3000 {
			t.Fatalf("re-index: %+v", st)
		}
		return path
	}
	pipe, seq := build(), build(search.SequentialPrep())
	for _, q := range []string{
		`SELECT id, article, hash, lang, source, source_key, published, first, last FROM doc ORDER BY id`,
		`SELECT id, doc, idx, field, lang, text, coalesce(ents, '<null>') FROM para ORDER BY id`,
		`SELECT rowid, g FROM grams ORDER BY rowid`,
		`SELECT term, doc, col, offset FROM temp.inst ORDER BY term, doc, col, offset`,
	} {
		a, na := dump(t, pipe, q)
		b, nb := dump(t, seq, q)
		if string(a) != string(b) || na != nb || na == 0 {
			t.Errorf("%s: pipelined %d rows %x, sequential %d rows %x", q, na, a[:8], nb, b[:8])
		}
	}
	for _, q := range []string{"zither", "putini", "moska", "entity:Moscow"} {
		if a, b := searchAt(t, pipe, q), searchAt(t, seq, q); a != b {
			t.Errorf("%q: pipelined\n%s\nsequential\n%s", q, a, b)
		}
	}
}
