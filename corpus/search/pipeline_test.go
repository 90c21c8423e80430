package search_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"slices"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus/search"
	_ "modernc.org/sqlite"
)

// TestPipelinedBuildMatchesSequential builds the same index twice, with
// rows prepared on a second goroutine and on the writer's own, through a
// first build, a re-update with changed, Fill-backed and repeated docs, and
// checks that the tables, the FTS5 index itself and search results agree,
// and that Fill ran for the same docs in the same order.
func TestPipelinedBuildMatchesSequential(t *testing.T) {
	ctx := context.Background()
	n := 600
	if testing.Short() {
		n = 150
	}
	type build struct {
		path  string
		fills []string
		stats []search.Stats
	}
	run := func(opts ...search.UpdateOption) *build {
		b := &build{path: t.TempDir() + "/search.db"}
		ix, err := search.Open(ctx, b.path)
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		docs := genDocs(n, 3)
		st, err := ix.Update(ctx, docs, append(opts, search.BatchSize(70))...)
		if err != nil {
			t.Fatal(err)
		}
		b.stats = append(b.stats, st)
		// Second pass: every 5th doc changes its English, every 7th gets
		// its English and entities from a Fill, and one article comes
		// twice (the later copy wins).
		next := genDocs(n, 3)
		for i := range next {
			d := &next[i]
			if i%5 == 0 && len(d.English) > 0 {
				d.English = slices.Clone(d.English)
				d.English[0] = fmt.Sprintf("changed kettle %d", i)
			}
			if i%7 == 0 {
				en, ents, id := d.English, d.Entities, d.Article.ID
				d.English, d.Entities = nil, nil
				d.Version = "v1"
				d.Fill = func() ([]string, [][]string) {
					b.fills = append(b.fills, id)
					return en, ents
				}
			}
		}
		dup := next[n/2]
		dup.English = []string{"duplicate zither"}
		next = append(next, dup)
		st, err = ix.Update(ctx, next, append(opts, search.BatchSize(70))...)
		if err != nil {
			t.Fatal(err)
		}
		b.stats = append(b.stats, st)
		return b
	}
	pipe, seq := run(), run(search.SequentialPrep())
	if !slices.Equal(pipe.stats, seq.stats) {
		t.Errorf("stats: pipelined %+v, sequential %+v", pipe.stats, seq.stats)
	}
	if pipe.stats[1].Changed == 0 || pipe.stats[1].Unchanged == 0 {
		t.Errorf("second pass did not exercise changes: %+v", pipe.stats[1])
	}
	if !slices.Equal(pipe.fills, seq.fills) || len(pipe.fills) == 0 {
		t.Errorf("Fill calls: pipelined %d, sequential %d, or not in the same order", len(pipe.fills), len(seq.fills))
	}
	for _, q := range []string{
		`SELECT id, article, hash, lang, source, source_key, published, first, last FROM doc ORDER BY id`,
		`SELECT id, doc, idx, field, lang, text, coalesce(ents, '<null>') FROM para ORDER BY id`,
		// Every term occurrence FTS5 holds: term, row, column, position.
		`SELECT term, doc, col, offset FROM temp.inst ORDER BY term, doc, col, offset`,
	} {
		a, na := dump(t, pipe.path, q)
		b, nb := dump(t, seq.path, q)
		if string(a) != string(b) || na != nb || na == 0 {
			t.Errorf("%s: pipelined %d rows %x, sequential %d rows %x", q, na, a[:8], nb, b[:8])
		}
	}
	for _, q := range searchQueries {
		a, b := searchAt(t, pipe.path, q), searchAt(t, seq.path, q)
		if a != b {
			t.Errorf("%q: pipelined\n%s\nsequential\n%s", q, a, b)
		}
	}
}

var searchQueries = []string{
	"the", "putin vietnam", "rusise", "urusi", "kettle", "changed kettle", "zither",
	"moska", "vie*", "entity:Moscow", "putin lang:sw", "the -putin", "russia OR urusi",
}

// dump hashes a query's rows over the index at path.
func dump(t *testing.T, path, q string) ([]byte, int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // temp.inst lives on one connection
	if _, err := db.Exec(`CREATE VIRTUAL TABLE temp.inst USING fts5vocab(main, fts, 'instance')`); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	h := sha256.New()
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%q\n", vals)
		n++
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return h.Sum(nil), n
}

// searchAt renders a search's hits over the index at path.
func searchAt(t *testing.T, path, q string) string {
	t.Helper()
	ix, err := search.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	r, err := ix.Search(context.Background(), q, 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 {
		t.Errorf("%q: no hits", q)
	}
	return fmt.Sprintf("%+v", r.Hits)
}
