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
// with the two after (cosine of their word counts), and cuts at the gap of
// least cohesion, recursively, until every piece fits maxParaBytes or cannot
// be cut without leaving a piece under minPieceBytes. It returns the
// sentence index at which each piece after the first starts.
func tile(p string, sents []Span) []int {
	if len(p) <= maxParaBytes || len(sents) < 2 {
		return nil
	}
	bags := make([]map[string]int, len(sents))
	for i, s := range sents {
		bags[i] = bagOfWords(p[s.Start:s.End])
	}
	cohesion := make([]float64, len(sents)) // cohesion[g]: gap before sentence g
	for g := 1; g < len(sents); g++ {
		cohesion[g] = cosine(merge(bags, g-2, g), merge(bags, g, g+2))
	}
	var cuts []int
	var split func(lo, hi int)
	split = func(lo, hi int) {
		if sents[hi-1].End-sents[lo].Start <= maxParaBytes {
			return
		}
		best := -1
		for g := lo + 1; g < hi; g++ {
			if sents[g-1].End-sents[lo].Start < minPieceBytes || sents[hi-1].End-sents[g].Start < minPieceBytes {
				continue
			}
			if best < 0 || cohesion[g] < cohesion[best] {
				best = g
			}
		}
		if best < 0 {
			return
		}
		split(lo, best)
		cuts = append(cuts, best)
		split(best, hi)
	}
	split(0, len(sents))
	return cuts
}

// bagOfWords counts the lower-cased words of four letters or more: a crude
// but language-blind way to skip function words.
func bagOfWords(s string) map[string]int {
	bag := map[string]int{}
	for w := range strings.FieldsFuncSeq(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 {
			bag[strings.ToLower(w)]++
		}
	}
	return bag
}

// merge sums the bags of sentences [lo, hi), clipped to the paragraph.
func merge(bags []map[string]int, lo, hi int) map[string]int {
	out := map[string]int{}
	for i := max(lo, 0); i < min(hi, len(bags)); i++ {
		for w, n := range bags[i] {
			out[w] += n
		}
	}
	return out
}

func cosine(a, b map[string]int) float64 {
	dot, na, nb := 0.0, 0.0, 0.0
	for w, x := range a {
		na += float64(x * x)
		dot += float64(x * b[w])
	}
	for _, y := range b {
		nb += float64(y * y)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}
