package search

import (
	"context"
	"math"
)

// Scoring happens in Go, over the candidate rows, rather than with FTS5's
// bm25(): bm25() counts each phrase's documents by walking its whole
// doclist, which for a common word in a large index costs tens of
// milliseconds per query. Here a term's document frequency is counted only
// up to dfCap rows (a bounded walk); beyond that it is simply "common".

// BM25 parameters and field weights: a title or entity-name match counts
// for more than a body match.
const (
	k1          = 1.2
	b           = 0.75
	titleWeight = 2.5
	entWeight   = 2.0
	// aliasWeight scales matches of an Expander's surface forms: the word
	// the user typed ranks first, its other-language forms next.
	aliasWeight = 0.6
	dfCap       = 1000
)

// weigh sets each pattern's idf from a bounded document-frequency count of
// the query term it comes from (aliases and completions name the same thing
// and share its weight), and returns the counts by term. A query of a single
// term needs none: its idf would scale every score alike.
func (ix *Index) weigh(ctx context.Context, pats []pattern) (map[int]float64, error) {
	if len(pats) == 0 || pats[len(pats)-1].group == pats[0].group {
		return nil, nil
	}
	n, err := rowCount(ctx, ix.db)
	if err != nil {
		return nil, queryErr(ctx, err)
	}
	dfs := map[int]float64{}
	for i := range pats {
		p := &pats[i]
		df, ok := dfs[p.group]
		if !ok {
			df = dfCap
			if !p.prefix { // a prefix walk would merge every completion: treat as common
				var c int
				err := ix.db.QueryRowContext(ctx,
					`SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT ?)`,
					p.ftsExpr(), dfCap).Scan(&c)
				if err != nil {
					return nil, queryErr(ctx, err)
				}
				df = float64(c)
			}
			dfs[p.group] = df
		}
		p.idf = math.Log(1 + (max(float64(n), df)-df+0.5)/(df+0.5))
	}
	return dfs, nil
}

// ftsExpr is the MATCH expression for this pattern alone.
func (p pattern) ftsExpr() string {
	s := phrase(p.words, p.prefix)
	if p.entity {
		return "{" + colEntities + "} : " + s
	}
	return s
}

// score rates one candidate: BM25 over its text (saturated term frequency,
// length-normalised against avgLen) plus its entity-name matches.
func score(pats []pattern, c *candidate, avgLen float64) float64 {
	fw := 1.0
	if c.field == fieldTitle {
		fw = titleWeight
	}
	norm := k1 * (1 - b + b*float64(len(c.toks))/max(avgLen, 1))
	var s float64
	for _, p := range pats {
		if !p.entity {
			if tf := float64(p.count(c.toks)); tf > 0 {
				s += p.weight * p.idf * fw * tf * (k1 + 1) / (tf + norm)
			}
		}
		if te := float64(p.count(c.entToks)); te > 0 {
			s += p.weight * p.idf * entWeight * te * (k1 + 1) / (te + k1)
		}
	}
	return s
}

// count returns how many times p occurs in toks.
func (p pattern) count(toks []token) int {
	n := 0
	for i := range toks {
		if p.matchAt(toks, i) > 0 {
			n++
		}
	}
	return n
}
