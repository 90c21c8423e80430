package search

import (
	"context"
	"fmt"
)

// schemaVersion is stored in PRAGMA user_version. The index is a cache: an
// index written by another version is dropped and rebuilt by the next Update.
const schemaVersion = 6

// Field codes stored in para.field.
const (
	fieldOriginal    = 0
	fieldTranslation = 1
	fieldTitle       = 2
)

var fieldNames = [...]string{"original", "translation", "title"}

// The FTS5 table is contentless: the text lives once, in para, and a row is
// deleted by handing FTS5 the values it indexed, read back from para.
// detail=full keeps positions, which phrase queries need; columnsize=0
// drops per-row sizes, which only bm25() (not used) would read. An
// article's rows are contiguous, so doc keeps their range instead of an
// index on para(doc).
var schema = []string{
	`CREATE TABLE IF NOT EXISTS doc(
		id INTEGER PRIMARY KEY,
		article TEXT NOT NULL UNIQUE,
		hash BLOB NOT NULL,
		lang TEXT NOT NULL,
		source TEXT NOT NULL,
		source_key TEXT NOT NULL,
		published INTEGER NOT NULL,
		first INTEGER NOT NULL DEFAULT 0,
		last INTEGER NOT NULL DEFAULT -1
	)`,
	`CREATE TABLE IF NOT EXISTS para(
		id INTEGER PRIMARY KEY,
		doc INTEGER NOT NULL,
		idx INTEGER NOT NULL,
		field INTEGER NOT NULL,
		lang TEXT NOT NULL,
		text TEXT NOT NULL,
		ents TEXT
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
		title, body, entities,
		content='', detail=full, columnsize=0,
		tokenize='unicode61 remove_diacritics 2'
	)`,
	// Common-word pairs per row, for phrases of frequent words (grams.go).
	`CREATE VIRTUAL TABLE IF NOT EXISTS grams USING fts5(
		g, content='', contentless_delete=1, detail=none,
		tokenize="unicode61 remove_diacritics 0 tokenchars '_'"
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS grams_terms USING fts5vocab(grams, 'row')`,
	// The vocabulary snapshot prefix queries complete against (vocab.go).
	`CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(fts, 'row')`,
	`CREATE TABLE IF NOT EXISTS vocab(term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID`,
	`CREATE TABLE IF NOT EXISTS state(key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID`,
	// A larger pending-data buffer (default 1 MB) means fewer, larger
	// segments per batch and less merging while indexing.
	`INSERT INTO fts(fts, rank) VALUES('hashsize', 16777216)`,
	`INSERT INTO fts(fts, rank) VALUES('automerge', 8)`,
}

var dropAll = []string{
	`DROP TABLE IF EXISTS grams_terms`, `DROP TABLE IF EXISTS grams`,
	`DROP TABLE IF EXISTS fts_terms`, `DROP TABLE IF EXISTS vocab`, `DROP TABLE IF EXISTS state`,
	`DROP TABLE IF EXISTS fts`, `DROP TABLE IF EXISTS para`, `DROP TABLE IF EXISTS doc`,
}

// migrate creates the schema, or drops an index written by another schema
// version and creates it afresh.
func (ix *Index) migrate(ctx context.Context) error {
	var v int
	if err := ix.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&v); err != nil {
		return fmt.Errorf("search: read schema version: %w", err)
	}
	if v == schemaVersion {
		return nil
	}
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("search: migrate: %w", err)
	}
	defer tx.Rollback()
	stmts := schema
	if v != 0 {
		stmts = append(append([]string{}, dropAll...), schema...)
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("search: create schema: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion)); err != nil {
		return fmt.Errorf("search: set schema version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("search: migrate: %w", err)
	}
	return nil
}
