package summary

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	// shortRowWords: a paragraph whose translation is this short is its
	// own row (headings, datelines, one-line paragraphs).
	shortRowWords = 12
	// rowShare is the share of a paragraph's source words its row may
	// use: the compression target.
	rowShare = 0.3
	// entityShare is the share a row may grow to when it needs a second
	// clause to keep the paragraph's names.
	entityShare = 0.6
	// wordsPerName is the room each distinct name of a paragraph earns.
	wordsPerName = 3
	// minBudget and maxBudget bound a row's length in words: a row of a
	// short paragraph still holds a clause, a long paragraph's stays short.
	minBudget = 6
	maxBudget = 40
	// minClause: a second clause shorter than this is not worth adding.
	minClause = 5
	// clauseCandidates: only the best ranked sentences may add a clause,
	// which bounds the work on a paragraph of hundreds of sentences.
	clauseCandidates = 8
	// keepEntities is the entity retention a row aims for.
	keepEntities = 0.8
	// captionBudget bounds a photo caption's row: it describes a picture,
	// not the story.
	captionBudget = 6
)

// extractor builds rows and overview points from English sentences.
type extractor struct {
	rec   recognizer
	prof  *profile
	to    string
	short map[shortKey]string  // shorten's memo; an extractor serves one call
	prep  map[string]*prepared // sentences prepared for compression, likewise
}

// candidate is one translated sentence, analysed.
type candidate struct {
	para  int
	pos   int // position in its paragraph
	text  string
	vec   vector
	ents  []mention
	prior float64
}

// analyse turns a paragraph's sentences into scored candidates.
func (x *extractor) analyse(v vocab, para int, sents []string) []candidate {
	out := make([]candidate, 0, len(sents))
	for i, s := range sents {
		c := candidate{para: para, pos: i, text: s, vec: v.vectorize(s), ents: x.rec(s, x.to)}
		c.prior = 1 + x.prof.entityWeight(c.ents, para) + 0.2*float64(len(c.vec.terms))
		switch n := wordCount(s); {
		case isCredit(s):
			c.prior *= 0.01 // a photo credit is never the point
		case n < 5:
			c.prior *= 0.2
		}
		out = append(out, c)
	}
	return out
}

// row returns the summary row of one paragraph given its translated
// sentences: the translation itself when it is short or a heading, else
// the most central sentence (TextRank within the paragraph, personalised by
// entities and content words), compressed, plus a second compressed clause
// when that is needed to keep most of the paragraph's entities and fits the
// budget.
func (x *extractor) row(para int, heading bool, srcWords int, sents []string) string {
	translation := strings.Join(sents, " ")
	if heading || len(sents) == 0 || looksLikeTitle(sents) {
		return translation
	}
	if x.to == "en" && isCaption(sents) {
		return x.caption(sents)
	}
	if wordCount(translation) <= shortRowWords && x.to != "en" {
		return translation
	}
	cands := x.analyse(vocab{}, para, sents)
	vecs := make([]vector, len(cands))
	priors := make([]float64, len(cands))
	for i, c := range cands {
		vecs[i], priors[i] = c.vec, c.prior
	}
	scores := textRank(vecs, priors)
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpDesc(scores[a], scores[b]) })

	all := distinctMentions(cands)
	// The budget counts source words, as the compression ratio does: a
	// translation runs longer than its source ("the X of the Y").
	budget := min(maxBudget, max(minBudget, int(math.Round(rowShare*float64(srcWords)))))
	// Names earn room: a paragraph whose names the first clause misses may
	// grow by wordsPerName for each of its names, up to entityShare of its
	// source words, clause by clause. Room goes where the names are.
	limit := min(maxBudget, int(math.Round(entityShare*float64(srcWords))), budget+wordsPerName*len(all))
	limit = max(limit, budget)
	top, main := x.mainClause(cands, order, budget, limit, all)
	parts := map[int]string{top: main}
	for coverage(all, parts, x) < keepEntities {
		if !x.addClause(cands, order, parts, limit-words(parts)) {
			break
		}
	}
	chosen := make([]int, 0, len(parts))
	for i := range parts {
		chosen = append(chosen, i)
	}
	slices.Sort(chosen)
	return joinClauses(chosen, parts)
}

// mainClause picks the row's main sentence among the best ranked few: the
// one whose compression keeps the most names, then the much shorter, then
// the better ranked. It returns its index and compressed text.
func (x *extractor) mainClause(cands []candidate, order []int, budget, limit int, all []mention) (int, string) {
	best, bestText, bestKept := -1, "", -1
	for _, i := range order[:min(len(order), mainCandidates)] {
		if isCredit(cands[i].text) && best >= 0 {
			continue
		}
		t := x.widen(cands[i].text, budget, limit, all)
		k := keptOf(all, x.names(t))
		// On a tie in names the better ranked (more central) sentence
		// stays unless the other is much shorter.
		if k > bestKept || (k == bestKept && 10*wordCount(t) < 7*wordCount(bestText)) {
			best, bestText, bestKept = i, t, k
		}
	}
	return best, bestText
}

// mainCandidates is how many of the best ranked sentences may be a row's
// main clause.
const mainCandidates = 3

// widen compresses the row's main sentence to budget words, or to more
// (up to limit) when that keeps names the tighter version loses: the
// least growth that keeps the most of all.
func (x *extractor) widen(s string, budget, limit int, all []mention) string {
	best := x.shorten(s, budget)
	if len(all) == 0 {
		return best
	}
	bestKept := keptOf(all, x.names(best))
	for b := budget + widenStep; b <= limit && bestKept < len(all); b += widenStep {
		out := x.shorten(s, b)
		if k := keptOf(all, x.names(out)); k > bestKept {
			best, bestKept = out, k
		}
	}
	return best
}

// widenStep is the growth tried at each step of widen, in words.
const widenStep = 3

// names is what text names.
func (x *extractor) names(text string) nameSet { return namesIn(text, x.rec(text, x.to)) }

// keptOf counts the mentions of all that got names.
func keptOf(all []mention, got nameSet) int {
	n := 0
	for _, m := range all {
		if got.has(m) {
			n++
		}
	}
	return n
}

// addClause adds to parts the compressed sentence that fits in room words
// and names the most entities the row lacks (the better ranked on ties).
// It reports whether it found one.
func (x *extractor) addClause(cands []candidate, order []int, parts map[int]string, room int) bool {
	if room < minClause {
		return false
	}
	best, bestGain, bestText := -1, 0, ""
	for _, i := range order[:min(len(order), clauseCandidates)] {
		if _, ok := parts[i]; ok || isCredit(cands[i].text) {
			continue
		}
		// The clause is there for its names: try it tight, then roomier.
		for _, b := range []int{kernelBudget, minClause, room} {
			p := x.shorten(cands[i].text, b)
			n := wordCount(p)
			if n > room {
				continue
			}
			g := newMentions(x.rec(p, x.to), parts, x)
			if g > bestGain || (g == bestGain && g > 0 && n < wordCount(bestText)) {
				best, bestGain, bestText = i, g, p
			}
		}
	}
	if best < 0 {
		return false
	}
	parts[best] = bestText
	return true
}

// shorten compresses a sentence when the target is English; the rules
// know no other language.
func (x *extractor) shorten(s string, budget int) string {
	if x.to != "en" {
		return s
	}
	// addClause asks again for the same sentences at the same budgets as
	// clauses are added: compression is the hot path, so remember it.
	k := shortKey{s, budget}
	if out, ok := x.short[k]; ok {
		return out
	}
	if x.short == nil {
		x.short = map[shortKey]string{}
	}
	out := x.shortenNew(s, budget)
	x.short[k] = out
	return out
}

// kernelBudget asks shorten for the sentence's kernel (see kernel).
const kernelBudget = -1

// shortKey names one compression: a sentence at a budget.
type shortKey struct {
	s      string
	budget int
}

func (x *extractor) shortenNew(s string, budget int) string {
	p := x.prep[s]
	if p == nil {
		if x.prep == nil {
			x.prep = map[string]*prepared{}
		}
		p = prepare(s, x.rec)
		x.prep[s] = p
	}
	if budget == kernelBudget {
		return x.headline(p.compress(minKept, true))
	}
	c := p.compress(budget, false)
	out := x.headline(c)
	// Headline deletions free room: when compression had to cut to fit,
	// let it keep as many more words as the deletions saved.
	if saved := wordCount(c) - wordCount(out); saved > 0 && wordCount(c) >= budget-1 {
		if wider := x.headline(p.compress(budget+saved, false)); wordCount(wider) <= budget {
			out = wider
		}
	}
	return out
}

func (x *extractor) headline(s string) string { return headline(s, x.rec(s, x.to)) }

// distinctMentions lists the paragraph's people, places and organisations
// once each: the names a row is judged on (numbers and dates are kept
// within a clause by compression, which never cuts one it can spare).
func distinctMentions(cands []candidate) []mention {
	var out []mention
	for _, c := range cands {
		for _, m := range c.ents {
			if m.named() && !containsMention(out, m) {
				out = append(out, m)
			}
		}
	}
	return out
}

// coverage is the share of all named in the row built from parts.
func coverage(all []mention, parts map[int]string, x *extractor) float64 {
	if len(all) == 0 {
		return 1
	}
	return float64(keptOf(all, rowNames(parts, x))) / float64(len(all))
}

// newMentions counts the entities of ents the row does not name yet.
func newMentions(ents []mention, parts map[int]string, x *extractor) int {
	got := rowNames(parts, x)
	n := 0
	for i, m := range ents {
		if !got.has(m) && !containsMention(ents[:i], m) {
			n++
		}
	}
	return n
}

// rowNames is what the row built from parts names.
func rowNames(parts map[int]string, x *extractor) nameSet {
	var got []mention
	texts := make([]string, 0, len(parts))
	for _, p := range parts {
		got = append(got, x.rec(p, x.to)...)
		texts = append(texts, p)
	}
	return namesIn(strings.Join(texts, " "), got)
}

func words(parts map[int]string) int {
	n := 0
	for _, p := range parts {
		n += wordCount(p)
	}
	return n
}

// joinClauses joins compressed sentences, in paragraph order, into one row
// sentence with semicolons.
func joinClauses(order []int, parts map[int]string) string {
	var b strings.Builder
	for k, i := range order {
		p := parts[i]
		if k < len(order)-1 {
			p = strings.TrimRight(p, ".")
		}
		if k > 0 {
			b.WriteString("; ")
			p = lowerFirstWord(p)
		}
		b.WriteString(p)
	}
	return b.String()
}

// lowerFirstWord lowercases a clause's first word when it is an ordinary
// word ("The visit…" → "the visit…"), leaving names capitalised.
func lowerFirstWord(s string) string {
	toks := tokenize(s)
	if len(toks) == 0 || toks[0].start != 0 || !stopwords[strings.ToLower(toks[0].text)] {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// maxTitleWords bounds a title or subhead the segmenter did not flag.
const maxTitleWords = 25

// looksLikeTitle reports whether a paragraph is an unflagged title or
// subhead: one short sentence without a full stop. Its translation is
// already as short as a row should be.
func looksLikeTitle(sents []string) bool {
	return len(sents) == 1 && wordCount(sents[0]) <= maxTitleWords && !isStatement(sents[0]) &&
		!strings.HasSuffix(strings.TrimSpace(sents[0]), "?")
}

// isCredit reports whether s is a photo credit or byline fragment
// ("MANAN VATSYAYANA – POOL"): a dash, at most eight words, every word
// capitalised, no full stop.
func isCredit(s string) bool {
	if !strings.ContainsAny(s, "–—") || strings.HasSuffix(s, ".") || wordCount(s) > 8 {
		return false
	}
	for _, t := range tokenize(s) {
		if !capitalised(t.text) && !isNumeric(t.text) {
			return false
		}
	}
	return true
}

func cmpDesc(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}
