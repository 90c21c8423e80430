package search

import "context"

// The newest-first candidates of a query like `rare OR common` are mostly
// matches of the common word: the few paragraphs with the rare word, the
// ones BM25 ranks highest, may all be older. So each alternative of an OR
// clause (or an expansion) that matches few rows fetches its own newest
// candidates too, with the rest of the query unchanged. Rare words cost
// little to fetch; common ones are covered by the main fetch.

// addRare adds the candidates of the rare alternatives of q's OR clauses,
// given the document counts weigh found per term (group).
func (ix *Index) addRare(ctx context.Context, q *Query, dfs map[int]float64, cands []candidate) ([]candidate, error) {
	if len(dfs) == 0 {
		return cands, nil
	}
	have := make(map[int64]bool, len(cands))
	for _, c := range cands {
		have[c.rowid] = true
	}
	group := 0
	for ci, c := range q.Clauses {
		if c.Negated {
			continue
		}
		for ai := range c.Alts {
			group++ // the numbering patterns() gives terms
			df, ok := dfs[group]
			if len(c.Alts) < 2 || !ok || df == 0 || df > float64(ix.candidates) {
				continue
			}
			narrow := *q
			narrow.Clauses = append([]Clause(nil), q.Clauses...)
			narrow.Clauses[ci] = Clause{Alts: c.Alts[ai : ai+1]}
			more, _, err := ix.fetch(ctx, q, matchExpr(&narrow, ix.expander), nil, ix.candidates, 0)
			if err != nil {
				return nil, err
			}
			for _, m := range more {
				if !have[m.rowid] {
					have[m.rowid] = true
					cands = append(cands, m)
				}
			}
		}
	}
	return cands, nil
}
