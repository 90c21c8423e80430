package summary

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// cutKind says when compression may remove a span.
type cutKind uint8

const (
	// hard cuts are secondary by nature and always go: parentheticals,
	// photo credits, attributions, datelines, filler words.
	hard cutKind = iota
	// soft cuts (subordinate clauses) go when every entity inside them is
	// named elsewhere in the sentence, or when the row is over budget.
	soft
	// optional cuts (trailing adjuncts) go only over budget.
	optional
)

// A cut is a byte range of a sentence that compression may remove.
type cut struct {
	start, end int
	kind       cutKind
}

// compress shortens one English sentence to at most budget words where it
// can. Hard cuts always apply, soft cuts when they lose no entity; then,
// while over budget, the cut losing the fewest entities (and saving the
// most words) goes next. Mentions come from rec. The result is tidied:
// trimmed, capitalised, punctuated.
func compress(s string, rec recognizer, budget int) string {
	return compressWith(s, rec, budget, false)
}

// kernel is the shortest compression of s that loses none of its names
// and numbers: a sentence reduced to what carries them, for a row that
// needs a second clause for its names.
func kernel(s string, rec recognizer) string { return compressWith(s, rec, minKept, true) }

// compressWith is compress; with keepNames, no cut that loses a mention
// applies, whatever the budget.
func compressWith(s string, rec recognizer, budget int, keepNames bool) string {
	return prepare(s, rec).compress(budget, keepNames)
}

// prepared is a sentence ready for compression at any budget: its asides
// cut and its candidate cuts found, which is most of the work, so a row
// trying several budgets pays for it once.
type prepared struct {
	safe string       // the sentence without its asides: the fallback
	base *compression // nil when safe is all compression can give
	pred bool         // whether safe has a verb, which cuts must keep
	// speaker names who said the quotation safe is, when the attribution
	// that went named them ("…,” AP quoted Prashanth Parameswaran as
	// saying"): a row may give it back headline style, "Speaker: “…”".
	speaker string
}

func prepare(s string, rec recognizer) *prepared {
	if toks := tokenize(s); len(toks) > maxCompressWords {
		// A run-on "sentence" (scraped text without full stops) would make
		// the cut search quadratic; no row needs more than its start.
		s = s[:toks[maxCompressWords-1].end] + "…"
	}
	c := newCompression(s, rec(s, "en"))
	cut := false
	speaker := ""
	for _, k := range c.cands {
		if k.kind == hard {
			c.apply(k)
			cut = true
			if speaker == "" {
				speaker = speakerIn(c, k)
			}
		}
	}
	p := &prepared{safe: tidy(s), base: c}
	if cut {
		if p.safe = c.result(); wordCount(p.safe) < 3 {
			return &prepared{safe: tidy(s)} // the cuts ate the sentence (a credit line)
		}
		if strings.HasPrefix(p.safe, "“") || strings.HasPrefix(p.safe, `"`) {
			p.speaker = speaker
		}
		// The asides are gone: tails and clauses are found again on what
		// remains, so a quotation whose attribution went now ends the
		// sentence and may lose its own end.
		p.base = newCompression(p.safe, rec(p.safe, "en"))
	}
	p.pred = hasPredicate(p.safe)
	return p
}

// speakerIn returns the person an attribution cut k names as the speaker:
// the person right after its reporting verb ("quoted Prashanth
// Parameswaran as saying", "said Lam") or right before it ("Lam said"). A
// person elsewhere in it is not the speaker ("said the Russian president
// after meeting To Lam"), so no one is named then.
func speakerIn(c *compression, k cut) string {
	for i, t := range c.toks {
		if t.start < k.start || t.end > k.end || !reportingVerbs[strings.ToLower(t.text)] {
			continue
		}
		for _, m := range c.ms {
			if m.typ != entity.Person || m.start < k.start || m.end > k.end {
				continue
			}
			after := i+1 < len(c.toks) && m.start == c.toks[i+1].start
			before := i > 0 && m.end == c.toks[i-1].end
			if after || before {
				return c.s[m.start:m.end]
			}
		}
	}
	return ""
}

// reportingVerbs introduce whom an attribution quotes.
var reportingVerbs = setOf(`said says added claimed stated noted explained warned indicated quoted told`)

// compress returns the sentence compressed to budget words where it can.
func (p *prepared) compress(budget int, keepNames bool) string {
	if p.base == nil {
		return p.safe
	}
	c := *p.base
	c.dropped = make([]bool, len(c.s))
	out := c.shorten(budget, keepNames)
	if wordCount(out) < 3 || (p.pred && !hasPredicate(out)) {
		// The cuts ate the sentence or its verb (clauses read wrongly):
		// keep only the cuts that are always safe.
		return p.safe
	}
	return out
}

// shorten applies the soft cuts that lose no entity, then, while over
// budget, the allowed cut losing the fewest entities (see better for
// ties), and returns the result.
func (c *compression) shorten(budget int, keepNames bool) string {
	for _, k := range c.cands {
		if k.kind == soft && c.allowed(k) && c.lost(k) == 0 {
			c.apply(k)
		}
	}
	for c.kept() > budget {
		best, bestLost, bestSaved := -1, 0, 0
		for i, k := range c.cands {
			if k.kind == hard || !c.allowed(k) {
				continue
			}
			saved := c.saved(k)
			if saved == 0 || c.kept()-saved < minKept {
				continue
			}
			lost := c.lost(k)
			if keepNames && lost > 0 {
				continue
			}
			if best < 0 || lost < bestLost || (lost == bestLost && better(saved, bestSaved, c.kept()-budget)) {
				best, bestLost, bestSaved = i, lost, saved
			}
		}
		if best < 0 {
			break
		}
		c.apply(c.cands[best])
	}
	return c.result()
}

// better reports whether a cut saving saved words beats one saving best
// when over words must go: the smallest cut that is enough, else the
// biggest, so a row ends near its budget rather than far under it.
func better(saved, best, over int) bool {
	switch {
	case saved >= over && best >= over:
		return saved < best
	case saved >= over || best >= over:
		return saved >= over
	}
	return saved > best
}

// result returns the compressed, tidied sentence.
func (c *compression) result() string {
	out := tidy(c.text())
	if quoteMarks(out) != quoteMarks(c.s) {
		out = balanceQuotes(out)
	}
	return out
}

// compression is the state of one sentence being shortened.
type compression struct {
	s       string
	toks    []token
	ms      []mention
	cands   []cut
	dropped []bool // per byte of s
	inQuote []bool // per byte of s
	head    int    // end of the protected first words
	tailEnd int    // where tails end: before the closing punctuation and quotes
}

func newCompression(s string, ms []mention) *compression {
	c := &compression{s: s, toks: tokenize(s), ms: ms, dropped: make([]bool, len(s)), inQuote: quoted(s)}
	if len(c.toks) > keepHead {
		c.head = c.toks[keepHead-1].end
	}
	for _, r := range cutRules {
		if !r.applies(s) {
			continue
		}
		for _, loc := range r.re.FindAllStringSubmatchIndex(s, -1) {
			k := cut{start: loc[0], end: loc[1], kind: r.kind}
			if len(loc) >= 4 && loc[2] >= 0 {
				k.start, k.end = loc[2], loc[3]
			}
			// A rule's pattern may start inside a word ("1A – POOL"
			// is no credit "A – POOL"): a cut never splits one.
			if k.end > k.start && !splitsWord(s, k.start) && !splitsWord(s, k.end) &&
				(r.check == nil || r.check(s, k.start, k.end)) {
				c.cands = append(c.cands, k)
			}
		}
	}
	c.cands = append(c.cands, c.tails()...)
	return c
}

// splitsWord reports whether byte offset i falls between two word
// characters (as tokenize counts them) of one word, or beside punctuation
// inside a word.
func splitsWord(s string, i int) bool {
	if i <= 0 || i >= len(s) {
		return false
	}
	before, nb := utf8.DecodeLastRuneInString(s[:i])
	after, na := utf8.DecodeRuneInString(s[i:])
	if isWordRune(before) && isWordRune(after) {
		return true
	}
	// Beside punctuation that the tokenizer keeps inside a word ("0000'x",
	// "3,600"): a cut there leaves a word or number the text never had.
	prev, _ := utf8.DecodeLastRuneInString(s[:i-nb])
	return joins(before, after, s[i+na:]) || joins(prev, before, s[i:])
}

// tails lists optional cuts from a tail word, or a comma before one, past
// the head to the sentence's closing punctuation.
func (c *compression) tails() []cut {
	end := len(strings.TrimRightFunc(c.s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".!?…\"“”’'", r)
	}))
	c.tailEnd = end
	// A tail that opens a quotation takes it whole, closing marks too.
	whole := len(strings.TrimRightFunc(c.s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".!?", r)
	}))
	var out []cut
	defer func() {
		for i, k := range out {
			if k.end == end && !c.inQuote[k.start] && strings.ContainsAny(c.s[k.start:k.end], "\"“") {
				out[i].end = whole
			}
		}
	}()
	for i, t := range c.toks {
		if i < keepHead || t.start >= end {
			continue
		}
		if tailWords[t.text] && !timeNouns[c.toks[i-1].text] {
			start := t.start
			if prev := c.toks[i-1]; stranded[prev.text] && i-1 >= keepHead {
				start = prev.start
				if i-2 >= keepHead && c.toks[i-2].text == "according" {
					start = c.toks[i-2].start // "according to which…"
				}
			}
			if i >= 3 && c.toks[i-1].text == "time" && c.toks[i-3].text == "at" && i-3 >= keepHead {
				start = c.toks[i-3].start // "at a time when…" goes whole
			}
			out = append(out, cut{start: start, end: end, kind: optional})
		}
		if t.text == "as" && asClause(c.toks, i) {
			out = append(out, cut{start: t.start, end: end, kind: optional})
		}
		if prepTail(c.toks, i) {
			out = append(out, cut{start: t.start, end: end, kind: optional})
		}
		gap := c.s[c.toks[i-1].end:t.start]
		if comma := strings.LastIndexByte(gap, ','); comma >= 0 && (commaTailWords[t.text] || c.nextPerson(i)) {
			out = append(out, cut{start: c.toks[i-1].end + comma, end: end, kind: optional})
		}
	}
	return slices.DeleteFunc(out, func(k cut) bool { return !c.predicateBefore(k.start) || c.cutsAsComplement(k) })
}

// cutsAsComplement reports whether tail k would take the "as" a verb
// before it needs ("views Vietnam's engagement with Russia as undermining
// the narrative"): without it, "US views Vietnam's engagement" says
// nothing of what the paragraph says.
func (c *compression) cutsAsComplement(k cut) bool {
	need := false
	for _, t := range c.toks {
		w := strings.ToLower(t.text)
		switch {
		case t.end <= k.start && asVerbs[w]:
			need = true
		case t.end <= k.start && w == "as":
			need = false // the complement stands before the cut
		case t.start >= k.start && t.end <= k.end && w == "as" && need:
			return true
		}
	}
	return false
}

// asVerbs take an object and an "as" complement.
var asVerbs = setOf(`views view viewed sees see saw regards regard regarded considers consider describes describe described treats treat treated`)

// nextPerson reports whether token i, after a comma, opens the next
// person of a list of people ("…leader Nguyen Phu Trong, state President
// To Lam, and…"): a person, perhaps after their title, right after a
// person. A list loses its last people as a sentence loses its tail; cut
// anywhere else, it would leave "Nguyen Phu Trong, To Lam" reading as one
// person's apposition.
func (c *compression) nextPerson(i int) bool {
	if !c.personAt(c.toks[i-1].end, false) {
		return false
	}
	for j := i; j < len(c.toks); j++ {
		if c.personAt(c.toks[j].start, true) {
			return true
		}
		if !titleWords[strings.ToLower(c.toks[j].text)] {
			return false
		}
	}
	return false
}

// personAt reports whether a person mention starts (start) or ends at off.
func (c *compression) personAt(off int, start bool) bool {
	for _, m := range c.ms {
		if m.typ == entity.Person && (start && m.start == off || !start && m.end == off) {
			return true
		}
	}
	return false
}

// predicateBefore reports whether a verb-like word stands before off.
func (c *compression) predicateBefore(off int) bool {
	for _, t := range c.toks {
		if t.end > off {
			return false
		}
		if isVerbish(t.text) {
			return true
		}
	}
	return false
}

// quoted marks the bytes inside quotation marks, where no soft or optional
// cut may start or end: a quotation goes whole or not at all.
func quoted(s string) []bool {
	in := make([]bool, len(s))
	open := false
	for i, r := range s {
		switch {
		case (r == '“' || r == '"') && !open:
			open = true
		case r == '”' || r == '"' || r == '“':
			// Scraped text sometimes closes with an opening mark
			// ("…partners“"): inside a quotation, any mark closes it.
			open = false
		default:
			if open {
				for k := range utf8.RuneLen(r) {
					in[i+k] = true
				}
			}
		}
	}
	return in
}

// allowed reports whether a cut keeps quotations whole and, for a tail,
// spares the sentence's first words. (A soft cut may open the sentence: a
// leading clause ends before the subject.)
func (c *compression) allowed(k cut) bool {
	switch {
	case k.kind == hard:
		return true
	case k.kind == optional && k.start < c.head:
		return false
	case k.kind == optional && k.end == c.tailEnd && !strings.ContainsAny(c.s[k.start:k.end], "\"“”"):
		// A quotation may lose its end, marked by an ellipsis (see text),
		// as a reporter would shorten it; never its middle.
		return true
	}
	return !c.inQuote[k.start] && (k.end == len(c.s) || !c.inQuote[k.end-1])
}

func (c *compression) apply(k cut) {
	for i := k.start; i < k.end; i++ {
		c.dropped[i] = true
	}
}

// covered reports whether [start, end) is entirely dropped, with k applied
// hypothetically when given.
func (c *compression) covered(start, end int, k *cut) bool {
	for i := start; i < end; i++ {
		if !c.dropped[i] && (k == nil || i < k.start || i >= k.end) {
			return false
		}
	}
	return true
}

// kept counts the words still standing.
func (c *compression) kept() int {
	n := 0
	for _, t := range c.toks {
		if !c.covered(t.start, t.end, nil) {
			n++
		}
	}
	return n
}

// saved counts the standing words k would remove.
func (c *compression) saved(k cut) int {
	n := 0
	for _, t := range c.toks {
		if t.start >= k.start && t.end <= k.end && !c.covered(t.start, t.end, nil) {
			n++
		}
	}
	return n
}

// lost counts the entities k would remove without a match left standing.
func (c *compression) lost(k cut) int {
	touched := func(m mention) bool { return m.start < k.end && m.end > k.start }
	standing := func(m mention, withK bool) bool {
		for i := m.start; i < m.end; i++ {
			if c.dropped[i] || (withK && i >= k.start && i < k.end) {
				return false
			}
		}
		return true
	}
	var after []mention
	for _, m := range c.ms {
		if standing(m, true) {
			after = append(after, m)
		}
	}
	n := 0
	for _, m := range c.ms {
		if touched(m) && standing(m, false) && !containsMention(after, m) {
			n++
		}
	}
	return n
}

// text returns the sentence without its dropped bytes, keeping words apart
// across each cut.
// A quotation cut short at its end shows the elision: "…isolated in Asia…".
func (c *compression) text() string {
	b := make([]byte, 0, len(c.s)+len("…"))
	for i := 0; i < len(c.s); i++ {
		switch {
		case !c.dropped[i]:
			b = append(b, c.s[i])
		case i > 0 && !c.dropped[i-1] && c.quoteTailAt(i):
			b = append(bytes.TrimRight(b, " "), "…"...)
		case i > 0 && !c.dropped[i-1]:
			b = append(b, ' ')
		}
	}
	return string(b)
}

// quoteTailAt reports whether the dropped run starting at i is the end of
// a quotation: inside a quote, running to the sentence's closing marks.
func (c *compression) quoteTailAt(i int) bool {
	if c.tailEnd <= i || !c.inQuote[i] {
		return false
	}
	for j := i; j < c.tailEnd; j++ {
		if !c.dropped[j] {
			return false
		}
	}
	return c.tailEnd == len(c.s) || !c.dropped[c.tailEnd]
}

var (
	spaceBeforePunct = lazy(`\s+([,.;:!?])(\D|$)`) // not "3 ,0": that would make a number
	doublePunct      = lazy(`([,;:])\s*([,.;:!?])(\D|$)`)
	manySpaces       = lazy(`\s{2,}`)
	commaBeforeQuote = lazy(`[,;:]\s*([”"’])$`)
)

// tidy repairs the seams cuts leave: stray spaces, doubled punctuation, an
// unclosed quotation, a lowercase start, a missing full stop.
func tidy(s string) string {
	s = manySpaces.ReplaceAllString(s, " ")
	s = spaceBeforePunct.ReplaceAllString(s, "$1$2")
	s = doublePunct.ReplaceAllString(s, "$2$3")
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' })
	s = commaBeforeQuote.ReplaceAllString(s, ".$1")
	s = strings.ReplaceAll(s, "….", "…") // an elided quotation needs no stop of its own
	if s == "" {
		return s
	}
	s = upperFirst(s)
	if r, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(".!?…\"“”’'", r) {
		s += "."
	}
	return s
}

// quoteMarks counts the quotation marks of s, by kind.
func quoteMarks(s string) [3]int {
	return [3]int{strings.Count(s, "“"), strings.Count(s, "”"), strings.Count(s, `"`)}
}

// balanceQuotes repairs a quotation a cut left half open: it closes an
// opened one before the final stop, or drops a closing mark whose opening
// went with the cut.
func balanceQuotes(s string) string {
	opens, closes := strings.Count(s, "“"), strings.Count(s, "”")
	body := strings.TrimRight(s, ".!?")
	switch {
	case opens > closes:
		return body + "”" + s[len(body):]
	case closes > opens && strings.HasSuffix(s, "”"):
		return strings.TrimSuffix(s, "”")
	case strings.Count(s, `"`)%2 == 1 && strings.HasSuffix(s, `"`):
		return strings.TrimSuffix(s, `"`)
	case strings.Count(s, `"`)%2 == 1:
		return body + `"` + s[len(body):]
	}
	return s
}
