package search

import "context"

// SequentialPrep makes Update prepare rows on its writing goroutine, the
// reference a pipelined build must match.
func SequentialPrep() UpdateOption { return func(c *updateConfig) { c.seqPrep = true } }

// CommonWord reports whether w begins the word pairs the grams table holds.
func CommonWord(w string) bool { return commonWords[w] }

// PhraseRowIDs runs query's fetch with or without its word-pair filter and
// returns the row ids read, newest first, and the pair used ("" for none).
func (ix *Index) PhraseRowIDs(ctx context.Context, query string, useGrams bool) ([]int64, string, error) {
	q, err := Parse(query)
	if err != nil {
		return nil, "", err
	}
	var pair *pairRows
	gram := ""
	if useGrams {
		if pair, err = ix.rarePair(ctx, q); err != nil {
			return nil, "", err
		}
		if pair != nil {
			gram = pair.gram
		}
	}
	cands, _, err := ix.fetch(ctx, q, matchExpr(q, ix.expander), pair, 1<<20, 0)
	ids := make([]int64, len(cands))
	for i, c := range cands {
		ids[i] = c.rowid
	}
	return ids, gram, err
}

// PrepareRows builds a doc's rows as Update does and returns how many.
func PrepareRows(d Doc) int {
	n := 0
	rest, _ := prepareRows(d, func(rows []row) bool { n += len(rows); return true })
	return n + len(rest)
}
