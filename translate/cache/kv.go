package cache

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Get returns the value stored under (kind, key). ok is false when there is
// none, and always for a nil Cache. kind separates users ("summary",
// "overview"); key is whatever identifies the input, typically a hash.
func (c *Cache) Get(ctx context.Context, kind, key string) (val []byte, ok bool, err error) {
	if c == nil {
		return nil, false, nil
	}
	err = c.db.QueryRowContext(ctx, "SELECT val FROM kv WHERE kind = ? AND key = ?", kind, key).Scan(&val)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		c.misses.Add(1)
		return nil, false, nil
	case err != nil:
		c.errs.Add(1)
		return nil, false, fmt.Errorf("cache: get %s: %w", kind, err)
	}
	c.hits.Add(1)
	return val, true, nil
}

// Put stores val under (kind, key), replacing any earlier value. It is a
// no-op for a nil Cache.
func (c *Cache) Put(ctx context.Context, kind, key string, val []byte) error {
	if c == nil {
		return nil
	}
	if val == nil {
		val = []byte{} // the column is NOT NULL; nil and empty mean the same here
	}
	_, err := c.db.ExecContext(ctx, `INSERT INTO kv (kind, key, val, created) VALUES (?, ?, ?, ?)
		ON CONFLICT (kind, key) DO UPDATE SET val = excluded.val, created = excluded.created`,
		kind, key, val, time.Now().Unix())
	if err != nil {
		c.errs.Add(1)
		return fmt.Errorf("cache: put %s: %w", kind, err)
	}
	return nil
}
