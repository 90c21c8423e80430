package search

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
)

// Hit is one matching paragraph.
type Hit struct {
	Article   string  `json:"article"`
	Paragraph int     `json:"paragraph"` // index in Article.Paragraphs; -1 for the title
	Lang      string  `json:"lang"`      // language of the source paragraph
	Field     string  `json:"field"`     // "original", "translation" or "title"
	Snippet   string  `json:"snippet"`   // plain text around the first match
	Score     float64 `json:"score"`     // higher is better
	// Spans are the matches as byte ranges in the text Field names (the
	// original paragraph, its English text, or the title).
	Spans [][2]int `json:"-"`
	// SnippetSpans are the same matches as byte ranges in Snippet.
	SnippetSpans [][2]int `json:"-"`
}

// Result is a search's answer: hits grouped per article (articles by their
// best hit, then newest first), best paragraphs first within an article.
type Result struct {
	Query    string `json:"query"`
	Hits     []Hit  `json:"hits"`
	Articles int    `json:"-"` // distinct articles in Hits
	// Partial is true when more rows matched than were ranked: relevance
	// then covers the newest candidates only.
	Partial bool `json:"-"`
}

// MaxPerArticle bounds the paragraphs returned for one article.
const MaxPerArticle = 3

// maxLimit caps the articles one Search returns: a page of results, never
// the whole index.
const maxLimit = 1000

// Search runs a query and returns up to limit articles (each with up to
// MaxPerArticle paragraphs). A bad query gives a *SyntaxError; a blank one
// an empty result.
//
// Ranking: the newest ix.candidates matching rows (all of them for all but
// common terms) are scored with BM25 in Go; articles rank by their best
// paragraph, then by recency.
func (ix *Index) Search(ctx context.Context, query string, limit int) (*Result, error) {
	res := &Result{Query: query, Hits: []Hit{}}
	q, err := Parse(query)
	if err != nil {
		return nil, err
	}
	if q.Empty() || limit <= 0 {
		return res, nil
	}
	if err := ix.complete(ctx, q); err != nil {
		return nil, err
	}
	expr := matchExpr(q, ix.expander)
	if expr == "" {
		return res, nil
	}
	limit = min(limit, maxLimit)
	pats := patterns(q, ix.expander)
	df, err := ix.weigh(ctx, pats)
	if err != nil {
		return nil, err
	}
	pair, err := ix.rarePair(ctx, q)
	if err != nil {
		return nil, err
	}
	cands, partial, err := ix.candidatesFor(ctx, q, expr, pair, limit)
	if err != nil {
		return nil, err
	}
	if cands, err = ix.addRare(ctx, q, df, cands); err != nil {
		return nil, err
	}
	var total float64
	for i := range cands {
		cands[i].toks = tokenize(cands[i].text)
		cands[i].entToks = tokenize(cands[i].ents)
		total += float64(len(cands[i].toks))
	}
	avg := total / float64(max(len(cands), 1))
	for i := range cands {
		cands[i].score = score(pats, &cands[i], avg)
	}
	res.Partial = partial
	groups := groupHits(cands, limit)
	for _, g := range groups {
		for _, c := range g {
			res.Hits = append(res.Hits, c.hit(pats))
		}
	}
	res.Articles = len(groups)
	return res, nil
}

// candidate is one matching row before grouping.
type candidate struct {
	rowid     int64
	score     float64
	doc       int64
	article   string
	idx       int
	field     int
	lang      string
	published int64
	text      string
	ents      string
	toks      []token
	entToks   []token
}

// candidatesFor fetches the newest matching rows: ix.candidates of them, or
// more when those do not cover limit articles (up to a hard ceiling). FTS5
// walks the doclist from the newest row and stops when we do, so a common
// word costs no more than a rare one.
func (ix *Index) candidatesFor(ctx context.Context, q *Query, expr string, pair *pairRows, limit int) ([]candidate, bool, error) {
	return ix.fetch(ctx, q, expr, pair, max(4*ix.candidates, 16*limit), limit)
}

// fetch reads up to ceiling rows matching expr and q's filters, newest
// first, stopping early once it has ix.candidates rows covering more than
// limit articles (limit 0: read to the ceiling). It reports whether rows
// were left unread. A pair (see rarePair) restricts the rows read to
// those holding it.
func (ix *Index) fetch(ctx context.Context, q *Query, expr string, pair *pairRows, ceiling, limit int) ([]candidate, bool, error) {
	where, args := filterSQL(q)
	const cols = `SELECT p.id, p.doc, d.article, p.idx, p.field, p.lang, d.published, p.text, coalesce(p.ents, '')`
	sqlText := cols + `
		FROM fts f JOIN para p ON p.id = f.rowid JOIN doc d ON d.id = p.doc
		WHERE fts MATCH ?` + where + `
		ORDER BY f.rowid DESC LIMIT ?`
	lead := expr
	if pair != nil {
		ids, err := ix.pairMatches(ctx, expr, pair)
		if err != nil {
			return nil, false, err
		}
		sqlText = cols + `
			FROM para p JOIN doc d ON d.id = p.doc
			WHERE p.id IN (SELECT value FROM json_each(?))` + where + `
			ORDER BY p.id DESC LIMIT ?`
		lead = ids
	}
	args = append([]any{lead}, args...)
	args = append(args, ceiling+1)
	rows, err := ix.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, false, queryErr(ctx, err)
	}
	defer rows.Close()
	var out []candidate
	docs := 0
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.rowid, &c.doc, &c.article, &c.idx, &c.field, &c.lang, &c.published, &c.text, &c.ents); err != nil {
			return nil, false, queryErr(ctx, err)
		}
		// An article's rows are contiguous, so a new doc id is a new article.
		if len(out) == 0 || out[len(out)-1].doc != c.doc {
			docs++
		}
		if len(out) >= ceiling || limit > 0 && len(out) >= ix.candidates && docs > limit {
			return out, true, nil
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, false, queryErr(ctx, err)
	}
	return out, false, nil
}

// queryErr wraps a failed search query. A cancelled or expired context is
// reported as such (the driver's interruption message says less).
func queryErr(ctx context.Context, err error) error {
	if ce := ctx.Err(); ce != nil {
		return fmt.Errorf("search: %w", ce)
	}
	return fmt.Errorf("search: query failed: %w", err)
}

// filterSQL renders lang and source filters as bound parameters.
func filterSQL(q *Query) (string, []any) {
	var b strings.Builder
	var args []any
	in := func(col string, vals []string, not bool) {
		if len(vals) == 0 {
			return
		}
		b.WriteString(" AND " + col)
		if not {
			b.WriteString(" NOT")
		}
		b.WriteString(" IN (")
		for i, v := range vals {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('?')
			args = append(args, v)
		}
		b.WriteByte(')')
	}
	in("d.lang", q.Langs, false)
	in("d.lang", q.NotLangs, true)
	in("d.source_key", q.Sources, false)
	in("d.source_key", q.NotSources, true)
	return b.String(), args
}

// groupHits groups candidates per article and keeps the best limit
// articles: by best score, then newest, then id, so order is deterministic.
func groupHits(cands []candidate, limit int) [][]candidate {
	byDoc := map[int64][]candidate{}
	var docs []int64
	for _, c := range cands {
		if _, ok := byDoc[c.doc]; !ok {
			docs = append(docs, c.doc)
		}
		byDoc[c.doc] = append(byDoc[c.doc], c)
	}
	groups := make([][]candidate, 0, len(docs))
	for _, d := range docs {
		g := byDoc[d]
		slices.SortFunc(g, func(a, b candidate) int {
			return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.idx, b.idx), cmp.Compare(a.field, b.field))
		})
		groups = append(groups, g[:min(len(g), MaxPerArticle)])
	}
	slices.SortFunc(groups, func(a, b []candidate) int {
		return cmp.Or(cmp.Compare(b[0].score, a[0].score), cmp.Compare(b[0].published, a[0].published),
			cmp.Compare(a[0].article, b[0].article))
	})
	return groups[:min(len(groups), limit)]
}

func (c candidate) hit(pats []pattern) Hit {
	h := Hit{
		Article: c.article, Paragraph: c.idx, Lang: c.lang,
		Field: fieldNames[min(max(c.field, 0), len(fieldNames)-1)], Score: c.score,
	}
	h.Spans = spans(pats, c.toks)
	h.Snippet, h.SnippetSpans = snippet(c.text, h.Spans)
	return h
}
