package search

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc64"
	"slices"
	"strings"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
)

// Stats counts what an Update did.
type Stats struct {
	Added, Changed, Unchanged, Removed int
	Paragraphs                         int // rows written (originals, translations, titles)
}

// UpdateOption configures one Update.
type UpdateOption func(*updateConfig)

type updateConfig struct {
	prune bool
	batch int
	// seqPrep prepares rows on the writer's goroutine (tests compare).
	seqPrep bool
}

// PruneMissing removes indexed articles absent from the docs given to Update.
func PruneMissing() UpdateOption { return func(c *updateConfig) { c.prune = true } }

// BatchSize sets how many articles each transaction holds at most (default
// 1000; a batch also ends after batchBytes of text).
func BatchSize(n int) UpdateOption {
	return func(c *updateConfig) {
		if n > 0 {
			c.batch = n
		}
	}
}

// ErrNilArticle reports a Doc without an Article.
var ErrNilArticle = errors.New("doc has no article")

// Update indexes new and changed docs (compared by a content hash) and leaves
// unchanged ones alone. Each batch commits on its own, so an interrupted
// Update keeps what it finished and the next one completes the rest.
// Articles are written oldest first, so row order follows publication.
func (ix *Index) Update(ctx context.Context, docs []Doc, opts ...UpdateOption) (Stats, error) {
	cfg := updateConfig{batch: 1000}
	for _, o := range opts {
		o(&cfg)
	}
	var st Stats
	for i, d := range docs {
		if d.Article == nil {
			return st, fmt.Errorf("search: doc %d: %w", i, ErrNilArticle)
		}
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return published(docs[a]).Compare(published(docs[b]))
	})
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	ids := make(map[string]bool, min(cfg.batch, len(order)))
	for start := 0; start < len(order); {
		end, size := start, 0
		clear(ids)
		// A batch looks up all its docs before writing any, so an article
		// given twice ends the batch: its second copy must see the first.
		for end < len(order) && end-start < cfg.batch && size < batchBytes && !ids[docs[order[end]].Article.ID] {
			ids[docs[order[end]].Article.ID] = true
			size += docSize(docs[order[end]])
			end++
		}
		if err := ix.writeBatch(ctx, docs, order[start:end], cfg.seqPrep, &st); err != nil {
			return st, err
		}
		start = end
	}
	if cfg.prune {
		if err := ix.prune(ctx, docs, &st); err != nil {
			return st, err
		}
	}
	return st, nil
}

// batchBytes ends a batch transaction: big enough that FTS5 writes few
// segments, small enough that searches waiting on an in-memory index (one
// connection) are not held up for long.
const batchBytes = 8 << 20

func docSize(d Doc) int {
	n := len(d.Article.Body) + len(d.Article.Title)
	for _, e := range d.English {
		n += len(e)
	}
	return n
}

func published(d Doc) time.Time {
	if !d.Published.IsZero() {
		return d.Published
	}
	return d.Article.Published
}

// writeBatch writes one batch in one transaction. It first looks up every
// doc's stored hash, so the row preparation (Fill, folding, entity strings)
// of the docs that need it can run on another goroutine while this one
// inserts: the rows, their order and their values are those a sequential
// put would write.
func (ix *Index) writeBatch(ctx context.Context, docs []Doc, idx []int, seqPrep bool, st *Stats) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("search: update: %w", err)
	}
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("search: update: %w", err)
	}
	defer tx.Rollback()
	w, err := newWriter(ctx, tx)
	if err != nil {
		return err
	}
	defer w.close()
	batch := *st
	plans := make([]plan, len(idx))
	var need []int
	for k, i := range idx {
		p, err := w.lookup(docs[i])
		if err != nil {
			return err
		}
		plans[k] = p
		if p.state != unchanged {
			need = append(need, i)
		}
	}
	next := prepareAll(docs, need, seqPrep)
	defer next.stop()
	for k, i := range idx {
		if err := w.put(docs[i], plans[k], next, &batch); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("search: update: commit: %w", err)
	}
	*st = batch
	return nil
}

// writer holds the prepared statements of one batch transaction.
type writer struct {
	ctx                                       context.Context
	tx                                        *sql.Tx
	getDoc, insDoc, updDoc, insPara, insFTS   *sql.Stmt
	setRange, rowsOf, delFTS, delPara, delDoc *sql.Stmt
	insGrams, delGrams                        *sql.Stmt
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{ctx: ctx, tx: tx}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&w.getDoc, `SELECT id, hash, first, last FROM doc WHERE article = ?`},
		{&w.insDoc, `INSERT INTO doc(article, hash, lang, source, source_key, published) VALUES(?,?,?,?,?,?)`},
		{&w.updDoc, `UPDATE doc SET hash=?, lang=?, source=?, source_key=?, published=? WHERE id=?`},
		{&w.insPara, `INSERT INTO para(doc, idx, field, lang, text, ents) VALUES(?,?,?,?,?,?)`},
		{&w.insFTS, `INSERT INTO fts(rowid, title, body, entities) VALUES(?,?,?,?)`},
		{&w.setRange, `UPDATE doc SET first = ?, last = ? WHERE id = ?`},
		{&w.rowsOf, `SELECT id, field, text, coalesce(ents, '') FROM para WHERE id BETWEEN ? AND ?`},
		{&w.delFTS, `INSERT INTO fts(fts, rowid, title, body, entities) VALUES('delete', ?, ?, ?, ?)`},
		{&w.delPara, `DELETE FROM para WHERE id BETWEEN ? AND ?`},
		{&w.delDoc, `DELETE FROM doc WHERE id = ?`},
		{&w.insGrams, `INSERT INTO grams(rowid, g) VALUES(?, ?)`},
		{&w.delGrams, `DELETE FROM grams WHERE rowid BETWEEN ? AND ?`},
	} {
		s, err := tx.PrepareContext(ctx, p.sql)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("search: prepare: %w", err)
		}
		*p.dst = s
	}
	return w, nil
}

func (w *writer) close() {
	for _, s := range []*sql.Stmt{w.getDoc, w.insDoc, w.updDoc, w.insPara, w.insFTS, w.setRange, w.rowsOf, w.delFTS, w.delPara, w.delDoc, w.insGrams, w.delGrams} {
		if s != nil {
			s.Close()
		}
	}
}

// What a batch does with a doc, decided from its stored hash.
const (
	unchanged = iota
	added
	changed
)

// plan is a doc's stored state and what to do with it.
type plan struct {
	state           int
	hash            []byte
	id, first, last int64
}

// lookup compares a doc's hash with the stored one.
func (w *writer) lookup(d Doc) (plan, error) {
	p := plan{hash: docHash(d)}
	var old []byte
	err := w.getDoc.QueryRowContext(w.ctx, d.Article.ID).Scan(&p.id, &old, &p.first, &p.last)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		p.state = added
	case err != nil:
		return p, fmt.Errorf("search: index %s: %w", d.Article.ID, err)
	case string(old) == string(p.hash):
		p.state = unchanged
	default:
		p.state = changed
	}
	return p, nil
}

// put writes one doc as its plan says, taking its rows from next.
func (w *writer) put(d Doc, p plan, next *preparer, st *Stats) error {
	a := d.Article
	id := p.id
	switch p.state {
	case unchanged:
		st.Unchanged++
		return nil
	case added:
		res, err := w.insDoc.ExecContext(w.ctx, a.ID, p.hash, a.Lang, a.Source, strings.ToLower(a.Source), published(d).Unix())
		if err != nil {
			return fmt.Errorf("search: index %s: %w", a.ID, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return fmt.Errorf("search: index %s: %w", a.ID, err)
		}
		st.Added++
	default:
		if err := w.removeRows(p.first, p.last); err != nil {
			return fmt.Errorf("search: reindex %s: %w", a.ID, err)
		}
		if _, err := w.updDoc.ExecContext(w.ctx, p.hash, a.Lang, a.Source, strings.ToLower(a.Source), published(d).Unix(), id); err != nil {
			return fmt.Errorf("search: reindex %s: %w", a.ID, err)
		}
		st.Changed++
	}
	n, first, last, err := w.putChunks(id, next)
	st.Paragraphs += n
	if err != nil {
		return fmt.Errorf("search: index %s: %w", a.ID, err)
	}
	if _, err := w.setRange.ExecContext(w.ctx, first, last, id); err != nil {
		return fmt.Errorf("search: index %s: %w", a.ID, err)
	}
	return nil
}

// titleLeadsBody reports whether the title is just the start of the first
// paragraph (corpus.Build derives one that way when a source has none):
// indexing it again would return every match there twice.
func titleLeadsBody(a *corpus.Article, title string) bool {
	if len(a.Paragraphs) == 0 {
		return false
	}
	p := a.Paragraphs[0]
	if p.Start < 0 || p.End > len(a.Body) || p.Start > p.End {
		return false
	}
	return strings.HasPrefix(strings.TrimSpace(a.Body[p.Start:p.End]), title)
}

// ftsValues are the column values of a row in the FTS table. Deleting a row
// from a contentless table takes exactly the values it was indexed with, so
// inserts and deletes both come through here.
func ftsValues(field int, text, ents string) (title, body, entities any) {
	if field == fieldTitle {
		title = preFold(text)
	} else {
		body = preFold(text)
	}
	if ents != "" {
		entities = preFold(ents)
	}
	return title, body, entities
}

// row is one para row and the FTS values it is indexed with.
type row struct {
	idx, field            int
	lang, text            string
	ents                  any // nil when the paragraph names no entity
	title, body, entities any
	grams                 any // nil when no common-word pair
}

func newRow(idx, field int, lang, text, ents string) row {
	r := row{idx: idx, field: field, lang: lang, text: text}
	if ents != "" {
		r.ents = ents
	}
	r.title, r.body, r.entities = ftsValues(field, text, ents)
	r.grams = gramsOf(r.title, r.body, r.entities)
	return r
}

// putRows inserts a doc's rows into para and FTS.
func (w *writer) putRows(id int64, rows []row) (n int, first, last int64, err error) {
	first, last = 0, -1
	for _, r := range rows {
		res, err := w.insPara.ExecContext(w.ctx, id, r.idx, r.field, r.lang, r.text, r.ents)
		if err != nil {
			return n, first, last, err
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return n, first, last, err
		}
		if n == 0 {
			first = rowid
		}
		last = rowid
		n++
		if _, err := w.insFTS.ExecContext(w.ctx, rowid, r.title, r.body, r.entities); err != nil {
			return n, first, last, err
		}
		if r.grams != nil {
			if _, err := w.insGrams.ExecContext(w.ctx, rowid, r.grams); err != nil {
				return n, first, last, err
			}
		}
	}
	return n, first, last, nil
}

// crcTable is the CRC-64 (ECMA) table docHash uses.
var crcTable = crc64.MakeTable(crc64.ECMA)

// docHash fingerprints everything Update indexes of a doc, so a change to
// any of it (text, translation, entities, metadata) re-indexes the article.
// It detects change, not tampering: CRC-64 over length-prefixed fields is
// several times cheaper than SHA-256 and collides with odds of 2^-64.
func docHash(d Doc) []byte {
	h := crc64.New(crcTable)
	var n [8]byte
	put := func(s string) {
		binary.LittleEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		h.Write([]byte(s))
	}
	a := d.Article
	put(fmt.Sprint(schemaVersion))
	put(a.Title)
	put(a.Lang)
	put(a.Source)
	put(published(d).UTC().Format(time.RFC3339))
	put(a.Body)
	for _, p := range a.Paragraphs {
		put(fmt.Sprintf("%d:%d:%s", p.Start, p.End, p.Lang))
	}
	if d.Fill != nil {
		put("fill:" + d.Version)
		return h.Sum(nil)
	}
	put(fmt.Sprint("en", len(d.English)))
	for _, e := range d.English {
		put(e)
	}
	put(fmt.Sprint("ents", len(d.Entities)))
	for _, es := range d.Entities {
		put(strings.Join(es, "\x00"))
	}
	return h.Sum(nil)
}
