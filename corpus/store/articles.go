package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
)

// Item is an article to store with the feed's own identifier for it.
type Item struct {
	corpus.Raw
	// GUID is the feed's id for the item ("" when it has none).
	GUID string
}

// PutArticles stores raws fetched from source src; see PutItems.
func (s *Store) PutArticles(ctx context.Context, src string, raws []corpus.Raw) (added, updated int, err error) {
	items := make([]Item, len(raws))
	for i, r := range raws {
		items[i] = Item{Raw: r}
	}
	return s.PutItems(ctx, src, items)
}

// PutItems stores the items of source src in one transaction and reports
// how many were new and how many changed. An item is the same as a stored
// one of that source when it has the same id, else — by the first key it
// has — the same GUID, else the same link, else the same content hash. A
// matched item keeps its stored id (and so its reading state).
func (s *Store) PutItems(ctx context.Context, src string, items []Item) (added, updated int, err error) {
	p, err := s.BeginPut(ctx, src)
	if err != nil {
		return 0, 0, err
	}
	if err := p.Put(ctx, items); err != nil {
		p.Rollback()
		return 0, 0, err
	}
	if err := p.Commit(); err != nil {
		return 0, 0, err
	}
	return p.Added, p.Updated, nil
}

// Put is one source's write transaction. Items may come in batches, so a
// huge feed streams through without being held whole, and still commit (or
// vanish) together. A Put is not safe for concurrent use.
type Put struct {
	src   string
	tx    *sql.Tx
	w     *writer
	known *keys
	now   int64
	// Added and Updated count what Put did so far.
	Added, Updated int
}

// BeginPut starts storing items of source src; finish with Commit or
// Rollback.
func (s *Store) BeginPut(ctx context.Context, src string) (*Put, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: put %s: %w", src, err)
	}
	p := &Put{src: src, tx: tx, now: time.Now().UnixMilli()}
	if p.known, err = loadKeys(ctx, tx, src); err == nil {
		p.w, err = newWriter(ctx, tx)
	}
	if err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("store: put %s: %w", src, err)
	}
	return p, nil
}

// Put stores a batch of items (see PutItems for how duplicates are told).
func (p *Put) Put(ctx context.Context, items []Item) error {
	for i := range items {
		if err := p.put(ctx, &items[i]); err != nil {
			return fmt.Errorf("store: put %s: %w", p.src, err)
		}
	}
	return nil
}

func (p *Put) put(ctx context.Context, it *Item) error {
	h := contentHash(it.Raw)
	if old, ok := p.known.match(it, h); ok {
		if old.hash == h {
			return nil
		}
		if err := p.w.update(ctx, old.n, p.src, it, h, p.now); err != nil {
			return err
		}
		p.known.add(old.n, it, h)
		p.Updated++
		return nil
	}
	n, ok, err := p.w.insert(ctx, p.src, it, h, p.now)
	if err != nil {
		return err
	}
	if ok {
		p.known.add(n, it, h)
		p.Added++
	}
	return nil
}

// Commit makes everything Put stored durable.
func (p *Put) Commit() error {
	p.w.close()
	if err := p.tx.Commit(); err != nil {
		return fmt.Errorf("store: put %s: commit: %w", p.src, err)
	}
	return nil
}

// Rollback forgets everything Put stored.
func (p *Put) Rollback() {
	p.w.close()
	_ = p.tx.Rollback() // fails only when already finished, which is fine
}

// contentHash identifies what an article says, to spot changes and to
// deduplicate items that have neither GUID nor link.
func contentHash(r corpus.Raw) string {
	h := sha256.New()
	for _, f := range []string{r.Title, r.Body, r.Lang, r.Byline, r.URL} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	fmt.Fprint(h, r.Published.UnixMilli())
	return hex.EncodeToString(h.Sum(nil)[:16])
}

type stored struct {
	n    int64
	hash string
}

// keys indexes one source's stored articles by each dedup key. The maps
// hold 64-bit hashes of the keys rather than the strings, which keeps a
// 100,000-item feed's index near 10 MB; two distinct keys collide with
// odds around 1e-10 at that size.
type keys struct {
	seed                         maphash.Seed
	byID, byGUID, byLink, byHash map[uint64]stored
}

func loadKeys(ctx context.Context, tx *sql.Tx, src string) (*keys, error) {
	k := &keys{maphash.MakeSeed(), map[uint64]stored{}, map[uint64]stored{}, map[uint64]stored{}, map[uint64]stored{}}
	rows, err := tx.QueryContext(ctx, `SELECT n, id, guid, link, hash FROM articles WHERE source = ?`, src)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var st stored
		var id, guid, link string
		if err := rows.Scan(&st.n, &id, &guid, &link, &st.hash); err != nil {
			return nil, err
		}
		k.put(st, id, guid, link)
	}
	return k, rows.Err()
}

func (k *keys) h(s string) uint64 { return maphash.String(k.seed, s) }

func (k *keys) put(st stored, id, guid, link string) {
	k.byID[k.h(id)] = st
	if guid != "" {
		k.byGUID[k.h(guid)] = st
	}
	if link != "" {
		k.byLink[k.h(link)] = st
	}
	k.byHash[k.h(st.hash)] = st
}

func (k *keys) add(n int64, it *Item, h string) {
	k.put(stored{n, h}, it.ID, it.GUID, it.URL)
}

func (k *keys) match(it *Item, h string) (stored, bool) {
	if st, ok := k.byID[k.h(it.ID)]; ok {
		return st, true
	}
	var st stored
	var ok bool
	switch {
	case it.GUID != "":
		st, ok = k.byGUID[k.h(it.GUID)]
	case it.URL != "":
		st, ok = k.byLink[k.h(it.URL)]
	default:
		st, ok = k.byHash[k.h(h)]
	}
	return st, ok
}

// writer holds the statements one PutItems transaction reuses.
type writer struct {
	ins, insBody, upd, updBody *sql.Stmt
}

func newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	var w writer
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = tx.PrepareContext(ctx, q)
		return st
	}
	w.ins = prep(`INSERT INTO articles (id, source, guid, link, hash, title, lang, byline, source_title, published, fetched,
		h_title, h_lang, h_source, words, paragraphs)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING`)
	w.insBody = prep(`INSERT INTO bodies (n, body) VALUES (?, ?)`)
	w.upd = prep(`UPDATE articles SET source = ?, guid = ?, link = ?, hash = ?, title = ?, lang = ?, byline = ?,
		source_title = ?, published = ?, fetched = ?, h_title = ?, h_lang = ?, h_source = ?, words = ?,
		paragraphs = ? WHERE n = ?`)
	w.updBody = prep(`UPDATE bodies SET body = ? WHERE n = ?`)
	if err != nil {
		w.close()
		return nil, err
	}
	return &w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.ins, w.insBody, w.upd, w.updBody} {
		if st != nil {
			st.Close()
		}
	}
}

// insert adds a new article; ok is false when its id is already taken (the
// same article reached through another source).
func (w *writer) insert(ctx context.Context, src string, it *Item, h string, now int64) (n int64, ok bool, err error) {
	args := append([]any{it.ID, src, it.GUID, it.URL, h, it.Title, it.Lang, it.Byline, it.Source,
		unixMilli(it.Published), now}, headerValues(corpus.Header(it.Raw))...)
	res, err := w.ins.ExecContext(ctx, args...)
	if err != nil {
		return 0, false, err
	}
	if c, err := res.RowsAffected(); err != nil || c == 0 {
		return 0, false, err
	}
	if n, err = res.LastInsertId(); err != nil {
		return 0, false, err
	}
	_, err = w.insBody.ExecContext(ctx, n, it.Body)
	return n, err == nil, err
}

func (w *writer) update(ctx context.Context, n int64, src string, it *Item, h string, now int64) error {
	args := append([]any{src, it.GUID, it.URL, h, it.Title, it.Lang, it.Byline, it.Source,
		unixMilli(it.Published), now}, headerValues(corpus.Header(it.Raw))...)
	args = append(args, n)
	if _, err := w.upd.ExecContext(ctx, args...); err != nil {
		return err
	}
	_, err := w.updBody.ExecContext(ctx, it.Body, n)
	return err
}

func unixMilli(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMilli(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

const headerCols = `a.id, a.title, a.lang, a.source_title, a.link, a.byline, a.published, a.source`

// Headers lists every stored article without its body, newest first.
// Fetch bodies with Body. With 100,000 articles this takes a few hundred
// milliseconds; to show the list at once, read the first screen with
// HeadersPage and the rest with Headers in the background.
func (s *Store) Headers(ctx context.Context) ([]corpus.Raw, error) {
	return s.list(ctx, `SELECT `+headerCols+` FROM articles a ORDER BY a.published DESC, a.n DESC`, false)
}

// HeadersPage lists limit articles without bodies, newest first, skipping
// the offset newest: a screenful in about a millisecond at any store size
// (for small offsets).
func (s *Store) HeadersPage(ctx context.Context, offset, limit int) ([]corpus.Raw, error) {
	return s.list(ctx, fmt.Sprintf(`SELECT `+headerCols+` FROM articles a ORDER BY a.published DESC, a.n DESC
		LIMIT %d OFFSET %d`, max(limit, 0), max(offset, 0)), false)
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count: %w", err)
	}
	return n, nil
}

// Articles returns every stored article with its body, newest first.
func (s *Store) Articles(ctx context.Context) ([]corpus.Raw, error) {
	return s.list(ctx, `SELECT `+headerCols+`, b.body FROM articles a JOIN bodies b ON b.n = a.n
		ORDER BY a.published DESC, a.n DESC`, true)
}

func (s *Store) list(ctx context.Context, q string, withBody bool) ([]corpus.Raw, error) {
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	defer rows.Close()
	var out []corpus.Raw
	for rows.Next() {
		var r corpus.Raw
		var pub int64
		dst := []any{&r.ID, &r.Title, &r.Lang, &r.Source, &r.URL, &r.Byline, &pub, &r.Origin}
		if withBody {
			dst = append(dst, &r.Body)
		}
		if err := rows.Scan(dst...); err != nil {
			return nil, fmt.Errorf("store: list: %w", err)
		}
		r.Published = fromMilli(pub)
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list: %w", err)
	}
	return out, nil
}

// Body returns the body of article id.
func (s *Store) Body(ctx context.Context, id string) (string, error) {
	var body string
	err := s.db.QueryRowContext(ctx, `SELECT b.body FROM articles a JOIN bodies b ON b.n = a.n WHERE a.id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("%q: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("store: body %q: %w", id, err)
	}
	return body, nil
}

// Article returns one stored article with its body.
func (s *Store) Article(ctx context.Context, id string) (corpus.Raw, error) {
	var r corpus.Raw
	var pub int64
	err := s.db.QueryRowContext(ctx, `SELECT `+headerCols+`, b.body FROM articles a JOIN bodies b ON b.n = a.n WHERE a.id = ?`, id).
		Scan(&r.ID, &r.Title, &r.Lang, &r.Source, &r.URL, &r.Byline, &pub, &r.Origin, &r.Body)
	if errors.Is(err, sql.ErrNoRows) {
		return corpus.Raw{}, fmt.Errorf("%q: %w", id, ErrNotFound)
	}
	if err != nil {
		return corpus.Raw{}, fmt.Errorf("store: article %q: %w", id, err)
	}
	r.Published = fromMilli(pub)
	return r, nil
}
