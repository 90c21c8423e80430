package summary

import (
	"math"
	"testing"
)

func TestTextRankFavoursTheCentralSentence(t *testing.T) {
	v := vocab{}
	sents := []string{
		"Farmers harvested maize early this year.", // off topic, first
		"Russia and Vietnam signed energy agreements in Hanoi.",
		"The energy agreements cover gas exploration by Russia in Vietnam.",
		"Vietnam welcomed the agreements with Russia on energy and gas.",
	}
	vecs := make([]vector, len(sents))
	prior := make([]float64, len(sents))
	for i, s := range sents {
		vecs[i], prior[i] = v.vectorize(s), 1
	}
	r := textRank(vecs, prior)
	if r[0] >= r[1] || r[0] >= r[2] || r[0] >= r[3] {
		t.Errorf("scores %v: the off-topic first sentence ranks too high", r)
	}
	sum := 0.0
	for _, x := range r {
		sum += x
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Errorf("scores sum to %v, want 1", sum)
	}
}

func TestTextRankPriorDecidesWithoutEdges(t *testing.T) {
	v := vocab{}
	vecs := []vector{v.vectorize("alpha beta"), v.vectorize("gamma delta"), v.vectorize("epsilon zeta")}
	r := textRank(vecs, []float64{1, 5, 2})
	if !(r[1] > r[2] && r[2] > r[0]) {
		t.Errorf("scores %v do not follow the prior 1, 5, 2", r)
	}
}

func TestCosine(t *testing.T) {
	v := vocab{}
	a, b, c := v.vectorize("sanctions against Russia"), v.vectorize("Russia sanction"), v.vectorize("")
	if got := cosine(a, a); math.Abs(got-1) > 1e-9 {
		t.Errorf("cosine(a, a) = %v", got)
	}
	if got := cosine(a, b); got <= 0.5 {
		t.Errorf("cosine of stemmed overlap = %v, want > 0.5", got)
	}
	if cosine(a, c) != 0 {
		t.Error("cosine with an empty vector is not 0")
	}
}
