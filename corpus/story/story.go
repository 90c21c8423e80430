// Package story groups articles about the same event into stories, across
// languages, in the spirit of the Europe Media Monitor's clustering: each
// article becomes a weighted vector of the entities it names (canonical
// keys, so the same in every language) and the content words of its English
// text; articles close in that space and in time are joined by average-link
// agglomerative clustering, which keeps a story from chaining through one
// loosely related article.
package story

import (
	"cmp"
	"slices"
	"time"
)

// Doc is one article as Group takes it. Callers hand in the English text
// (the original for English articles, a translation otherwise) and the
// entities found in the article.
type Doc struct {
	ID           string
	Lang         string
	Title        string
	EnglishTitle string
	Entities     map[string]int // canonical entity key → mentions
	English      string
	Published    time.Time // zero: unknown, no time constraint
}

// Story is a group of articles about one event.
type Story struct {
	Title    string   `json:"title"`
	Articles []string `json:"articles"` // most central first, then newest
	// Entities are the story's most weighty entity keys, best first.
	Entities []string `json:"entities,omitempty"`
}

// Options tunes grouping. The zero value means the defaults.
type Options struct {
	// Threshold is the least average similarity (cosine, 0..1) between two
	// groups for them to merge. Default 0.3.
	Threshold float64
	// Window is the largest gap in publication time between two articles
	// of one story, when both dates are known. Default 7 days.
	Window time.Duration
	// EntityWeight multiplies entity features against words. Default 2.
	EntityWeight float64
}

// withDefaults fills in the defaults. They were measured (this package's
// tests): on NTREX-128's 123 news documents in English, Swahili and
// Albanian (gist English, corpus/entity keys) they give B³ F1 0.89
// (precision 0.87, recall 0.92), and the five sample articles stay one
// story beside 709 MasakhaNEWS articles, none of which joins it (at a
// threshold of 0.25 and entity weight 1.5 or 3, one does).
func (o Options) withDefaults() Options {
	if o.Threshold <= 0 {
		o.Threshold = 0.3
	}
	if o.Window <= 0 {
		o.Window = 7 * 24 * time.Hour
	}
	if o.EntityWeight <= 0 {
		o.EntityWeight = 2
	}
	return o
}

// Group clusters docs into stories. Every doc lands in exactly one story
// (singletons are stories of one). Output is deterministic for a given input
// set: stories by size, then newest article, then first id.
func Group(docs []Doc, opts Options) []Story {
	opts = opts.withDefaults()
	docs = dedupe(docs)
	if len(docs) == 0 {
		return []Story{}
	}
	vecs := vectorize(docs, opts)
	edges := similarPairs(docs, vecs, opts)
	clusters := cluster(len(docs), edges, opts.Threshold)
	stories := make([]Story, 0, len(clusters))
	for _, members := range clusters {
		stories = append(stories, makeStory(docs, vecs, members))
	}
	newest := func(s Story) time.Time { return latest(docs, s.Articles) }
	slices.SortFunc(stories, func(a, b Story) int {
		return cmp.Or(cmp.Compare(len(b.Articles), len(a.Articles)),
			newest(b).Compare(newest(a)), cmp.Compare(a.Articles[0], b.Articles[0]))
	})
	return stories
}

// dedupe keeps the first doc of each id and sorts by id, so the result does
// not depend on input order.
func dedupe(docs []Doc) []Doc {
	seen := make(map[string]bool, len(docs))
	out := make([]Doc, 0, len(docs))
	for _, d := range docs {
		if !seen[d.ID] {
			seen[d.ID] = true
			out = append(out, d)
		}
	}
	slices.SortStableFunc(out, func(a, b Doc) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func latest(docs []Doc, ids []string) time.Time {
	var t time.Time
	for _, id := range ids {
		i, ok := slices.BinarySearchFunc(docs, id, func(d Doc, id string) int { return cmp.Compare(d.ID, id) })
		if ok && docs[i].Published.After(t) {
			t = docs[i].Published
		}
	}
	return t
}
