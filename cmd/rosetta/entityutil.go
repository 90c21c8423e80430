package main

import (
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

// paragraphNames lists, per paragraph of a, the display names and aliases
// of the entities mentioned there, for the search index's entity column.
func paragraphNames(ix *entity.Index, a *corpus.Article) [][]string {
	out := make([][]string, len(a.Paragraphs))
	ms := ix.InArticle(a.ID)
	p := 0
	for _, m := range ms {
		for p < len(a.Paragraphs) && a.Paragraphs[p].End <= m.Start {
			p++
		}
		if p == len(a.Paragraphs) {
			break
		}
		en, ok := ix.Entity(m.Key)
		if !ok {
			continue
		}
		out[p] = append(out[p], en.Name)
		out[p] = append(out[p], ix.Aliases(en.Key)...)
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
