// Package langid tells the language of a text: Chinese, Japanese and Korean
// by script, the rest with a naive-Bayes classifier over character
// trigrams of padded words, with a model of 42 languages (1.3 MB, stored as
// its own lookup table so that loading it is nearly free) generated
// from the NTREX-128 news translations by internal/gen. It covers English,
// Swahili, Albanian, the major European languages and the main scripts of
// world news; see Languages.
package langid

//go:generate go run ./internal/gen -data ../../../shared/data/ntrex128 -out model.bin

import (
	_ "embed"
	"math"
	"sync"
	"unicode"
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
	// stopMargin is the lead after which reading more text cannot matter:
	// even with all 44 other languages just behind, confidence is 0.95.
	stopMargin = 250
	// maxLead is how far behind the best a language may score and still
	// weigh in the confidence: further back, its share underflows.
	maxLead = 40 * damping
)

// loaded is the embedded model, parsed on first use and read-only after.
var loaded = sync.OnceValues(func() (*model, error) { return parseModel(modelBytes) })

// Detect returns the ISO 639-1 code of text's language and a confidence in
// [0, 1], or "" and the confidence when the text is too short, in a
// language the model does not know, or too ambiguous (confidence < 0.5).
// At most the first 16 KiB are read, and reading stops as soon as one
// language leads beyond doubt, so long texts cost little more than short ones.
func Detect(text string) (lang string, conf float64) {
	m, err := loaded()
	if err != nil {
		return "", 0 // cannot happen with the embedded model; tested
	}
	return m.detect(text)
}

// Preload parses the embedded model now rather than on the first Detect:
// a program that will detect soon calls it on a goroutine at start-up, so
// the parse (a few milliseconds) overlaps its other start-up work.
func Preload() { _, _ = loaded() }

// Languages returns the codes Detect can answer: the model's, then the
// three told by script.
func Languages() []string {
	m, err := loaded()
	if err != nil {
		return nil
	}
	return append(append([]string(nil), m.Codes...), "zh", "ja", "ko")
}

// scratch holds the per-call state; pooled so Detect allocates nothing in
// the steady state.
type scratch struct {
	m *model
	// acc sums each language's gains; a fixed array indexed by lang&63
	// lets the compiler drop the bounds checks of the innermost loop.
	acc          [64]int32
	total, known int
	scores       []int64
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// checkEvery is how many grams pass between early-stop checks.
const checkEvery = 16

func (m *model) detect(text string) (string, float64) {
	text = clip(text, maxBytes)
	if lang, conf := cjk(text); lang != "" {
		return lang, conf
	}
	sc := pool.Get().(*scratch)
	defer pool.Put(sc)
	sc.m, sc.acc, sc.total, sc.known = m, [64]int32{}, 0, 0
	sc.scan(text)
	if cap(sc.scores) < len(m.Codes) {
		sc.scores = make([]int64, len(m.Codes))
	}
	scores := sc.scores[:len(m.Codes)]
	for i := range scores {
		scores[i] = int64(sc.acc[i&63]) - int64(sc.total)*int64(m.Floors[i])
	}
	return m.decide(scores, sc.total, sc.known)
}

// scan scores the trigrams of the padded, lower-cased words of text: the
// grams ngram.Words and ngram.AppendHashes give (the model was built from
// those), computed in the same single pass that finds the words. After
// each word it stops once one language leads so clearly that more text
// cannot change the answer (confidence over 0.9), which on a paragraph
// typically happens within its first sentence.
func (sc *scratch) scan(text string) {
	var p1, p2 rune // the last two runes of the padded word so far
	n := 0          // its letters
	before := 0     // sc.total when the word began
	for i := 0; i < len(text); {
		r, letter := rune(text[i]), false
		if r < utf8.RuneSelf {
			i++
			switch {
			case r >= 'a' && r <= 'z':
				letter = true
			case r >= 'A' && r <= 'Z':
				r, letter = r+'a'-'A', true
			}
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(text[i:])
			i += size
			if r, letter = lowerLetter(r); !letter && n > 0 && unicode.Is(unicode.Mn, r) {
				letter = true // a combining mark goes on the word
			}
		}
		switch {
		case letter:
			if n == 0 {
				p2, before = ' ', sc.total
			} else {
				sc.score(ngram.Hash3(p1, p2, r))
			}
			p1, p2 = p2, r
			n++
		case n > 0:
			sc.score(ngram.Hash3(p1, p2, ' '))
			n = 0
			if sc.total/checkEvery != before/checkEvery && sc.total >= minGrams && sc.decisive() {
				return
			}
		}
	}
	if n > 0 {
		sc.score(ngram.Hash3(p1, p2, ' '))
	}
}

// lowerLetter returns a non-ASCII rune lower-cased and whether it is a
// letter, as unicode.ToLower and unicode.IsLetter say; Latin-1 letters
// (ë, ç, é), the most frequent, without their table searches.
func lowerLetter(r rune) (rune, bool) {
	switch {
	case r >= 0xc0 && r <= 0xff && r != 0xd7 && r != 0xf7:
		if r <= 0xde {
			r += 0x20
		}
		return r, true
	case unicode.IsLetter(r):
		return unicode.ToLower(r), true
	}
	return r, false
}

// score adds the gains of gram h.
func (sc *scratch) score(h uint64) {
	sc.total++
	pairs := sc.m.Lookup(h)
	if pairs == nil {
		return
	}
	sc.known++
	// Four pairs a turn: this loop is most of Detect's time, and a gram
	// names each language at most once, so the adds are independent.
	acc := &sc.acc
	for ; len(pairs) >= 8; pairs = pairs[8:] {
		p := pairs[:8]
		acc[p[0]&63] += int32(p[1])
		acc[p[2]&63] += int32(p[3])
		acc[p[4]&63] += int32(p[5])
		acc[p[6]&63] += int32(p[7])
	}
	for ; len(pairs) >= 2; pairs = pairs[2:] {
		acc[pairs[0]&63] += int32(pairs[1])
	}
}

// decisive reports whether the leader is ahead of every other language by
// stopMargin.
func (sc *scratch) decisive() bool {
	best, second := int64(math.MinInt64), int64(math.MinInt64)
	for i, f := range sc.m.Floors {
		s := int64(sc.acc[i&63]) - int64(sc.total)*int64(f)
		switch {
		case s > best:
			best, second = s, best
		case s > second:
			second = s
		}
	}
	return best-second > stopMargin && float64(sc.known) >= minKnown*float64(sc.total)
}

func clip(text string, n int) string {
	if len(text) <= n {
		return text
	}
	for n > 0 && !utf8.RuneStart(text[n]) {
		n--
	}
	return text[:n]
}

// decide turns summed gains into an answer: the best language once every
// gram's floor is charged, with a softmax confidence.
func (m *model) decide(scores []int64, total, known int) (string, float64) {
	if total < minGrams || float64(known) < minKnown*float64(total) {
		return "", 0
	}
	best := 0
	for i := range scores {
		if scores[i] > scores[best] {
			best = i
		}
	}
	sum := 0.0
	for _, s := range scores {
		if d := scores[best] - s; d < maxLead { // else exp underflows to nothing
			sum += m.softmax[d]
		}
	}
	conf := 1 / sum
	if conf < minConf {
		return "", conf
	}
	return m.Codes[best], conf
}
