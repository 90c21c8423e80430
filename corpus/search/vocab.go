package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// FTS5 answers "put*" by merging the postings of every indexed word that
// starts with "put": on a 100,000-article index that takes 100 ms or more
// per query. Big indexes therefore keep a vocabulary snapshot (each word and
// the rows it is in, read from fts5vocab in one pass of about 2 s CPU per
// 100,000 articles) and complete a prefix to its most common words, which
// FTS5 then finds newest-first like any word. Small indexes, or prefixes the
// snapshot does not know (words newer than it), use FTS5's own prefix
// search, which is exact.
const (
	// vocabMinRows: below this many rows FTS5's prefix search is fast
	// enough (a few ms) and exact.
	vocabMinRows = 50000
	// maxCompletions bounds the words a prefix stands for.
	maxCompletions = 16
)

// vocabStale reports whether the snapshot should be rebuilt: the index is
// big and the snapshot is missing or older than 5% of its rows.
func (ix *Index) vocabStale(rows, snapshot int64) bool {
	return rows >= ix.vocabMin && (snapshot == 0 || rows-snapshot > max(rows/20, 2000))
}

// rowCount returns the highest row id: the rows ever written, a cheap
// upper bound of the live ones.
func rowCount(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int64, error) {
	var n int64
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM para`).Scan(&n)
	return n, err
}

// snapshotRows returns the row count when the snapshot was taken (0: none).
func snapshotRows(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}) (int64, error) {
	var n int64
	err := q.QueryRowContext(ctx, `SELECT value FROM state WHERE key = 'vocab_rows'`).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return n, err
}

// refreshVocab rebuilds the snapshot.
func (ix *Index) refreshVocab(ctx context.Context) error {
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("search: vocabulary: %w", err)
	}
	defer tx.Rollback()
	for _, s := range []string{
		`DELETE FROM vocab`,
		`INSERT INTO vocab(term, docs) SELECT term, doc FROM fts_terms`,
		`INSERT OR REPLACE INTO state(key, value) VALUES('vocab_rows', (SELECT coalesce(max(id), 0) FROM para))`,
	} {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("search: vocabulary: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("search: vocabulary: %w", err)
	}
	return nil
}

// refreshInBackground rebuilds the snapshot off the caller's path, once at
// a time; Close waits for it. Until the first snapshot exists prefixes use
// FTS5's own (slower) prefix search; later, a stale snapshot serves.
func (ix *Index) refreshInBackground() {
	if !ix.refreshing.CompareAndSwap(false, true) {
		return
	}
	ix.bg.Add(1)
	go func() {
		defer ix.bg.Done()
		defer ix.refreshing.Store(false)
		ix.writeMu.Lock()
		defer ix.writeMu.Unlock()
		// Errors only leave the old snapshot in place; the next prefix
		// search tries again.
		_ = ix.refreshVocab(ix.bgCtx)
	}()
}

// complete fills in the completions of the query's one-word prefix terms
// and phrase-final prefixes from the snapshot, on big indexes.
func (ix *Index) complete(ctx context.Context, q *Query) error {
	var terms []*Term
	for i := range q.Clauses {
		for j := range q.Clauses[i].Alts {
			if q.Clauses[i].Alts[j].Prefix {
				terms = append(terms, &q.Clauses[i].Alts[j])
			}
		}
	}
	if len(terms) == 0 {
		return nil
	}
	rows, err := rowCount(ctx, ix.db)
	if err != nil || rows < ix.vocabMin {
		return err
	}
	snap, err := snapshotRows(ctx, ix.db)
	if err != nil {
		return queryErr(ctx, err)
	}
	if ix.vocabStale(rows, snap) {
		ix.refreshInBackground()
	}
	if snap == 0 {
		return nil // no snapshot yet: FTS5's own prefix search
	}
	for _, t := range terms {
		last := t.Words[len(t.Words)-1]
		words, err := ix.completions(ctx, last)
		if err != nil {
			return err
		}
		for _, w := range words {
			alt := append(append([]string{}, t.Words[:len(t.Words)-1]...), w)
			t.completions = append(t.completions, alt)
		}
	}
	return nil
}

// completions returns the most common snapshot words starting with p. Their
// document frequencies are not kept: weigh counts them, bounded, like any
// word's.
func (ix *Index) completions(ctx context.Context, p string) ([]string, error) {
	rows, err := ix.db.QueryContext(ctx,
		`SELECT term FROM vocab WHERE term >= ? AND term < ? ORDER BY docs DESC, term LIMIT ?`,
		p, p+"\U0010FFFF", maxCompletions)
	if err != nil {
		return nil, queryErr(ctx, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return nil, queryErr(ctx, err)
		}
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr(ctx, err)
	}
	return out, nil
}

// Optimize merges the FTS5 index into one segment (smaller, faster to
// query) and rebuilds the vocabulary snapshot. Call it after a bulk import;
// it takes a few seconds per 100,000 articles and blocks Update meanwhile.
func (ix *Index) Optimize(ctx context.Context) error {
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	if _, err := ix.db.ExecContext(ctx, `INSERT INTO fts(fts) VALUES('optimize')`); err != nil {
		return fmt.Errorf("search: optimize: %w", err)
	}
	return ix.refreshVocab(ctx)
}
