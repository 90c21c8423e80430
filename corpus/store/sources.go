package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Source is one subscribed feed (or page) and what its last fetch left.
type Source struct {
	URL      string // URL or local path, as given
	Title    string
	Lang     string // language to assume when the feed declares none
	Category string // OPML folder, "/"-separated
	// ETag and LastModified are the validators of the last full response,
	// sent back so an unchanged feed costs a 304.
	ETag         string
	LastModified string
	LastFetch    time.Time
	Err          string // the last fetch's error, "" when it succeeded
}

// AddSource subscribes to src.URL, or updates the title, language and
// category of an existing subscription (empty fields keep the stored value).
func (s *Store) AddSource(ctx context.Context, src Source) error {
	if src.URL == "" {
		return errors.New("store: add source: empty URL")
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO sources (url, title, lang, category, added) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(url) DO UPDATE SET
			title = CASE WHEN excluded.title = '' THEN title ELSE excluded.title END,
			lang = CASE WHEN excluded.lang = '' THEN lang ELSE excluded.lang END,
			category = CASE WHEN excluded.category = '' THEN category ELSE excluded.category END`,
		src.URL, src.Title, src.Lang, src.Category, time.Now().UnixMilli())
	if err != nil {
		return fmt.Errorf("store: add source %s: %w", src.URL, err)
	}
	return nil
}

// Sources lists the subscriptions in the order they were added.
func (s *Store) Sources(ctx context.Context) ([]Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceCols+` FROM sources ORDER BY added, rowid`)
	if err != nil {
		return nil, fmt.Errorf("store: sources: %w", err)
	}
	defer rows.Close()
	var out []Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("store: sources: %w", err)
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: sources: %w", err)
	}
	return out, nil
}

// GetSource returns the subscription for url.
func (s *Store) GetSource(ctx context.Context, url string) (Source, error) {
	src, err := scanSource(s.db.QueryRowContext(ctx, `SELECT `+sourceCols+` FROM sources WHERE url = ?`, url))
	if errors.Is(err, sql.ErrNoRows) {
		return Source{}, fmt.Errorf("source %s: %w", url, ErrNotFound)
	}
	if err != nil {
		return Source{}, fmt.Errorf("store: source %s: %w", url, err)
	}
	return src, nil
}

// RemoveSource unsubscribes from url and deletes its articles; reading
// state, keyed by article id, stays.
func (s *Store) RemoveSource(ctx context.Context, url string) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE url = ?`, url)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("source %s: %w", url, ErrNotFound)
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM articles WHERE source = ?`, url)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: remove source: %w", err)
	}
	return nil
}

// Fetch is what one fetch of a source leaves behind.
type Fetch struct {
	Title        string // "" keeps the stored title
	ETag         string
	LastModified string
	Time         time.Time
	Err          error // nil for success
	// NotModified keeps the stored validators (the server answered 304).
	NotModified bool
}

// RecordFetch notes a fetch of url, subscribing to it if needed.
func (s *Store) RecordFetch(ctx context.Context, url string, f Fetch) error {
	msg := ""
	if f.Err != nil {
		msg = f.Err.Error()
	}
	keep := f.NotModified || f.Err != nil
	_, err := s.db.ExecContext(ctx, `INSERT INTO sources (url, title, etag, last_modified, last_fetch, error, added)
		VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8)
		ON CONFLICT(url) DO UPDATE SET
			title = CASE WHEN excluded.title = '' THEN title ELSE excluded.title END,
			etag = CASE WHEN ?7 THEN etag ELSE excluded.etag END,
			last_modified = CASE WHEN ?7 THEN last_modified ELSE excluded.last_modified END,
			last_fetch = excluded.last_fetch, error = excluded.error`,
		url, f.Title, f.ETag, f.LastModified, unixMilli(f.Time), msg, keep, time.Now().UnixMilli())
	if err != nil {
		return fmt.Errorf("store: record fetch %s: %w", url, err)
	}
	return nil
}

const sourceCols = `url, title, lang, category, etag, last_modified, last_fetch, error`

func scanSource(row interface{ Scan(...any) error }) (Source, error) {
	var src Source
	var last int64
	err := row.Scan(&src.URL, &src.Title, &src.Lang, &src.Category, &src.ETag, &src.LastModified, &last, &src.Err)
	src.LastFetch = fromMilli(last)
	return src, err
}
