package search

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A phrase of two frequent words (`"ya Marekani"`) is slow for FTS5: it
// checks word positions in every row holding both words (67,000 of
// 1.2 million at 100k articles) to find the few where they touch. So each
// row also lists, in the grams table, the word pairs that start with a
// function word ("ya_marekani", "the_united"); a phrase holding such a pair
// whose rows are few reads just those rows. The grams table keeps no
// positions (detail=none), which keeps it small.

// commonWords are the most frequent function words of the languages
// Rosetta reads most, which begin the pairs in grams: folded, the way
// tokenize folds. Each one costs index room and build time in every row,
// so the list is short.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the of and to in a  ya wa na la kwa za katika  të e në i dhe me për që`) {
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

// gramsOf lists the distinct pairs of a row that start with a common word,
// space-separated, or nil when there are none. It reads the FTS values
// (ftsValues: nil or pre-folded text), splitting them as unicode61 does:
// ASCII letters and digits are token characters, other ASCII separates,
// and non-ASCII bytes only occur inside folded tokens.
func gramsOf(values ...any) any {
	var b []byte
	for _, v := range values {
		s, _ := v.(string)
		prev, start := "", -1
		for i := 0; i <= len(s); i++ {
			if i < len(s) && isGramByte(s[i]) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start < 0 {
				continue
			}
			w := lowerASCII(s[start:i])
			start = -1
			if commonWords[prev] {
				b = appendGram(b, prev, w)
			}
			prev = w
		}
	}
	if len(b) == 0 {
		return nil
	}
	return string(b)
}

func isGramByte(c byte) bool {
	return c >= utf8.RuneSelf || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// lowerASCII lower-cases w's ASCII letters, allocating only when it has
// capitals.
func lowerASCII(w string) string {
	for i := 0; i < len(w); i++ {
		if 'A' <= w[i] && w[i] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// appendGram appends pair a_b to the space-separated list b unless it is
// there already (a row holds a few dozen pairs at most).
func appendGram(b []byte, a, w string) []byte {
	g := gramToken(a, w)
	for rest := string(b); rest != ""; {
		var f string
		f, rest, _ = strings.Cut(rest, " ")
		if f == g {
			return b
		}
	}
	if len(b) > 0 {
		b = append(b, ' ')
	}
	return append(b, g...)
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

// pairRows are the rows holding a query's rarest common-word pair.
type pairRows struct {
	gram string
	ids  []int64
}

// rarePair returns the rows of the rarest of q's phrase pairs when they
// are few enough to check one by one (gramRows), else nil. Reading a
// pair's rows stops one past the bound, so a common pair costs little.
func (ix *Index) rarePair(ctx context.Context, q *Query) (*pairRows, error) {
	var best *pairRows
	for _, g := range phraseGrams(q, ix.expander) {
		bound := gramRows
		if best != nil {
			bound = len(best.ids) - 1 // only a rarer pair does better
		}
		if bound < 0 {
			break
		}
		ids, err := ix.gramRowIDs(ctx, g, bound+1)
		if err != nil {
			return nil, err
		}
		if len(ids) <= bound {
			best = &pairRows{gram: g, ids: ids}
		}
	}
	return best, nil
}

// gramRowIDs returns up to n rows holding gram.
func (ix *Index) gramRowIDs(ctx context.Context, gram string, n int) ([]int64, error) {
	rows, err := ix.db.QueryContext(ctx, `SELECT rowid FROM grams WHERE grams MATCH ? LIMIT ?`, `"`+gram+`"`, n)
	if err != nil {
		return nil, queryErr(ctx, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, queryErr(ctx, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, queryErr(ctx, err)
	}
	return ids, nil
}

// pairMatches returns, as a JSON array, the rows of p that match expr.
// FTS5 checks each row alone (a seek per row, ~30 µs): a join or an IN
// over the pair's rows made it walk every row of the phrase's words, and
// so did count(*) in place of rowid.
func (ix *Index) pairMatches(ctx context.Context, expr string, p *pairRows) (string, error) {
	check, err := ix.db.PrepareContext(ctx, `SELECT rowid FROM fts WHERE fts MATCH ? AND rowid = ?`)
	if err != nil {
		return "", queryErr(ctx, err)
	}
	defer check.Close()
	b := []byte{'['}
	for _, id := range p.ids {
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
