package search

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
)

// A phrase of two frequent words (`"ya Marekani"`) is slow for FTS5: it
// checks word positions in every row holding both words (67,000 of
// 1.2 million at 100k articles) to find the few where they touch. So each
// row also lists, in the grams table, the word pairs that start with a
// function word ("ya_marekani", "the_united"); a phrase holding such a pair
// whose rows are few reads just those rows. The grams table keeps no
// positions (detail=none), which keeps it small.

// commonWords are the function words of the languages Rosetta reads most
// that begin pairs in grams: folded, the way tokenize folds.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		the of and to in a an on for at by with from as is was that this
		ya wa na la kwa za katika cha vya kwamba ni
		të e në i dhe me për që nga së një`) {
		for _, f := range foldedWords(w) {
			m[f] = true
		}
	}
	return m
}()

// gramRows is the most rows a pair may be in for a phrase to be read
// through it (each row is checked alone, ~30 µs); a commoner pair
// (`"of the"`) is a commoner phrase, which the newest-first scan finds
// soon.
const gramRows = 200

// gramToken joins a pair the way the grams table's tokenizer keeps it
// whole ('_' is one of its token characters; folded words hold only
// letters and digits).
func gramToken(a, b string) string { return a + "_" + b }

// gramsOf lists the distinct pairs of a row's texts that start with a
// common word, space-separated, or nil when there are none.
func gramsOf(texts ...string) any {
	var b strings.Builder
	seen := map[string]bool{}
	for _, t := range texts {
		prev := ""
		for _, tk := range tokenize(t) {
			w := tk.folded
			if w == "" {
				continue
			}
			if commonWords[prev] {
				if g := gramToken(prev, w); !seen[g] {
					seen[g] = true
					if b.Len() > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(g)
				}
			}
			prev = w
		}
	}
	if b.Len() == 0 {
		return nil
	}
	return b.String()
}

// phraseGrams returns the pairs a query's rows must hold: those of each
// phrase that is its clause's only form (an expanded or OR clause could
// match without the pair). A trailing prefix word is no whole word.
func phraseGrams(q *Query, e Expander) []string {
	var out []string
	for _, c := range q.Clauses {
		if c.Negated || len(c.Alts) != 1 {
			continue
		}
		x := expand(c.Alts[0], e)
		if len(x.alts) != 1 {
			continue
		}
		w := x.alts[0]
		last := len(w) - 1
		if x.prefix {
			last--
		}
		for i := 0; i < last; i++ {
			if commonWords[w[i]] {
				out = append(out, gramToken(w[i], w[i+1]))
			}
		}
	}
	return out
}

// rareGram returns the rarest of q's phrase pairs when its rows are few
// enough to read them all, else "".
func (ix *Index) rareGram(ctx context.Context, q *Query) (string, error) {
	best, bestRows := "", int64(gramRows)+1 // LIMIT gramRows+1: more is too many
	for _, g := range phraseGrams(q, ix.expander) {
		var n int64
		// Counting the pair's first rows reads its doclist only so far;
		// fts5vocab's term lookup took milliseconds.
		err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT rowid FROM grams WHERE grams MATCH ? LIMIT ?)`,
			`"`+g+`"`, bestRows).Scan(&n)
		if err != nil {
			return "", queryErr(ctx, err)
		}
		if n < bestRows {
			best, bestRows = g, n
		}
	}
	return best, nil
}

// gramMatches returns, as a JSON array, the rows holding gram that match
// expr. FTS5 checks each row alone (a seek per row, ~30 µs): a join or an
// IN over the pair's rows made it walk every row of the phrase's words, and
// so did count(*) in place of rowid.
func (ix *Index) gramMatches(ctx context.Context, expr, gram string) (string, error) {
	conn, err := ix.db.Conn(ctx)
	if err != nil {
		return "", queryErr(ctx, err)
	}
	defer conn.Close()
	rows, err := conn.QueryContext(ctx, `SELECT rowid FROM grams WHERE grams MATCH ? LIMIT ?`, `"`+gram+`"`, gramRows+1)
	if err != nil {
		return "", queryErr(ctx, err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return "", queryErr(ctx, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Close(); err != nil {
		return "", queryErr(ctx, err)
	}
	check, err := conn.PrepareContext(ctx, `SELECT rowid FROM fts WHERE fts MATCH ? AND rowid = ?`)
	if err != nil {
		return "", queryErr(ctx, err)
	}
	defer check.Close()
	b := []byte{'['}
	for _, id := range ids {
		var got int64
		switch err := check.QueryRowContext(ctx, expr, id).Scan(&got); {
		case errors.Is(err, sql.ErrNoRows):
			continue
		case err != nil:
			return "", queryErr(ctx, err)
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = strconv.AppendInt(b, id, 10)
	}
	return string(append(b, ']')), nil
}
