// Package cache keeps translations and other derived text (summaries) in a
// SQLite database so an article read twice is translated once. It uses the
// pure-Go modernc.org/sqlite driver in WAL mode: readers never block the
// writer, and a process killed mid-write loses at most the transaction in
// flight.
//
// A nil *Cache is valid everywhere and caches nothing, which is what
// --no-cache gives.
package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// schemaVersion is stored in PRAGMA user_version. A cache written by
// another version is emptied, not migrated: it is only a cache.
const schemaVersion = 1

const schema = `
CREATE TABLE IF NOT EXISTS translations (
	key     BLOB PRIMARY KEY,  -- sha256 of backend, model, pair and text
	backend TEXT NOT NULL,
	model   TEXT NOT NULL,
	src     TEXT NOT NULL,
	dst     TEXT NOT NULL,
	output  TEXT NOT NULL,
	created INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kv (
	kind    TEXT NOT NULL,
	key     TEXT NOT NULL,
	val     BLOB NOT NULL,
	created INTEGER NOT NULL,
	PRIMARY KEY (kind, key)
) WITHOUT ROWID;
`

// Cache is a handle on the cache database. It is safe for concurrent use,
// and several processes may share one file.
type Cache struct {
	db   *sql.DB
	path string

	hits, misses, errs atomic.Int64
}

// DefaultPath is $XDG_CACHE_HOME/rosetta/cache.db (os.UserCacheDir), or ""
// when the system has no cache directory; callers then run without a cache.
func DefaultPath() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "rosetta", "cache.db")
}

// Open opens (creating if needed) the cache at path, and its directory.
func Open(ctx context.Context, path string) (*Cache, error) {
	if path == "" {
		return nil, errors.New("cache: empty path")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("cache: opening %s: %w", path, err)
	}
	c := &Cache{db: db, path: path}
	// Turning a brand-new file to WAL needs a lock SQLite does not wait
	// for, so processes creating the cache at the same moment may see
	// SQLITE_BUSY once; the file is ready a moment later.
	err = c.init(ctx)
	for try := 1; isBusy(err) && try < 20 && ctx.Err() == nil; try++ {
		time.Sleep(time.Duration(try) * 10 * time.Millisecond)
		err = c.init(ctx)
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("cache: opening %s: %w", path, err)
	}
	return c, nil
}

// isBusy reports SQLITE_BUSY (primary code 5) from the driver.
func isBusy(err error) bool {
	var coded interface{ Code() int }
	return errors.As(err, &coded) && coded.Code()&0xff == 5
}

// dsn asks the driver to set, on every connection: WAL (readers and one
// writer at once), a busy timeout (other processes on the same file wait
// instead of failing), synchronous=NORMAL (in WAL, a committed transaction
// survives a process crash; only power loss can drop the last few), and
// BEGIN IMMEDIATE for write transactions so two writers never deadlock on
// a lock upgrade.
func dsn(path string) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(5000)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

func (c *Cache) init(ctx context.Context) error {
	var version int
	if err := c.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if version != schemaVersion && version != 0 {
		if _, err := tx.ExecContext(ctx, "DROP TABLE IF EXISTS translations; DROP TABLE IF EXISTS kv;"); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, schema); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", schemaVersion)); err != nil {
		return err
	}
	return tx.Commit()
}

// Close closes the database. Closing a nil Cache is a no-op.
func (c *Cache) Close() error {
	if c == nil {
		return nil
	}
	return c.db.Close()
}

// Path returns the database file's path ("" for a nil Cache).
func (c *Cache) Path() string {
	if c == nil {
		return ""
	}
	return c.path
}
