package cache

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"strings"
	"time"
)

// entryKey identifies one translation: every field that changes the output
// goes in, each length-prefixed so that no two field lists hash alike.
func entryKey(backend, model, from, to, text string) string {
	h := sha256.New()
	var n [8]byte
	for _, f := range []string{backend, model, from, to, text} {
		binary.LittleEndian.PutUint64(n[:], uint64(len(f)))
		h.Write(n[:])
		h.Write([]byte(f))
	}
	return string(h.Sum(nil))
}

// maxParams keeps IN lists well under SQLite's variable limit.
const maxParams = 500

// lookup returns the stored outputs for keys, by key.
func (c *Cache) lookup(ctx context.Context, keys []string) (map[string]string, error) {
	found := make(map[string]string, len(keys))
	for start := 0; start < len(keys); start += maxParams {
		chunk := keys[start:min(start+maxParams, len(keys))]
		if err := c.lookupChunk(ctx, chunk, found); err != nil {
			return nil, err
		}
	}
	return found, nil
}

func (c *Cache) lookupChunk(ctx context.Context, keys []string, found map[string]string) error {
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = []byte(k)
	}
	q := "SELECT key, output FROM translations WHERE key IN (?" + strings.Repeat(",?", len(keys)-1) + ")"
	rows, err := c.db.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("cache: lookup: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k []byte
		var out string
		if err := rows.Scan(&k, &out); err != nil {
			return fmt.Errorf("cache: lookup: %w", err)
		}
		found[string(k)] = out
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("cache: lookup: %w", err)
	}
	return nil
}

// entry is one translation to store.
type entry struct {
	key, output string
}

// store writes entries in one transaction: all of them or none.
func (c *Cache) store(ctx context.Context, backend, model, from, to string, entries []entry) error {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cache: store: %w", err)
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO translations (key, backend, model, src, dst, output, created)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET output = excluded.output, created = excluded.created`)
	if err != nil {
		return fmt.Errorf("cache: store: %w", err)
	}
	defer stmt.Close()
	now := time.Now().Unix()
	for _, e := range entries {
		if _, err := stmt.ExecContext(ctx, []byte(e.key), backend, model, from, to, e.output, now); err != nil {
			return fmt.Errorf("cache: store: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("cache: store: %w", err)
	}
	return nil
}
