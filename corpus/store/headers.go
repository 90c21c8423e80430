package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/rosetta-reader/rosetta/corpus"
)

// Header columns: what corpus.Header derives from an article's text when
// it is stored (title, language, word and paragraph counts), so listing
// 100,000 articles reads no body. words < 0 marks a row stored before the
// columns existed; HeaderArticles fills those in on first use.
var headerColumns = []struct{ name, decl string }{
	{"h_title", "TEXT NOT NULL DEFAULT ''"},
	{"h_lang", "TEXT NOT NULL DEFAULT ''"},
	{"h_source", "TEXT NOT NULL DEFAULT ''"},
	{"words", "INTEGER NOT NULL DEFAULT -1"},
	{"paragraphs", "INTEGER NOT NULL DEFAULT -1"},
}

// migrate adds the header columns to a database made by an older version,
// and the index that finds rows still lacking them.
func migrate(ctx context.Context, db *sql.DB) error {
	have := map[string]bool{}
	rows, err := db.QueryContext(ctx, `SELECT name FROM pragma_table_info('articles')`)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			rows.Close()
			return fmt.Errorf("migrate: %w", err)
		}
		have[name] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for _, col := range headerColumns {
		if have[col.name] {
			continue
		}
		if _, err := db.ExecContext(ctx, `ALTER TABLE articles ADD COLUMN `+col.name+` `+col.decl); err != nil &&
			!columnExists(ctx, db, col.name) { // another process may have added it meanwhile
			return fmt.Errorf("migrate: adding %s: %w", col.name, err)
		}
	}
	// Partial: holds only the rows to fill in, so asking whether there are
	// any costs nothing once they are done.
	_, err = db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS articles_unlisted ON articles(n) WHERE words < 0`)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

func columnExists(ctx context.Context, db *sql.DB, name string) bool {
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('articles') WHERE name = ?`, name).Scan(&n)
	return err == nil && n > 0
}

// HeaderArticles lists every stored article as a header article
// (corpus.Article with HeaderOnly set), newest first, reading no body:
// a few hundred milliseconds for 100,000 articles, so the TUI shows
// HeaderArticlesPage first. Build builds one in full; NewLazy takes both.
func (s *Store) HeaderArticles(ctx context.Context) ([]*corpus.Article, error) {
	n, err := s.Count(ctx)
	if err != nil {
		return nil, err
	}
	return s.headerArticles(ctx, n, -1, `SELECT `+headerArticleCols+` FROM articles ORDER BY published DESC, n DESC`)
}

// HeaderArticlesPage lists the limit newest articles as HeaderArticles
// does: a screenful in about a millisecond at any store size.
func (s *Store) HeaderArticlesPage(ctx context.Context, limit int) ([]*corpus.Article, error) {
	limit = max(limit, 0)
	return s.headerArticles(ctx, limit, limit, fmt.Sprintf(`SELECT `+headerArticleCols+` FROM articles
		ORDER BY published DESC, n DESC LIMIT %d`, limit))
}

// Build returns stored article id built in full (corpus.Build of its raw
// text): the corpus.BuildFunc of a lazy corpus of this store's headers.
func (s *Store) Build(ctx context.Context, id string) (*corpus.Article, error) {
	r, err := s.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	return corpus.Build(r), nil
}

const headerArticleCols = `id, h_title, h_lang, lang != '', h_source, link, published, source, words, paragraphs`

// headerArticles runs q (selecting headerArticleCols), expecting about n
// rows, after filling in the header columns of the newest rows (all when
// newest < 0).
func (s *Store) headerArticles(ctx context.Context, n, newest int, q string) ([]*corpus.Article, error) {
	if err := s.fillHeaders(ctx, newest); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("store: headers: %w", err)
	}
	defer rows.Close()
	// One allocation for all the structs: 100,000 small ones would cost
	// the garbage collector more than the query.
	block := make([]corpus.Article, 0, max(n, 1))
	out := make([]*corpus.Article, 0, n)
	for rows.Next() {
		if len(block) == cap(block) { // rows added since the count
			block = make([]corpus.Article, 0, 64)
		}
		block = append(block, corpus.Article{HeaderOnly: true})
		a := &block[len(block)-1]
		var pub int64
		if err := rows.Scan(&a.ID, &a.Title, &a.Lang, &a.LangDeclared, &a.Source, &a.URL, &pub,
			&a.Origin, &a.Words, &a.ParagraphCount); err != nil {
			return nil, fmt.Errorf("store: headers: %w", err)
		}
		a.Published = fromMilli(pub)
		a.Words, a.ParagraphCount = max(a.Words, 0), max(a.ParagraphCount, 0) // a row without body
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: headers: %w", err)
	}
	return out, nil
}

// fillBatch is how many rows fillHeaders reads and writes per transaction.
const fillBatch = 500

// fillHeaders computes the header columns of the newest rows (all when
// newest < 0) stored before the columns existed: once, after an upgrade,
// about 3 s for 100,000 articles — which the TUI spends after its first
// frame, having filled in only the first screenful before it.
func (s *Store) fillHeaders(ctx context.Context, newest int) error {
	scope := ""
	if newest >= 0 {
		scope = fmt.Sprintf(` AND a.n IN (SELECT n FROM articles ORDER BY published DESC, n DESC LIMIT %d)`, newest)
	}
	for {
		done, err := s.fillSome(ctx, scope)
		if err != nil {
			return fmt.Errorf("store: filling headers: %w", err)
		}
		if done {
			return nil
		}
	}
}

// fillSome fills in one batch of the rows that scope (an SQL condition on
// a) selects.
func (s *Store) fillSome(ctx context.Context, scope string) (done bool, err error) {
	rows, err := s.db.QueryContext(ctx, `SELECT a.n, `+headerCols+`, b.body FROM articles a
		JOIN bodies b ON b.n = a.n WHERE a.words < 0`+scope+` ORDER BY a.n LIMIT ?`, fillBatch)
	if err != nil {
		return false, err
	}
	type pending struct {
		n int64
		h *corpus.Article
	}
	var todo []pending
	for rows.Next() {
		var p pending
		var r corpus.Raw
		var pub int64
		if err := rows.Scan(&p.n, &r.ID, &r.Title, &r.Lang, &r.Source, &r.URL, &r.Byline, &pub, &r.Origin, &r.Body); err != nil {
			rows.Close()
			return false, err
		}
		r.Published = fromMilli(pub)
		p.h = corpus.Header(r)
		todo = append(todo, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(todo) == 0 {
		return true, err
	}
	return false, s.inTx(ctx, func(tx *sql.Tx) error {
		for _, p := range todo {
			if _, err := tx.ExecContext(ctx, `UPDATE articles SET h_title = ?, h_lang = ?, h_source = ?,
				words = ?, paragraphs = ? WHERE n = ?`, append(headerValues(p.h), p.n)...); err != nil {
				return err
			}
		}
		return nil
	})
}

// headerValues are the header columns of h, in headerColumns order.
func headerValues(h *corpus.Article) []any {
	return []any{h.Title, h.Lang, h.Source, h.Words, h.ParagraphCount}
}
