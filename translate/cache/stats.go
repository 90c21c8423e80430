package cache

import (
	"context"
	"fmt"
	"os"
)

// Stats describes the cache for `rosetta cache stats`.
type Stats struct {
	Path string
	// Translations and Entries count stored translations and KV values.
	Translations, Entries int64
	// Bytes is the size on disk, write-ahead log included.
	Bytes int64
	// Hits, Misses and Errors count lookups by this process.
	Hits, Misses, Errors int64
}

// Stats reports the cache's size and this process's hit rate. A nil Cache
// reports zeros.
func (c *Cache) Stats(ctx context.Context) (Stats, error) {
	if c == nil {
		return Stats{}, nil
	}
	s := Stats{Path: c.path, Hits: c.hits.Load(), Misses: c.misses.Load(), Errors: c.errs.Load()}
	if err := c.db.QueryRowContext(ctx, "SELECT count(*) FROM translations").Scan(&s.Translations); err != nil {
		return s, fmt.Errorf("cache: stats: %w", err)
	}
	if err := c.db.QueryRowContext(ctx, "SELECT count(*) FROM kv").Scan(&s.Entries); err != nil {
		return s, fmt.Errorf("cache: stats: %w", err)
	}
	for _, p := range []string{c.path, c.path + "-wal"} {
		if fi, err := os.Stat(p); err == nil {
			s.Bytes += fi.Size()
		}
	}
	return s, nil
}

// Clear deletes every stored translation and value and gives the space
// back to the file system.
func (c *Cache) Clear(ctx context.Context) error {
	if c == nil {
		return nil
	}
	if _, err := c.db.ExecContext(ctx, "DELETE FROM translations; DELETE FROM kv;"); err != nil {
		return fmt.Errorf("cache: clear: %w", err)
	}
	// VACUUM cannot run inside a transaction; the truncating checkpoint
	// then empties the write-ahead log as well.
	if _, err := c.db.ExecContext(ctx, "VACUUM"); err != nil {
		return fmt.Errorf("cache: clear: %w", err)
	}
	if _, err := c.db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return fmt.Errorf("cache: clear: %w", err)
	}
	return nil
}
