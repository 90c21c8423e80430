package search

import (
	"context"
	"fmt"
)

// removeRows deletes an article's rows, first..last, from para and FTS.
func (w *writer) removeRows(first, last int64) error {
	if last < first {
		return nil
	}
	type row struct {
		id         int64
		field      int
		text, ents string
	}
	rows, err := w.rowsOf.QueryContext(w.ctx, first, last)
	if err != nil {
		return err
	}
	var all []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.field, &r.text, &r.ents); err != nil {
			rows.Close()
			return err
		}
		all = append(all, r)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, r := range all {
		title, body, ents := ftsValues(r.field, r.text, r.ents)
		if _, err := w.delFTS.ExecContext(w.ctx, r.id, title, body, ents); err != nil {
			return err
		}
	}
	if _, err := w.delGrams.ExecContext(w.ctx, first, last); err != nil {
		return err
	}
	_, err = w.delPara.ExecContext(w.ctx, first, last)
	return err
}

// prune removes indexed articles that are not among docs.
func (ix *Index) prune(ctx context.Context, docs []Doc, st *Stats) error {
	keep := make(map[string]bool, len(docs))
	for _, d := range docs {
		keep[d.Article.ID] = true
	}
	rows, err := ix.db.QueryContext(ctx, `SELECT id, article, first, last FROM doc`)
	if err != nil {
		return fmt.Errorf("search: prune: %w", err)
	}
	var gone [][3]int64
	for rows.Next() {
		var id, first, last int64
		var art string
		if err := rows.Scan(&id, &art, &first, &last); err != nil {
			rows.Close()
			return fmt.Errorf("search: prune: %w", err)
		}
		if !keep[art] {
			gone = append(gone, [3]int64{id, first, last})
		}
	}
	if err := rows.Close(); err != nil {
		return fmt.Errorf("search: prune: %w", err)
	}
	return ix.removeDocs(ctx, gone, st)
}

// removeDocs deletes docs given as {id, first row, last row}.
func (ix *Index) removeDocs(ctx context.Context, ids [][3]int64, st *Stats) error {
	if len(ids) == 0 {
		return nil
	}
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("search: prune: %w", err)
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	for _, d := range ids {
		if err := w.removeRows(d[1], d[2]); err != nil {
			return fmt.Errorf("search: prune: %w", err)
		}
		if _, err := w.delDoc.ExecContext(ctx, d[0]); err != nil {
			return fmt.Errorf("search: prune: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("search: prune: %w", err)
	}
	st.Removed += len(ids)
	return nil
}
