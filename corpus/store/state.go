package store

import (
	"context"
	"fmt"
	"time"
)

// State is the reading state of one article.
type State struct {
	Read    bool
	Starred bool
}

// SetRead marks article id read or unread. Each call is its own committed
// transaction. id need not be a stored article: file and sample articles
// keep their state too.
func (s *Store) SetRead(ctx context.Context, id string, read bool) error {
	return s.mark(ctx, id, "read", read)
}

// SetStarred stars or unstars article id, committed at once.
func (s *Store) SetStarred(ctx context.Context, id string, starred bool) error {
	return s.mark(ctx, id, "starred", starred)
}

func (s *Store) mark(ctx context.Context, id, col string, on bool) error {
	// col is one of two constants above, never outside text.
	q := `INSERT INTO state (id, ` + col + `, changed) VALUES (?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET ` + col + ` = excluded.` + col + `, changed = excluded.changed`
	if _, err := s.db.ExecContext(ctx, q, id, on, time.Now().UnixMilli()); err != nil {
		return fmt.Errorf("store: mark %q %s: %w", id, col, err)
	}
	return nil
}

// State returns the reading state of every article that has one; articles
// missing from the map are unread and not starred.
func (s *Store) State(ctx context.Context) (map[string]State, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, read, starred FROM state WHERE read OR starred`)
	if err != nil {
		return nil, fmt.Errorf("store: state: %w", err)
	}
	defer rows.Close()
	out := map[string]State{}
	for rows.Next() {
		var id string
		var st State
		if err := rows.Scan(&id, &st.Read, &st.Starred); err != nil {
			return nil, fmt.Errorf("store: state: %w", err)
		}
		out[id] = st
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: state: %w", err)
	}
	return out, nil
}
