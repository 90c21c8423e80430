package entity

import (
	"iter"
	"slices"

	"github.com/rosetta-reader/rosetta/corpus"
)

// Names holds what a search index reads of linked articles: each article's
// mentions, and each entity's display name and aliases, as an Index of
// the same articles gives them. An Index keeps each mention twice (by
// article and by entity) and, while linking, a third time (an article's
// runs, then its whole array); Names keeps each once, in one array per
// run. Building a 50 MB article's search index, live heap at its peak
// (corpus included) was 234 MB with an Index, 172 MB with Names.
type Names struct {
	byArticle map[string][][]ArticleMention // runs' mentions, in text order
	byKey     map[string]nameForms
}

type nameForms struct {
	name    string
	aliases []string
}

// LinkNames links arts as LinkArticles does and keeps their Names.
func LinkNames(arts []*corpus.Article) *Names {
	lx := defaultLexicon()
	n := &Names{byArticle: map[string][][]ArticleMention{}, byKey: map[string]nameForms{}}
	var all [][]ArticleMention // every run's mentions, in corpus order
	for _, a := range arts {
		if a == nil {
			continue
		}
		runs := articleRuns(a)
		segs := make([][]ArticleMention, len(runs))
		// Each run's mentions take their final form as soon as found, so
		// no run's are held twice.
		recognizeRuns(lx, a.Body, runs, runWorkers(a, runs), func(k int, ms []Mention) {
			if len(ms) == 0 {
				return
			}
			seg := make([]ArticleMention, len(ms))
			for i, m := range ms {
				seg[i] = ArticleMention{Article: a.ID, Start: runs[k].start + m.Start, End: runs[k].start + m.End,
					Text: m.Text, Type: m.Type, Key: m.Key}
			}
			segs[k] = seg
		})
		for _, seg := range segs {
			if seg != nil {
				all = append(all, seg)
				n.byArticle[a.ID] = append(n.byArticle[a.ID], seg)
			}
		}
	}
	remap := mergeUnknown(all)
	type tally struct {
		count map[string]int // forms of mentions not Other
		first string
	}
	tallies := map[string]*tally{}
	for _, ms := range all {
		for k := range ms {
			m := &ms[k]
			if to, ok := remap[m.Key]; ok {
				m.Key = to
			}
			t := tallies[m.Key]
			if t == nil {
				t = &tally{count: map[string]int{}, first: m.Text}
				tallies[m.Key] = t
			}
			if m.Type != Other {
				t.count[m.Text]++
			}
		}
	}
	for key, t := range tallies {
		nf := nameForms{aliases: gazAliases(lx, key)}
		if g, ok := lx.gaz.entry(key); ok {
			nf.name = g.Name
		} else {
			nf.name = bestName(t.count, t.first)
		}
		for f := range t.count {
			nf.aliases = append(nf.aliases, f)
		}
		slices.Sort(nf.aliases)
		nf.aliases = slices.Clip(slices.Compact(nf.aliases))
		n.byKey[key] = nf
	}
	return n
}

// Mentions yields what Index.InArticle holds, in its order.
func (n *Names) Mentions(id string) iter.Seq[ArticleMention] {
	return func(yield func(ArticleMention) bool) {
		for _, seg := range n.byArticle[id] {
			for _, m := range seg {
				if !yield(m) {
					return
				}
			}
		}
	}
}

// Name is the display name of the entity with key, as Index.Entity has it.
func (n *Names) Name(key string) (string, bool) {
	nf, ok := n.byKey[key]
	return nf.name, ok
}

// Aliases is Index.Aliases, for an entity the articles mention.
func (n *Names) Aliases(key string) []string { return n.byKey[key].aliases }
