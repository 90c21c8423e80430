package main

import (
	"iter"
	"slices"
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

func (am *aliasMemo) get(ix namer, key string) []string {
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

// namer is what paragraphNames reads of linked entities: an *entity.Names,
// or an *entity.Index through indexNamer.
type namer interface {
	Mentions(id string) iter.Seq[entity.ArticleMention]
	Name(key string) (string, bool)
	Aliases(key string) []string
}

type indexNamer struct{ *entity.Index }

func (n indexNamer) Mentions(id string) iter.Seq[entity.ArticleMention] {
	return slices.Values(n.InArticle(id))
}

func (n indexNamer) Name(key string) (string, bool) {
	e, ok := n.Entity(key)
	if !ok {
		return "", false
	}
	return e.Name, true
}

// paragraphNames lists, per paragraph of a, the display names and aliases
// of the entities mentioned there (each entity once), for the search
// index's entity column. Paragraphs naming the same entities in the same
// order share one list, which no caller changes: a long article repeats a
// few such lists thousands of times (a list per paragraph held 195 MB for
// a 50 MB article).
func paragraphNames(ix namer, memo *aliasMemo, a *corpus.Article) [][]string {
	out := make([][]string, len(a.Paragraphs))
	shared := map[string][]string{}
	var keys []string // paragraph p's entities, in order of first mention
	var sig []byte
	finish := func(p int) {
		if len(keys) == 0 {
			return
		}
		sig = sig[:0]
		for _, k := range keys {
			sig = append(append(sig, k...), 0)
		}
		names, ok := shared[string(sig)]
		if !ok {
			for _, k := range keys {
				name, _ := ix.Name(k)
				names = append(names, name)
				names = append(names, memo.get(ix, k)...)
			}
			names = slices.Clip(names)
			shared[string(sig)] = names
		}
		out[p] = names
		keys = keys[:0]
	}
	p := 0
	for m := range ix.Mentions(a.ID) {
		for p < len(a.Paragraphs) && a.Paragraphs[p].End <= m.Start {
			finish(p)
			p++
		}
		if p == len(a.Paragraphs) {
			break
		}
		if _, ok := ix.Name(m.Key); !ok || slices.Contains(keys, m.Key) {
			continue
		}
		keys = append(keys, m.Key)
	}
	if p < len(a.Paragraphs) {
		finish(p)
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
