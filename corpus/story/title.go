package story

import (
	"cmp"
	"slices"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

// maxCentrality bounds the members compared when picking a story's most
// central article, so a huge story costs O(n·maxCentrality), not O(n²).
const maxCentrality = 200

// makeStory names a group of docs: its most central article (most similar
// to the others) gives the title and comes first; the rest follow newest
// first.
func makeStory(docs []Doc, vecs []vector, members []int) Story {
	central := members[0]
	if len(members) > 1 {
		best := -1.0
		peers := members[:min(len(members), maxCentrality)]
		for _, m := range members {
			var s float64
			for _, o := range peers {
				if o != m {
					s += cosine(vecs[m], vecs[o])
				}
			}
			if s > best || s == best && docs[m].ID < docs[central].ID {
				best, central = s, m
			}
		}
	}
	rest := make([]int, 0, len(members)-1)
	for _, m := range members {
		if m != central {
			rest = append(rest, m)
		}
	}
	slices.SortFunc(rest, func(a, b int) int {
		return cmp.Or(docs[b].Published.Compare(docs[a].Published), cmp.Compare(docs[a].ID, docs[b].ID))
	})
	st := Story{Articles: []string{docs[central].ID}, Entities: topEntities(docs, members, 3)}
	for _, m := range rest {
		st.Articles = append(st.Articles, docs[m].ID)
	}
	st.Title = titleOf(docs[central])
	if st.Title == "" {
		st.Title = sanitize.Line(strings.Join(st.Entities, ", "))
	}
	if st.Title == "" {
		st.Title = sanitize.Line(docs[central].ID)
	}
	return st
}

// titleOf prefers the English title, so stories read alike whatever the
// language of their most central article. Titles come from outside: they
// are made one clean line, safe to print.
func titleOf(d Doc) string {
	if t := strings.TrimSpace(sanitize.Line(d.EnglishTitle)); t != "" {
		return t
	}
	return strings.TrimSpace(sanitize.Line(d.Title))
}

// topEntities ranks entity keys by how many member docs mention them, then
// by total mentions, then by key.
func topEntities(docs []Doc, members []int, n int) []string {
	type count struct {
		key        string
		docs, ment int
	}
	byKey := map[string]*count{}
	for _, m := range members {
		for k, c := range docs[m].Entities {
			if k == "" || c <= 0 {
				continue
			}
			e := byKey[k]
			if e == nil {
				e = &count{key: k}
				byKey[k] = e
			}
			e.docs++
			e.ment += c
		}
	}
	all := make([]*count, 0, len(byKey))
	for _, e := range byKey {
		all = append(all, e)
	}
	slices.SortFunc(all, func(a, b *count) int {
		return cmp.Or(cmp.Compare(b.docs, a.docs), cmp.Compare(b.ment, a.ment), cmp.Compare(a.key, b.key))
	})
	var out []string
	for _, e := range all[:min(n, len(all))] {
		out = append(out, e.key)
	}
	return out
}
