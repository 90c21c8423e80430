package main

import (
	"sync"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// expander widens a search term naming a known entity to all its surface
// forms in every language ("Russia" → Urusi, Rusia, Rusisë).
func expander(ix *entity.Index) func(term string) []string {
	return func(term string) []string {
		en, ok := ix.Lookup(term, "")
		if !ok {
			return nil
		}
		return ix.Aliases(en.Key)
	}
}

// aliasMemo remembers each entity's aliases: Aliases walks every mention
// of the entity in the corpus, so asking it once per mention is quadratic.
type aliasMemo struct {
	mu sync.Mutex
	m  map[string][]string
}

func (am *aliasMemo) get(ix *entity.Index, key string) []string {
	am.mu.Lock()
	defer am.mu.Unlock()
	if am.m == nil {
		am.m = map[string][]string{}
	}
	a, ok := am.m[key]
	if !ok {
		a = ix.Aliases(key)
		am.m[key] = a
	}
	return a
}

// paragraphNames lists, per paragraph of a, the display names and aliases
// of the entities mentioned there (each entity once), for the search
// index's entity column.
func paragraphNames(ix *entity.Index, memo *aliasMemo, a *corpus.Article) [][]string {
	out := make([][]string, len(a.Paragraphs))
	seen := make([]map[string]bool, len(a.Paragraphs))
	p := 0
	for _, m := range ix.InArticle(a.ID) {
		for p < len(a.Paragraphs) && a.Paragraphs[p].End <= m.Start {
			p++
		}
		if p == len(a.Paragraphs) {
			break
		}
		en, ok := ix.Entity(m.Key)
		if !ok || seen[p][m.Key] {
			continue
		}
		if seen[p] == nil {
			seen[p] = map[string]bool{}
		}
		seen[p][m.Key] = true
		out[p] = append(out[p], en.Name)
		out[p] = append(out[p], memo.get(ix, en.Key)...)
	}
	return out
}

// mentionCounts counts the mentions of each gazetteer-linked entity in
// article id: names only seen in the corpus are too weak a signal that two
// articles tell one story.
func mentionCounts(ix *entity.Index, id string) map[string]int {
	m := map[string]int{}
	for _, am := range ix.InArticle(id) {
		if am.Known() {
			m[am.Key]++
		}
	}
	return m
}
