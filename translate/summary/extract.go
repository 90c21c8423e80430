package summary

import (
	"math"
	"slices"
	"strings"
)

const (
	// shortRowWords: a paragraph whose translation is this short is its
	// own row (headings, datelines, one-line paragraphs).
	shortRowWords = 12
	// rowShare is the share of a paragraph's source words its row may
	// use: the compression target.
	rowShare = 0.2
	// entityShare is the share a row may grow to to keep the paragraph's
	// names.
	entityShare = 0.6
	// wordsPerName is the room each distinct name of a paragraph earns.
	wordsPerName = 2
	// minBudget and maxBudget bound a row's length in words: a row of a
	// short paragraph still holds a clause, a long paragraph's stays short.
	minBudget = 6
	maxBudget = 40
	// captionBudget bounds a photo caption's row: it describes a picture,
	// not the story.
	captionBudget = 6
)

// extractor builds rows and overview points from English sentences.
type extractor struct {
	rec   recognizer
	prof  *profile
	to    string
	room  float64              // the article's scale of row room (articleScale; 0 means 1)
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
	src := x.scale() * float64(srcWords)
	budget := min(maxBudget, max(minBudget, int(math.Round(rowShare*src))))
	// Names earn room, so words go where the names are and a paragraph
	// without any gets the bare budget: wordsPerName for each, up to
	// entityShare of its source words. The clause may widen into that room
	// to keep its own names in place; the names it still misses are
	// listed, a word or two each where a second clause costs a dozen.
	limit := min(maxBudget, int(math.Round(entityShare*src)), budget+int(math.Round(x.scale()*wordsPerName*float64(len(all)))))
	limit = max(limit, budget)
	return x.mainClause(cands, order, sents, budget, limit, all)
}

// mainClause builds the row from the best ranked few sentences: each
// compressed (widened up to limit where that keeps its names) and followed
// by the paragraph's names it misses, as far as limit allows. The row
// naming the most wins, then the one whose clause names the most (a name
// in a clause says what it did, a listed one only that it was there); on
// a tie the better ranked (more central) sentence stays unless the other's
// row is much shorter.
func (x *extractor) mainClause(cands []candidate, order []int, sents []string, budget, limit int, all []mention) string {
	best, bestKept, bestInClause := "", -1, -1
	for _, i := range order[:min(len(order), mainCandidates)] {
		if isCredit(cands[i].text) && bestKept >= 0 {
			continue
		}
		row, k, inClause := x.widen(cands[i].text, budget, limit, all, sents)
		switch {
		case bestKept < 0:
		case k != bestKept:
			// A less central sentence must name clearly more to win: the
			// row should say what the paragraph is about, not only who is
			// in it.
			if k < bestKept+centralityMargin {
				continue
			}
		case inClause != bestInClause:
			if inClause < bestInClause {
				continue
			}
		case 10*wordCount(row) >= 7*wordCount(best):
			continue
		}
		best, bestKept, bestInClause = row, k, inClause
	}
	return best
}

// mainCandidates is how many of the best ranked sentences may be a row's
// main clause.
const mainCandidates = 3

// centralityMargin is how many more names a less central candidate's row
// must keep to replace a more central one.
const centralityMargin = 2

// widen returns the row of the main sentence s: compressed to budget
// words, or to more (up to limit) when that keeps names, and followed by
// the names its clause still misses as far as limit allows. Of the
// budgets tried, the row keeping the most of all wins, then the shorter
// (a listed name costs a word or two, a clause kept for it several), then
// the one whose clause names more.
func (x *extractor) widen(s string, budget, limit int, all []mention, sents []string) (row string, kept, inClause int) {
	kept = -1
	prev := ""
	for b := budget; b == budget || (b <= limit && len(all) > 0); b += widenStep {
		clause := x.shorten(s, b)
		if clause == prev {
			continue
		}
		prev = clause
		for _, cl := range x.withSpeaker(s, clause) {
			ns := x.names(cl)
			in := keptOf(all, ns)
			r, listed := withNamesListed(cl, x.missingFrom(ns, sents), limit-wordCount(cl))
			// The row names what its clause does and what it lists: no
			// need to recognise the row again (widen tries many).
			k := in
			if len(listed) > 0 {
				k = keptOf(all, namesIn(r, append(slices.Clone(ns.ms), listed...)))
			}
			switch {
			case kept < 0 || k > kept:
			case k < kept:
				continue
			case wordCount(r) != wordCount(row):
				if wordCount(r) > wordCount(row) {
					continue
				}
			case in <= inClause:
				continue
			}
			row, kept, inClause = r, k, in
		}
		if inClause == len(all) {
			break // a wider clause can keep no more
		}
	}
	return row, kept, inClause
}

// withSpeaker returns the clauses a row of s may open with: clause, and,
// when clause is a quotation whose attribution went and named its
// speaker, the speaker before it, headline style ("Prashanth
// Parameswaran: “Russia is sending the message…”"). Which one a row takes
// is widen's choice: the speaker is one more name, at its words' cost.
func (x *extractor) withSpeaker(s, clause string) []string {
	sp := x.prepared(s).speaker
	if sp == "" || !(strings.HasPrefix(clause, "“") || strings.HasPrefix(clause, `"`)) {
		return []string{clause}
	}
	return []string{clause, x.headline(sp + ": " + clause)}
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

// shortKey names one compression: a sentence at a budget.
type shortKey struct {
	s      string
	budget int
}

func (x *extractor) shortenNew(s string, budget int) string {
	p := x.prepared(s)
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

func (x *extractor) headline(s string) string {
	return headlineStyle(s, x.rec(s, x.to), false, x.prof.shortForm)
}

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
