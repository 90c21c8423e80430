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
	bags := make([]map[string]int, len(sents))
	for i, s := range sents {
		bags[i] = bagOfWords(p[s.Start:s.End])
	}
	end := sents[len(sents)-1].End
	var cuts []int
	for lo := 0; end-sents[lo].Start > maxParaBytes; {
		g := bestGap(sents, bags, lo, end)
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
func bestGap(sents []Span, bags []map[string]int, lo, end int) int {
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
		if coh := cosine(merge(bags, g-2, g), merge(bags, g, g+2)); coh < bestCoh {
			best, bestCoh = g, coh
		}
	}
	return best
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
