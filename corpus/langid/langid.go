// Package langid tells the language of a text: a naive-Bayes classifier over
// character trigrams of padded words, with a model of 45 languages (0.6 MB) generated
// from the NTREX-128 news translations by internal/gen. It covers English,
// Swahili, Albanian, the major European languages and the main scripts of
// world news; see Languages.
package langid

//go:generate go run ./internal/gen -data ../../../shared/data/ntrex128 -out model.bin

import (
	_ "embed"
	"math"
	"sync"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus/langid/internal/ngram"
)

//go:embed model.bin
var modelBytes []byte

const (
	// maxBytes bounds the work on long inputs: the first 16 KiB of a text
	// tell its language as well as the whole of it.
	maxBytes = 16 << 10
	// minGrams is about three short words of text: below it Detect says "".
	minGrams = 12
	// minKnown is the share of grams the model must know; less means a
	// script or language it was not trained on.
	minKnown = 0.3
	// minConf is the confidence under which Detect answers "".
	minConf = 0.5
	// damping turns the sum of overlapping 1-, 2- and 3-gram scores (each
	// letter counted three times) into something closer to a
	// log-likelihood, so confidences are not all 1.0.
	damping = 3 * scale
)

// loaded is the embedded model, parsed on first use and read-only after.
var loaded = sync.OnceValues(func() (*model, error) { return parseModel(modelBytes) })

// Detect returns the ISO 639-1 code of text's language and a confidence in
// [0, 1], or "" and the confidence when the text is too short, in a
// language the model does not know, or too ambiguous (confidence < 0.5).
// Only the first 16 KiB are read.
func Detect(text string) (lang string, conf float64) {
	m, err := loaded()
	if err != nil {
		return "", 0 // cannot happen with the embedded model; tested
	}
	return m.detect(text)
}

// Languages returns the codes Detect can answer, in model order.
func Languages() []string {
	m, err := loaded()
	if err != nil {
		return nil
	}
	return append([]string(nil), m.codes...)
}

// scratch holds the per-call buffers; pooled so Detect allocates nothing
// in the steady state.
type scratch struct {
	runes  []rune
	hashes []uint64
	scores []int64
}

var pool = sync.Pool{New: func() any { return &scratch{runes: make([]rune, 0, 64)} }}

func (m *model) detect(text string) (string, float64) {
	if len(text) > maxBytes {
		cut := maxBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		text = text[:cut]
	}
	sc := pool.Get().(*scratch)
	defer pool.Put(sc)
	sc.hashes = sc.hashes[:0]
	sc.runes = ngram.Words(text, sc.runes, sc.collect)
	if cap(sc.scores) < len(m.codes) {
		sc.scores = make([]int64, len(m.codes))
	}
	scores := sc.scores[:len(m.codes)]
	clear(scores)
	known := 0
	for _, h := range sc.hashes {
		pairs := m.lookup(h)
		if pairs == nil {
			continue
		}
		known++
		for j := 0; j+1 < len(pairs); j += 2 {
			scores[pairs[j]] += int64(pairs[j+1])
		}
	}
	return m.decide(scores, len(sc.hashes), known)
}

func (sc *scratch) collect(w []rune) { sc.hashes = ngram.AppendHashes(sc.hashes, w) }

// decide turns summed gains into an answer: the best language once every
// gram's floor is charged, with a softmax confidence.
func (m *model) decide(scores []int64, total, known int) (string, float64) {
	if total < minGrams || float64(known) < minKnown*float64(total) {
		return "", 0
	}
	best := 0
	for i := range scores {
		scores[i] -= int64(total) * int64(m.floors[i])
		if scores[i] > scores[best] {
			best = i
		}
	}
	sum := 0.0
	for _, s := range scores {
		if d := s - scores[best]; d > -40*damping { // else exp underflows to nothing
			sum += math.Exp(float64(d) / damping)
		}
	}
	conf := 1 / sum
	if conf < minConf {
		return "", conf
	}
	return m.codes[best], conf
}
