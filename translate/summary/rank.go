package summary

import (
	"math"
	"slices"
)

// vocab interns content stems so sentence vectors are sorted id slices and
// cosine similarity is a merge, not map lookups: the article-wide graph is
// quadratic in sentences.
type vocab map[string]int32

// weight is one vector component.
type weight struct {
	id int32
	w  float32
}

// vector is a sparse term-frequency vector sorted by id, with its norm.
type vector struct {
	terms []weight
	norm  float64
}

// vectorize builds the content-word vector of s.
func (v vocab) vectorize(s string) vector {
	var ids []int32
	for _, t := range tokenize(s) {
		st := stem(t.text)
		if stopwords[st] || stopwords[normWord(t.text)] || (len(st) < 2 && !isNumeric(st)) {
			continue
		}
		id, ok := v[st]
		if !ok {
			id = int32(len(v))
			v[st] = id
		}
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var vec vector
	for i, id := range ids {
		if i > 0 && ids[i-1] == id {
			vec.terms[len(vec.terms)-1].w++
			continue
		}
		vec.terms = append(vec.terms, weight{id, 1})
	}
	for _, t := range vec.terms {
		vec.norm += float64(t.w * t.w)
	}
	vec.norm = math.Sqrt(vec.norm)
	return vec
}

// cosine is the cosine similarity of two vectors, 0 when either is empty.
func cosine(a, b vector) float64 {
	if a.norm == 0 || b.norm == 0 {
		return 0
	}
	var dot float64
	for i, j := 0, 0; i < len(a.terms) && j < len(b.terms); {
		switch {
		case a.terms[i].id < b.terms[j].id:
			i++
		case a.terms[i].id > b.terms[j].id:
			j++
		default:
			dot += float64(a.terms[i].w * b.terms[j].w)
			i++
			j++
		}
	}
	return dot / (a.norm * b.norm)
}

const (
	damping   = 0.85 // TextRank's usual damping factor
	maxRounds = 60   // power-iteration cap; the seeds settle in under 30
	settled   = 1e-6 // L1 change below which the scores have converged
)

// edge is a weighted link of the similarity graph, already divided by its
// source's total weight (a transition probability).
type edge struct {
	to int
	p  float64
}

// textRank scores sentences by centrality in their similarity graph
// (TextRank), personalised by prior: a random walk that follows similarity
// edges and, when it jumps, lands on a sentence in proportion to its prior
// (entities shared with the rest of the article, content words). With no
// edges at all the prior alone decides, never the position. The graph is
// kept sparse: unrelated sentences cost nothing per round.
func textRank(vecs []vector, prior []float64) []float64 {
	n := len(vecs)
	if n == 0 {
		return nil
	}
	p := normalise(prior)
	out := make([][]edge, n)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if s := cosine(vecs[i], vecs[j]); s > 0 {
				out[i] = append(out[i], edge{j, s})
				out[j] = append(out[j], edge{i, s})
			}
		}
	}
	for i := range out {
		total := 0.0
		for _, e := range out[i] {
			total += e.p
		}
		for k := range out[i] {
			out[i][k].p /= total
		}
	}
	r := slices.Clone(p)
	next := make([]float64, n)
	for range maxRounds {
		dangling := 0.0 // mass of sentences with no edges, spread by the prior
		for i := range next {
			next[i] = 0
			if len(out[i]) == 0 {
				dangling += r[i]
			}
		}
		for i, es := range out {
			for _, e := range es {
				next[e.to] += r[i] * e.p
			}
		}
		delta := 0.0
		for j := range next {
			next[j] = (1-damping)*p[j] + damping*(next[j]+dangling*p[j])
			delta += math.Abs(next[j] - r[j])
		}
		r, next = next, r
		if delta < settled {
			break
		}
	}
	return r
}

// normalise scales xs to sum 1 (uniform when they sum to zero).
func normalise(xs []float64) []float64 {
	sum := 0.0
	for _, x := range xs {
		sum += math.Max(x, 0)
	}
	out := make([]float64, len(xs))
	for i, x := range xs {
		if sum == 0 {
			out[i] = 1 / float64(len(xs))
		} else {
			out[i] = math.Max(x, 0) / sum
		}
	}
	return out
}
