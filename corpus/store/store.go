// Package store keeps fetched articles, the feed subscriptions and the
// reading state (read, starred) in one SQLite database.
//
// Durability: the database runs in WAL mode with synchronous=NORMAL, so a
// committed transaction survives the process being killed (it is in the
// WAL, which the OS holds); only a power loss can drop the last commits.
// Every mark is its own committed transaction and each feed's items are
// committed together, so a crash never loses what was reported stored.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"

	_ "modernc.org/sqlite" // the "sqlite" database/sql driver

	"github.com/rosetta-reader/rosetta/corpus"
)

// ErrNotFound is returned for an unknown article or source. It wraps
// corpus.ErrNotFound so callers can test either.
var ErrNotFound = fmt.Errorf("store: %w", corpus.ErrNotFound)

// Store is an open database. It is safe for concurrent use.
type Store struct {
	db   *sql.DB
	path string
}

const schema = `
CREATE TABLE IF NOT EXISTS sources (
	url           TEXT PRIMARY KEY,
	title         TEXT NOT NULL DEFAULT '',
	lang          TEXT NOT NULL DEFAULT '',
	category      TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_fetch    INTEGER NOT NULL DEFAULT 0,
	error         TEXT NOT NULL DEFAULT '',
	added         INTEGER NOT NULL DEFAULT 0
);
-- Article metadata is kept apart from bodies so that listing 100,000
-- headers reads a compact table instead of pages full of text.
CREATE TABLE IF NOT EXISTS articles (
	n            INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	source       TEXT NOT NULL,
	guid         TEXT NOT NULL DEFAULT '',
	link         TEXT NOT NULL DEFAULT '',
	hash         TEXT NOT NULL,
	title        TEXT NOT NULL DEFAULT '',
	lang         TEXT NOT NULL DEFAULT '',
	byline       TEXT NOT NULL DEFAULT '',
	source_title TEXT NOT NULL DEFAULT '',
	published    INTEGER NOT NULL DEFAULT 0,
	fetched      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
-- Newest first without sorting: the article list's first page is read
-- straight off this index.
CREATE INDEX IF NOT EXISTS articles_recent ON articles(published DESC, n DESC);
CREATE TABLE IF NOT EXISTS bodies (
	n    INTEGER PRIMARY KEY REFERENCES articles(n) ON DELETE CASCADE,
	body TEXT NOT NULL
);
-- Reading state is keyed by article id alone, so marks on file and
-- sample articles (which have no row in articles) persist too.
CREATE TABLE IF NOT EXISTS state (
	id      TEXT PRIMARY KEY,
	read    INTEGER NOT NULL DEFAULT 0,
	starred INTEGER NOT NULL DEFAULT 0,
	changed INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
`

// Open opens (creating if needed) the database at path, creating its
// directory too.
func Open(ctx context.Context, path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "synchronous(NORMAL)", "busy_timeout(10000)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	// Immediate write transactions take the write lock up front, so two
	// writers wait on busy_timeout instead of failing on lock upgrade.
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return &Store{db: db, path: path}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// Check runs SQLite's integrity check and returns an error describing the
// first problem, if any.
func (s *Store) Check(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("store: integrity check: %s", res)
	}
	return nil
}

// DefaultPath is $XDG_DATA_HOME/rosetta/rosetta.db, falling back to
// ~/.local/share/rosetta/rosetta.db. XDG is honoured on every system,
// macOS included, so one set of variables moves all of Rosetta's files.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "rosetta", "rosetta.db"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("store: no data directory: %w", err)
	}
	return filepath.Join(home, ".local", "share", "rosetta", "rosetta.db"), nil
}

// inTx runs fn in one transaction, committed when fn succeeds.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback() // the first error is the one worth reporting
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: commit: %w", err)
	}
	return nil
}
