package story

import (
	"cmp"
	"slices"
)

// edge is a pair of docs similar enough to be considered.
type edge struct {
	a, b int
	sim  float64
}

// minEdge is the least pair similarity kept at all; pairs below it add
// nothing to an average-link decision at any useful threshold.
const minEdge = 0.05

// dfCap bounds the posting lists used to find pairs: a feature in more than
// this share of docs (and more than 50 of them) names no event, and skipping
// it keeps grouping near-linear. Its (small) share of the cosine is lost.
const dfCap = 0.02

// similarPairs finds doc pairs whose cosine reaches minEdge and that lie
// within the time window. It accumulates dot products through an inverted
// index over each doc's top features, so only docs sharing a feature are
// ever compared; features in too many docs are skipped.
func similarPairs(docs []Doc, vecs []vector, opts Options) []edge {
	type posting struct {
		doc int
		w   float64
	}
	post := map[int32][]posting{}
	for i, v := range vecs {
		for _, f := range v {
			post[f.id] = append(post[f.id], posting{i, f.w})
		}
	}
	limit := max(50, int(dfCap*float64(len(docs))))
	var edges []edge
	acc := make([]float64, len(docs))
	var touched []int
	for i, v := range vecs {
		for _, f := range v {
			p := post[f.id]
			if len(p) > limit {
				continue
			}
			for _, o := range p {
				if o.doc <= i {
					continue
				}
				if acc[o.doc] == 0 {
					touched = append(touched, o.doc)
				}
				acc[o.doc] += f.w * o.w
			}
		}
		slices.Sort(touched)
		for _, j := range touched {
			if acc[j] >= minEdge && inWindow(docs[i], docs[j], opts) {
				edges = append(edges, edge{i, j, acc[j]})
			}
			acc[j] = 0
		}
		touched = touched[:0]
	}
	slices.SortFunc(edges, func(x, y edge) int {
		return cmp.Or(cmp.Compare(y.sim, x.sim), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
	})
	return edges
}

func inWindow(a, b Doc, opts Options) bool {
	if a.Published.IsZero() || b.Published.IsZero() {
		return true
	}
	d := a.Published.Sub(b.Published)
	return d <= opts.Window && -d <= opts.Window
}

// cluster merges docs by average link: taking pairs from the most similar
// down, two groups merge when the mean similarity over all their cross
// pairs (missing pairs count as 0) reaches threshold. Returns groups of doc
// indexes, each sorted, in order of their first member.
func cluster(n int, edges []edge, threshold float64) [][]int {
	parent := make([]int, n)
	members := make([][]int, n)
	for i := range parent {
		parent[i] = i
		members[i] = []int{i}
	}
	var find func(int) int
	find = func(x int) int {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	adj := make([]map[int]float64, n)
	for _, e := range edges {
		if adj[e.a] == nil {
			adj[e.a] = map[int]float64{}
		}
		if adj[e.b] == nil {
			adj[e.b] = map[int]float64{}
		}
		adj[e.a][e.b], adj[e.b][e.a] = e.sim, e.sim
	}
	for _, e := range edges {
		if e.sim < threshold {
			break // no merge can average above threshold from here on
		}
		ra, rb := find(e.a), find(e.b)
		if ra == rb {
			continue
		}
		small, big := ra, rb
		if len(members[small]) > len(members[big]) {
			small, big = big, small
		}
		var sum float64
		for _, m := range members[small] {
			for o, s := range adj[m] {
				if find(o) == big {
					sum += s
				}
			}
		}
		if sum/float64(len(members[small])*len(members[big])) < threshold {
			continue
		}
		parent[small] = big
		members[big] = append(members[big], members[small]...)
		members[small] = nil
	}
	var out [][]int
	for i := range n {
		if find(i) == i {
			g := slices.Clone(members[i])
			slices.Sort(g)
			out = append(out, g)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Compare(a[0], b[0]) })
	return out
}
