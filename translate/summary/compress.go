package summary

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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

// cutRule finds removable spans. Group 1, when present, is the span to
// cut; otherwise the whole match is. check, when set, vets a match.
type cutRule struct {
	re    *regexp.Regexp
	kind  cutKind
	check func(s string, start, end int) bool
}

// The rules are English (compression runs only for English targets) and
// RE2, so each states all the text it consumes.
var cutRules = []cutRule{
	// Parentheticals and bracketed asides: "(left)", "(AP Photo/Minh Hoang)".
	{re: regexp.MustCompile(`\s*[(\[][^()\[\]]{0,200}[)\]]`)},
	// Datelines: "HANOI.- ", "WASHINGTON — ".
	{re: regexp.MustCompile(`^\p{Lu}{3,}[\p{Lu} ,]*(?:\.\s*[-–—]+|\s+[-–—]+)\s+`)},
	// A photo credit glued to a caption: "… 2024 Minh Hoang – AP".
	{re: regexp.MustCompile(`\s*(?:\p{Lu}[\p{L}.'’]*\s+){1,4}[–—]\s+(?:POOL|Pool|AP|AFP|Reuters|Sputnik|Getty|EPA|STR)\b[\p{L} ]*$`)},
	// Trailing attributions: ", he said.", ", said X, an analyst at Y.",
	// ", according to Putin.", ", AP quoted X … as saying."
	{re: regexp.MustCompile(`(,\s*(?:he|she|they|it|we|officials?|\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*){0,3})\s+(?:said|says|added|claimed|stated|noted|explained|warned|indicated)\b[^"“”:;]*?)[.!?]?$`)},
	{re: regexp.MustCompile(`(,\s*(?:said|says|added|noted|claimed|stated|according to)\s[^"“”:;]*?)[.!?]?$`)},
	{re: regexp.MustCompile(`(,\s*[^,"“”]{0,40}\bquoted\b[^"“”]*\bas saying)[.!?]?$`)},
	{re: regexp.MustCompile(`[”"]((?:\s*,)?\s*[^,"“”]{0,40}\bquoted\b[^"“”]*\bas saying[.!?]?)$`)},
	{re: regexp.MustCompile(`,\s*according to\s[^,.;"“”]+`)},
	{re: regexp.MustCompile(`^According to\s[^,"“”]{1,60},\s*`)},
	// Closing attribution after a quote: "…law,” the US Embassy said.
	{re: regexp.MustCompile(`[”"]((?:\s*,)?\s*(?:the\s+)?[\p{L}’' ]{1,50}\s(?:said|says|stated|added|claimed)[.!?]?)$`)},
	// Discourse openers and filler adverbs that carry nothing.
	{re: regexp.MustCompile(`^(?:Additionally|Meanwhile|However|Moreover|Furthermore|In addition|Also|But|And|So|Still|Indeed|For its part|Nevertheless)\s*,?\s+`)},
	{re: regexp.MustCompile(`\b(?:also|historically|significantly|additionally|currently|already|very|really|especially|particularly|otherwise)\s+`)},
	// Non-restrictive relative clauses: ", which leads the sanctions,".
	{re: regexp.MustCompile(`,\s*(?:which|who|whom|whose|where)\s[^,;:"“”]*?(?:,|[.!?]?$)`), kind: soft, check: clauseEnds},
	// Appositives after a name: "Parameswaran, a fellow with …,".
	{re: regexp.MustCompile(`[\p{L}’']((?:,\s+(?:a|an|the)\s[^,;:"“”]{1,80}?),)`), kind: soft, check: clauseEnds},
	// Comparisons set off by commas: ", like his visit to Pyongyang,".
	{re: regexp.MustCompile(`,\s*(?:like|unlike|such as)\s[^,;:"“”]{1,80},`), kind: soft, check: clauseEnds},
	// Leading subordinate or adverbial clauses: "After the talks, ".
	{re: regexp.MustCompile(`^(?:After|Although|Though|While|As|Since|When|Despite|During|Following|Once|Because|Before|Until|In recent years|Given|In order to)\s[^,"“”]{0,100},\s*`), kind: soft},
	// Purpose clauses: "… in order to enable the payments".
	{re: regexp.MustCompile(`(,?\s+(?:in order to|so as to|so that)\s[^"“”]*?)[.!?]?$`), kind: optional},
	// Trailing adjuncts: ", following a rare meeting with …".
	{re: regexp.MustCompile(`(,\s*(?:following|citing|saying|adding|including|especially|particularly|even as|as well as|amid|despite|given)\s[^"“”]*?)[.!?]?$`), kind: soft},
}

// clauseEnds vets a clause cut that ends with a comma: what follows must
// continue the main clause ("…, which leads the sanctions, has expressed"),
// not start a new one ("…, where with the leader, Kim Jong Un, he signed"),
// or the cut would tear the sentence apart.
func clauseEnds(s string, _, end int) bool {
	if !strings.HasSuffix(strings.TrimSpace(s[:end]), ",") {
		return true
	}
	toks := tokenize(s[end:])
	if len(toks) == 0 {
		return true
	}
	w := toks[0].text
	return !capitalised(w) && !clauseStarters[w]
}

var clauseStarters = setOf(`he she they it we i the a an this that these those his her their its there which who whom whose where`)

// tailWords open an adjunct that can end a sentence early: cutting from
// one of them to the end drops modifiers, never the main clause or a verb's
// complement (which is why "in", "on", "to", "at", "for" are not here:
// "aimed at", "agreed to", "focuses on").
var tailWords = setOf(`during following after before amid despite while including whereas although though
because where when which who whose via given especially`)

// timeNouns before "after"/"before" make a time phrase ("a day after
// signing…"), not the start of an adjunct.
var timeNouns = setOf(`day days week weeks month months year years hours minutes shortly soon just long moments`)

// stranded prepositions belong to the tail word after them ("a deal in
// which…"): a tail starting at the tail word starts at them instead.
var stranded = setOf(`in of to by for with at on from into under over through about`)

// verbish marks words that are (or end like) finite verbs. A tail must leave
// one standing, or it would cut the main clause's predicate: "Putin's
// travel to Hanoi, like his visit to Pyongyang, may herald…".
var verbish = setOf(`is are was were be been has have had will would can could may might should must
did does do says said said faces remains appears wants aims seeks plans visits visited signed`)

// commaTailWords may follow a comma that opens a droppable tail: ", and
// said he is ready…", ", with cannon shots…". A comma before anything else
// may precede the main clause ("The two countries, subject to sanctions,
// closed…"), so it opens no tail.
var commaTailWords = setOf(`and but with as while which who whose where when following including
especially even despite amid after before during given like`)

const (
	// keepHead: cuts never reach into a sentence's first words (its subject).
	keepHead = 3
	// minKept: compression stops before a sentence falls below this.
	minKept = 4
)

// compress shortens one English sentence to at most budget words where it
// can. Hard cuts always apply, soft cuts when they lose no entity; then,
// while over budget, the cut losing the fewest entities (and saving the
// most words) goes next. Mentions come from rec. The result is tidied:
// trimmed, capitalised, punctuated.
func compress(s string, rec recognizer, budget int) string {
	c := newCompression(s, rec(s, "en"))
	for _, k := range c.cands {
		if k.kind == hard {
			c.apply(k)
		}
	}
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
			if best < 0 || lost < bestLost || (lost == bestLost && saved > bestSaved) {
				best, bestLost, bestSaved = i, lost, saved
			}
		}
		if best < 0 {
			break
		}
		c.apply(c.cands[best])
	}
	out := tidy(c.text())
	if quoteMarks(out) != quoteMarks(s) {
		out = balanceQuotes(out)
	}
	if wordCount(out) < 3 {
		// Compression ate the sentence (a credit line, a bare quote): the
		// original says more than nothing.
		return tidy(s)
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
}

func newCompression(s string, ms []mention) *compression {
	c := &compression{s: s, toks: tokenize(s), ms: ms, dropped: make([]bool, len(s)), inQuote: quoted(s)}
	if len(c.toks) > keepHead {
		c.head = c.toks[keepHead-1].end
	}
	for _, r := range cutRules {
		for _, loc := range r.re.FindAllStringSubmatchIndex(s, -1) {
			k := cut{start: loc[0], end: loc[1], kind: r.kind}
			if len(loc) >= 4 && loc[2] >= 0 {
				k.start, k.end = loc[2], loc[3]
			}
			if k.end > k.start && (r.check == nil || r.check(s, k.start, k.end)) {
				c.cands = append(c.cands, k)
			}
		}
	}
	c.cands = append(c.cands, c.tails()...)
	return c
}

// tails lists optional cuts from a tail word, or a comma before one, past
// the head to the sentence's closing punctuation.
func (c *compression) tails() []cut {
	end := len(strings.TrimRightFunc(c.s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".!?\"”’'", r)
	}))
	var out []cut
	for i, t := range c.toks {
		if i < keepHead || t.start >= end {
			continue
		}
		if tailWords[t.text] && !timeNouns[c.toks[i-1].text] {
			start := t.start
			if prev := c.toks[i-1]; stranded[prev.text] && i-1 >= keepHead {
				start = prev.start
			}
			out = append(out, cut{start: start, end: end, kind: optional})
		}
		gap := c.s[c.toks[i-1].end:t.start]
		if comma := strings.LastIndexByte(gap, ','); comma >= 0 && commaTailWords[t.text] {
			out = append(out, cut{start: c.toks[i-1].end + comma, end: end, kind: optional})
		}
	}
	return slices.DeleteFunc(out, func(k cut) bool { return !c.predicateBefore(k.start) })
}

// predicateBefore reports whether a verb-like word stands before off.
func (c *compression) predicateBefore(off int) bool {
	for _, t := range c.toks {
		if t.end > off {
			return false
		}
		w := t.text
		if verbish[strings.ToLower(w)] || (!capitalised(w) && len(w) > 4 && strings.HasSuffix(w, "ed")) {
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
		case r == '“' || (r == '"' && !open):
			open = true
		case r == '”' || r == '"':
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

// allowed reports whether a non-hard cut spares the sentence's head and
// keeps quotations whole.
func (c *compression) allowed(k cut) bool {
	if k.kind == hard {
		return true
	}
	return k.start >= c.head && !c.inQuote[k.start] && (k.end == len(c.s) || !c.inQuote[k.end-1])
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
func (c *compression) text() string {
	var b strings.Builder
	b.Grow(len(c.s))
	for i := 0; i < len(c.s); i++ {
		if !c.dropped[i] {
			b.WriteByte(c.s[i])
		} else if i > 0 && !c.dropped[i-1] {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

var (
	spaceBeforePunct = regexp.MustCompile(`\s+([,.;:!?])(\D|$)`) // not "3 ,0": that would make a number
	doublePunct      = regexp.MustCompile(`([,;:])\s*([,.;:!?])`)
	manySpaces       = regexp.MustCompile(`\s{2,}`)
	commaBeforeQuote = regexp.MustCompile(`[,;:]\s*([”"’])$`)
)

// tidy repairs the seams cuts leave: stray spaces, doubled punctuation, an
// unclosed quotation, a lowercase start, a missing full stop.
func tidy(s string) string {
	s = manySpaces.ReplaceAllString(s, " ")
	s = spaceBeforePunct.ReplaceAllString(s, "$1$2")
	s = doublePunct.ReplaceAllString(s, "$2")
	s = strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' || r == ':' })
	s = commaBeforeQuote.ReplaceAllString(s, ".$1")
	if s == "" {
		return s
	}
	s = upperFirst(s)
	if r, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(".!?\"”’'", r) {
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
