// Command ftsfloor measures the floor of the 100k index build: the time
// SQLite's FTS5 alone takes to index the generated corpus's text, with the
// index's own FTS5 options, and nothing else (no stored text, no word-pair
// table, no folding: the rows are made before the clock starts). With
// -shards K the articles are split over K files, each written by its own
// connection on its own goroutine, which is the most a K-core machine can
// gain from building shards in parallel.
//
//	go run ./corpus/search/internal/ftsfloor -n 100000 -shards 2
package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/rosetta-reader/rosetta/corpus/search/internal/cputime"
	"github.com/rosetta-reader/rosetta/corpus/search/internal/gen"
	_ "modernc.org/sqlite"
)

// ftsSchema matches the fts table of corpus/search (schema.go).
const ftsSchema = `CREATE VIRTUAL TABLE fts USING fts5(
	title, body, entities,
	content='', detail=full, columnsize=0,
	tokenize='unicode61 remove_diacritics 2')`

type row struct{ title, body, ents any }

// automerge is FTS5's automerge setting while inserting (the index uses 8).
var automerge int

func main() {
	n := flag.Int("n", 100000, "articles to generate")
	shards := flag.Int("shards", 1, "index files written in parallel")
	dir := flag.String("dir", os.TempDir(), "directory for the index files")
	detail := flag.String("detail", "full", "FTS5 detail option (full, column, none), or \"stored\": the rows into a plain table instead (the cost of storing the text)")
	flag.IntVar(&automerge, "automerge", 8, "FTS5 automerge while inserting (0: none, all merging left to the final optimize)")
	flag.Parse()
	if err := run(*n, *shards, *dir, *detail); err != nil {
		fmt.Fprintln(os.Stderr, "ftsfloor:", err)
		os.Exit(1)
	}
}

func run(n, shards int, dir, detail string) error {
	parts := make([][][]row, shards) // shard → article → rows
	g := gen.New(gen.Options{Seed: 1, English: true})
	var text int64
	for i := 0; i < n; i++ {
		d := g.Next()
		a := d.Article
		rows := []row{{title: a.Title}}
		text += int64(len(a.Title))
		for j := range a.Paragraphs {
			r := row{body: a.ParagraphText(j)}
			if j < len(d.Entities) && len(d.Entities[j]) > 0 {
				r.ents = strings.Join(d.Entities[j], "\n")
			}
			rows = append(rows, r)
			text += int64(len(a.ParagraphText(j)))
			if j < len(d.English) && d.English[j] != "" {
				rows = append(rows, row{body: d.English[j]})
				text += int64(len(d.English[j]))
			}
		}
		parts[i%shards] = append(parts[i%shards], rows)
	}
	fmt.Printf("%d articles, %.1f MB of text, %d shard(s), detail=%s, automerge=%d\n", n, float64(text)/1e6, shards, detail, automerge)
	ctx := context.Background()
	t0, c0 := time.Now(), cputime.Process()
	var wg sync.WaitGroup
	errs := make([]error, shards)
	opt := make([]time.Duration, shards)
	for s := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			path := filepath.Join(dir, fmt.Sprintf("ftsfloor-%d.db", s))
			opt[s], errs[s] = build(ctx, path, parts[s], detail)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	fmt.Printf("insert + optimize: wall %v, cpu %v (optimize wall per shard: %v)\n",
		time.Since(t0).Round(time.Millisecond), (cputime.Process() - c0).Round(time.Millisecond), opt)
	return nil
}

// build writes one shard: transactions of about 8 MB of text, as Update
// does, then an optimize.
func build(ctx context.Context, path string, arts [][]row, detail string) (time.Duration, error) {
	remove := func() {
		for _, suf := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suf)
		}
	}
	remove()
	defer remove()
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	stmts := []string{
		strings.Replace(ftsSchema, "detail=full", "detail="+detail, 1),
		`INSERT INTO fts(fts, rank) VALUES('hashsize', 16777216)`,
		fmt.Sprintf(`INSERT INTO fts(fts, rank) VALUES('automerge', %d)`, automerge),
	}
	if detail == "stored" {
		stmts = []string{`CREATE TABLE fts(title, body, entities)`}
	}
	for _, s := range stmts {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return 0, err
		}
	}
	var tx *sql.Tx
	var ins *sql.Stmt
	size, id := 0, int64(0)
	for i, rows := range arts {
		if tx == nil {
			if tx, err = db.BeginTx(ctx, nil); err != nil {
				return 0, err
			}
			if ins, err = tx.PrepareContext(ctx, `INSERT INTO fts(rowid, title, body, entities) VALUES(?,?,?,?)`); err != nil {
				return 0, err
			}
		}
		for _, r := range rows {
			id++
			if _, err := ins.ExecContext(ctx, id, r.title, r.body, r.ents); err != nil {
				return 0, err
			}
			for _, v := range []any{r.title, r.body, r.ents} {
				if s, ok := v.(string); ok {
					size += len(s)
				}
			}
		}
		if size >= 8<<20 || i == len(arts)-1 {
			ins.Close()
			if err := tx.Commit(); err != nil {
				return 0, err
			}
			tx, size = nil, 0
		}
	}
	t0 := time.Now()
	if detail == "stored" {
		return 0, nil
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO fts(fts) VALUES('optimize')`); err != nil {
		return 0, err
	}
	return time.Since(t0).Round(time.Millisecond), nil
}
