package corpus

import (
	"math"
	"strings"
	"unicode"
)

const (
	// maxParaBytes is the length above which a paragraph is split: about
	// five sentences, what fits beside its summary row on one screen.
	maxParaBytes = 700
	// minPieceBytes keeps split pieces from being single short sentences.
	minPieceBytes = 200
)

// tile splits an over-long paragraph (seed 001 is a whole article on one
// line) into groups of sentences, TextTiling style: at each gap between two
// sentences it measures the lexical cohesion of the two sentences before
// with the two after (cosine of their word counts). Walking from the start,
// each piece ends at the gap of least cohesion among those that leave it
// between minPieceBytes and maxParaBytes long and the rest at least
// minPieceBytes; a sentence longer than maxParaBytes stands alone. Greedy
// and local, so it stays linear on a 50 MB one-line file. It returns the
// sentence index at which each piece after the first starts.
func tile(p string, sents []Span) []int {
	if len(p) <= maxParaBytes || len(sents) < 2 {
		return nil
	}
	v := newVectors(p, sents)
	end := sents[len(sents)-1].End
	var cuts []int
	for lo := 0; end-sents[lo].Start > maxParaBytes; {
		g := bestGap(sents, v, lo, end)
		if g < 0 {
			break
		}
		cuts = append(cuts, g)
		lo = g
	}
	return cuts
}

// bestGap returns the gap of least cohesion for a piece starting at
// sentence lo, or -1 when no gap leaves a long enough rest.
func bestGap(sents []Span, v *vectors, lo, end int) int {
	best, bestCoh := -1, 2.0
	for g := lo + 1; g < len(sents); g++ {
		size := sents[g-1].End - sents[lo].Start
		if size > maxParaBytes && best >= 0 {
			break
		}
		if end-sents[g].Start < minPieceBytes {
			break
		}
		if size < minPieceBytes && g+1 < len(sents) && sents[g].End-sents[lo].Start <= maxParaBytes {
			continue
		}
		if coh := v.cohesion(g); coh < bestCoh {
			best, bestCoh = g, coh
		}
	}
	return best
}

// vectors holds each sentence's content words as ids into one vocabulary,
// so comparing blocks needs no map per block: counts go into two dense
// arrays that are cleared after each comparison.
type vectors struct {
	words [][]int32 // per sentence
	a, b  []int32   // scratch counts per word id
}

// newVectors reads the lower-cased words of four letters or more of each
// sentence: a crude but language-blind way to skip function words.
func newVectors(p string, sents []Span) *vectors {
	ids := map[string]int32{}
	v := &vectors{words: make([][]int32, len(sents))}
	for i, s := range sents {
		for w := range strings.FieldsFuncSeq(p[s.Start:s.End], func(r rune) bool { return !unicode.IsLetter(r) }) {
			if len(w) < 4 {
				continue
			}
			w = strings.ToLower(w)
			id, ok := ids[w]
			if !ok {
				id = int32(len(ids))
				ids[w] = id
			}
			v.words[i] = append(v.words[i], id)
		}
	}
	v.a, v.b = make([]int32, len(ids)), make([]int32, len(ids))
	return v
}

// cohesion is the cosine of the word counts of the two sentences before
// gap g with the two after it.
func (v *vectors) cohesion(g int) float64 {
	fill := func(dst []int32, lo, hi int) {
		for i := max(lo, 0); i < min(hi, len(v.words)); i++ {
			for _, id := range v.words[i] {
				dst[id]++
			}
		}
	}
	fill(v.a, g-2, g)
	fill(v.b, g, g+2)
	dot, na, nb := 0.0, 0.0, 0.0
	for i := max(g-2, 0); i < min(g+2, len(v.words)); i++ {
		for _, id := range v.words[i] {
			x, y := float64(v.a[id]), float64(v.b[id])
			if x < 0 {
				continue // already counted
			}
			dot += x * y
			na += x * x
			nb += y * y
			v.a[id], v.b[id] = -1, -1
		}
	}
	for i := max(g-2, 0); i < min(g+2, len(v.words)); i++ {
		for _, id := range v.words[i] {
			v.a[id], v.b[id] = 0, 0
		}
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
