package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// headline rewrites a (compressed) English sentence in headline style by
// deleting words, never adding or reordering any: "The visit is aimed at
// boosting ties" → "Visit aimed at boosting ties", "Russian President
// Vladimir Putin met his Vietnamese counterpart, To Lam" → "Vladimir Putin
// met To Lam". Quotations and names are left as they are; ms are the
// sentence's mentions. The deletions are the ones a sub-editor makes:
//
//   - articles ("the", "a"/"an" unless a quantity follows: "a dozen");
//   - auxiliaries before a participle ("is expected", "has signed",
//     "has been criticised");
//   - "that" after a reporting verb ("said that there are…");
//   - titles, demonyms and determiners right before a person's name
//     ("Vietnamese President To Lam", "his counterpart, To Lam"), when they
//     hold no name the sentence would lose;
//   - photo positions in captions (", left,", ", center right,");
//   - a copula before an adjective ("ties are crucial"), "to be" after
//     "appears", "with" after meeting someone ("met with Lam");
//   - a named speaker's reporting verb before a closing quotation, whose
//     comma becomes a colon ("spokesperson stated, “…”" → "spokesperson:
//     “…”": punctuation changes, no word is added).
func headline(s string, ms []mention) string { return headlineStyle(s, ms, false, nil) }

// headlineStyle is headline; in a caption (who is pictured is all that
// counts) a title may also hold names: "General Secretary of the Communist
// Party of Vietnam Nguyen Phu Trong" → "Nguyen Phu Trong". short, when
// set, gives the words a person's name shortens to (profile.shortForm).
func headlineStyle(s string, ms []mention, caption bool, short func(mention) []string) string {
	if s == "" {
		return s
	}
	c := &compression{s: s, dropped: make([]bool, len(s)), inQuote: quoted(s)}
	for _, loc := range photoPosition.FindAllStringIndex(s, -1) {
		// Keep the closing comma when the marker ends a clause that goes
		// on ("To Lam, right, wave" → "To Lam wave" drops both; "…Putin,
		// left, and…" → "…Putin and…").
		c.apply(cut{start: loc[0], end: loc[1]})
	}
	toks := tokenize(s)
	free := func(t token) bool {
		return !c.inQuote[t.start] && !insideMention(ms, t.start, t.end)
	}
	for i, t := range toks {
		if free(t) && standsAlone(s, t) && droppable(toks, i) {
			c.apply(cut{start: t.start, end: t.end})
		}
	}
	for _, m := range ms {
		if m.typ != entity.Person {
			continue
		}
		for _, k := range titleRun(s, toks, ms, m, caption) {
			if !c.inQuote[k.start] {
				c.apply(k)
			}
		}
		if short != nil && !c.inQuote[m.start] {
			for _, k := range nameCuts(s, toks, m, short(m)) {
				c.apply(k)
			}
		}
	}
	out := tidy(c.text())
	if wordCount(out) < 2 {
		return tidy(s) // nothing left worth reading: keep the sentence
	}
	return quoteColon(out)
}

// quoteColon writes a named speaker's reporting verb before a quotation
// as a headline's colon: `US embassy spokesperson stated, "No country…"`
// → `US embassy spokesperson: "No country…"`. After a pronoun the verb
// stays ("He said, …" has no one to stand before a colon).
func quoteColon(s string) string {
	loc := reportedQuote.FindStringSubmatchIndex(s)
	if loc == nil || quoted(s)[loc[2]] {
		return s
	}
	before := tokenize(s[:loc[2]])
	if len(before) == 0 || pronouns[strings.ToLower(before[len(before)-1].text)] {
		return s
	}
	return s[:loc[2]] + ":" + s[loc[3]:]
}

// reportedQuote matches a reporting verb set off before a quotation that
// ends the sentence; group 1 is what the colon replaces.
var reportedQuote = lazy(`\p{L}(\s+(?:said|says|stated|states|added|declared|wrote|warned|told reporters),)\s*[“"][^“”"]+[”"]?[.!?…]*[”"]?$`)

// nameCuts returns the cuts that shorten person m to the words keep
// (in order, a contiguous run of its own): "Vladimir Putin" → "Putin".
func nameCuts(s string, toks []token, m mention, keep []string) []cut {
	if len(keep) == 0 {
		return nil
	}
	var in []token
	for _, t := range toks {
		if t.start >= m.start && t.end <= m.end && !isNameLink(t.text) {
			in = append(in, t)
		}
	}
	at := -1
	for i := 0; i+len(keep) <= len(in); i++ {
		ok := true
		for j, w := range keep {
			ok = ok && normWord(in[i+j].text) == w
		}
		if ok {
			at = i
			break
		}
	}
	if at < 0 || len(in) != len(m.words) {
		return nil
	}
	// The kept run's ends: the words before and after it go, with the
	// space that separated them.
	var out []cut
	if at > 0 {
		out = append(out, cut{start: m.start, end: in[at].start})
	}
	if last := in[at+len(keep)-1]; last.end < in[len(in)-1].end {
		out = append(out, cut{start: last.end, end: in[len(in)-1].end})
	}
	for _, k := range out {
		if strings.TrimFunc(s[k.start:k.end], func(r rune) bool { return isWordRune(r) || r == ' ' }) != "" {
			return nil // punctuation inside the name ("Gennady S. Bezdetko"): leave it
		}
	}
	return out
}

// photoPosition matches a photo position set off by commas.
var photoPosition = lazy(`,\s*(?:(?:center|centre|far|second|third|top|bottom)\s+)?(?:left|right|center|centre)\s*,`)

// standsAlone reports whether t is a word of its own in s: after a space,
// an opening mark or the start, before a space, the end, or punctuation
// other than an opening mark.
// Dropping a token glued to symbols ("�A#0") would split the run in two.
func standsAlone(s string, t token) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:t.start])
	after, _ := utf8.DecodeRuneInString(s[t.end:])
	okBefore := t.start == 0 || unicode.IsSpace(before) || unicode.In(before, unicode.Ps, unicode.Pi)
	// An opening mark after the word glues it to what follows ("A(").
	okAfter := t.end == len(s) || unicode.IsSpace(after) ||
		unicode.IsPunct(after) && !unicode.In(after, unicode.Ps, unicode.Pi)
	return okBefore && okAfter
}

// droppable reports whether token i is a word headlines leave out.
func droppable(toks []token, i int) bool {
	w := strings.ToLower(toks[i].text)
	next, prev := "", ""
	if i+1 < len(toks) {
		next = strings.ToLower(toks[i+1].text)
	}
	if i > 0 {
		prev = strings.ToLower(toks[i-1].text)
	}
	switch w {
	case "the":
		return next != "" && !pronounHead[next]
	case "its", "their", "his", "her":
		return next != "" && !capitalised(toks[i+1].text) && !pronounHead[next]
	case "now", "still", "just", "even", "ever", "recently", "reportedly":
		return prev != "" && next != ""
	case "a", "an":
		return next != "" && !quantities[next] && (!keepArticleAfter[prev] || roleAs(toks, i))
	case "is", "are":
		return (participle(next) && !relativeWords[prev] && !pronouns[prev] || futureFrame(toks, i+1) || copulaBeforeAdjective(toks, i)) && !auxiliaries[prev]
	case "will":
		return next == "be" && copulaBeforeAdjective(toks, i+1)
	case "was", "were":
		// After a relative word the auxiliary is the clause's voice:
		// "which was signed" is no "which signed".
		// After a pronoun too: "he was received" is no "he received".
		return participle(next) && !auxiliaries[prev] && !relativeWords[prev] && !pronouns[prev]
	case "has", "have":
		if next == "been" && i+2 < len(toks) && participle(toks[i+2].text) {
			return true
		}
		return participle(next) && !auxiliaries[prev]
	case "been":
		return (prev == "has" || prev == "have") && i+1 < len(toks) && participle(toks[i+1].text)
	case "be":
		return prev == "will" && copulaBeforeAdjective(toks, i) || seemToBe(toks, i)
	case "that":
		return reporting[prev] && next != "" && !isVerbish(next) && !stopwordVerbs[next]
	case "to":
		return seemToBe(toks, i)
	case "with":
		return meetWith(toks, i)
	}
	return (prev == "is" || prev == "are") && futureFrame(toks, i)
}

// roleAs reports whether the article at token i follows an "as" that
// names a role after a verb ("serves as an opportunity", "seen as a
// threat"), where a headline drops it like any other; "such as a", "as a
// result" and "as a whole" keep theirs.
func roleAs(toks []token, i int) bool {
	if i < 2 || i+1 >= len(toks) || strings.ToLower(toks[i-1].text) != "as" || asFixed[strings.ToLower(toks[i+1].text)] {
		return false
	}
	v := toks[i-2].text
	return isVerbish(v) || participle(v)
}

// futureFrame reports whether token i is a participle that, after "is" or
// "are", only says an act is planned ("is expected to visit"): headlines
// write the plan as "to visit", so both words go. The word after "to" must
// read as a verb (lowercase, no article or number), not a noun phrase.
func futureFrame(toks []token, i int) bool {
	if i+2 >= len(toks) || !plannedWords[strings.ToLower(toks[i].text)] || toks[i+1].text != "to" {
		return false
	}
	// After a relative or question word "is" is the clause's only verb
	// ("what is expected to happen" is no plan of "what").
	if i >= 2 && relativeWords[strings.ToLower(toks[i-2].text)] {
		return false
	}
	v := toks[i+2].text
	return !capitalised(v) && !isNumeric(v) && !determiners[v] && !stopwords[v]
}

// copulaBeforeAdjective reports whether the copula at token i ("is",
// "are", the "be" of "will be") links a main clause's subject to an
// adjective: headlines write "Ties with Russia crucial for Vietnam",
// "Defense cooperation significant part of talks". The subject must be a
// noun (not "it", "there" or a relative word: "which is crucial" needs
// its verb), and the adjective must read as one: an adjective ending or a
// listed word, alone or after "a"/"an" ("the" makes a noun phrase the
// copula identifies, and stays).
func copulaBeforeAdjective(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) {
		return false
	}
	subj := strings.ToLower(toks[i-1].text)
	if w := strings.ToLower(toks[i].text); w == "be" && i >= 2 {
		subj = strings.ToLower(toks[i-2].text)
	}
	if pronouns[subj] || relativeWords[subj] || stopwords[subj] || isNumeric(subj) {
		return false
	}
	for k := i - 1; k >= 0; k-- {
		if relativeWords[strings.ToLower(toks[k].text)] {
			return false // inside a relative or question clause
		}
	}
	next := toks[i+1].text
	if (next == "a" || next == "an") && i+2 < len(toks) {
		next = toks[i+2].text
	}
	return adjectiveLike(next)
}

// adjectiveLike guesses whether w is an adjective from its ending; the
// endings' common nouns are left out, and short adjectives are listed.
func adjectiveLike(w string) bool {
	if capitalised(w) || stopwords[w] || notAdjectives[w] {
		return false
	}
	if plainAdjectives[w] {
		return true
	}
	if len(w) < 6 || strings.HasSuffix(w, "ment") {
		return false
	}
	for _, suf := range adjectiveEndings {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var (
	adjectiveEndings = []string{"al", "ive", "ous", "ful", "ant", "ent", "ible", "able", "less"}
	plainAdjectives  = setOf(`key clear vital ready likely unlikely open wary keen aware able unable free safe
ready rare new old major minor main strong weak good bad difficult hard easy`)
	// notAdjectives end like adjectives but are nouns news predicates take
	// ("is president", "is a rival").
	notAdjectives = setOf(`president resident student agent client parent event percent official rival
proposal approval arrival capital general criminal individual potential festival animal hospital
journal signal ritual survival renewal withdrawal referral terminal principal tribal cardinal
assistant servant applicant consultant merchant participant immigrant migrant tenant defendant
restaurant giant talent patient opponent component continent incident accident`)
)

// seemToBe reports whether token i is the "to" or "be" of "appears to
// be" or "seems to be" before a noun phrase or adjective: "appears to be
// an obvious choice" reads "appears obvious choice". Before a participle
// or -ing form the words stay ("seems to be growing").
func seemToBe(toks []token, i int) bool {
	at := i
	if strings.ToLower(toks[i].text) == "be" {
		at = i - 1
	}
	if at < 1 || at+2 >= len(toks) || strings.ToLower(toks[at].text) != "to" ||
		strings.ToLower(toks[at+1].text) != "be" || !seemVerbs[strings.ToLower(toks[at-1].text)] {
		return false
	}
	next := toks[at+2].text
	return !participle(next) && !strings.HasSuffix(next, "ing") && !stopwords[strings.ToLower(next)] ||
		determiners[strings.ToLower(next)]
}

// meetWith reports whether token i is the "with" of a meeting verb before
// the person met ("to meet with Communist Party leader X", "met with the
// general secretary"): headlines meet people without it. "met with
// criticism" keeps it: what follows must be a name, or a determiner and a
// title.
func meetWith(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || !meetVerbs[strings.ToLower(toks[i-1].text)] {
		return false
	}
	next := toks[i+1].text
	if capitalised(next) {
		return true
	}
	return determiners[next] && i+2 < len(toks) && titleWords[strings.ToLower(toks[i+2].text)]
}

// participle reports whether w reads as a past participle: a lowercase
// -ed word or a listed irregular one.
func participle(w string) bool {
	return irregularParticiples[w] || (!capitalised(w) && len(w) > 4 && strings.HasSuffix(w, "ed"))
}

// insideMention reports whether [start, end) overlaps a mention.
func insideMention(ms []mention, start, end int) bool {
	for _, m := range ms {
		if m.start < end && m.end > start {
			return true
		}
	}
	return false
}

// titleRun finds the title words before person m ("Vietnamese President",
// "the Russian president,") that a headline drops. The run must contain a
// title word, may hold demonyms and determiners, and may hold a place or
// organisation only when the sentence names it elsewhere. It must start
// where a noun phrase can (sentence start, after punctuation or a
// lowercase word): "Communist Party leader Nguyen Phu Trong" keeps its
// title rather than become "Communist Party Nguyen Phu Trong".
func titleRun(s string, toks []token, ms []mention, m mention, caption bool) []cut {
	first := -1
	for i, t := range toks {
		if t.start == m.start {
			first = i
			break
		}
	}
	if first < 1 {
		return nil
	}
	comma := false
	start, titled := -1, false
	j := first - 1
	for ; j >= 0; j-- {
		gap := s[toks[j].end:toks[j+1].start]
		if strings.TrimSpace(gap) == "," && j == first-1 {
			comma = true
		} else if strings.TrimSpace(gap) != "" {
			break
		}
		w := strings.ToLower(toks[j].text)
		switch {
		case titleWords[w]:
			titled = true
		case determiners[w] || w == "of":
		case demonymAt(ms, toks[j]):
		case redundantNameAt(ms, toks[j], m) || (caption && nameAt(ms, toks[j])):
		default:
			if capitalised(toks[j].text) {
				return nil // a name or title we cannot place: leave it
			}
			j = -2 // a lowercase word ends the run: stop here
		}
		if j == -2 {
			break
		}
		start = j
	}
	for start >= 0 && start < first && strings.ToLower(toks[start].text) == "of" {
		start++
	}
	if start < 0 || start >= first || !titled {
		return nil
	}
	out := []cut{{start: toks[start].start, end: m.start}}
	if comma {
		// "the Russian president, Vladimir Putin, aims" loses both commas.
		rest := s[m.end:]
		if trimmed := strings.TrimLeft(rest, " "); strings.HasPrefix(trimmed, ",") {
			at := m.end + len(rest) - len(trimmed)
			out = append(out, cut{start: at, end: at + 1})
		}
	}
	return out
}

// nameAt reports whether t lies inside a place or organisation mention.
func nameAt(ms []mention, t token) bool {
	for _, m := range ms {
		if m.start <= t.start && t.end <= m.end && m.named() && m.typ != entity.Person {
			return true
		}
	}
	return false
}

// demonymAt reports whether t lies inside a demonym mention ("Russian").
func demonymAt(ms []mention, t token) bool {
	for _, m := range ms {
		if m.typ == entity.Other && m.start <= t.start && t.end <= m.end {
			return true
		}
	}
	return false
}

// redundantNameAt reports whether t lies inside a place or organisation
// mention that another mention outside the person's title also names.
func redundantNameAt(ms []mention, t token, person mention) bool {
	for i, m := range ms {
		if !(m.start <= t.start && t.end <= m.end) || !m.named() {
			continue
		}
		for k, o := range ms {
			if k != i && (o.end <= m.start || o.start >= person.start) && o.matches(m) {
				return true
			}
		}
		return false
	}
	return false
}

var (
	titleWords = setOf(`president presidents vice prime minister ministers leader leaders general secretary
chairman chairwoman counterpart counterparts state foreign defense defence spokesperson spokesman spokeswoman
chancellor king queen premier head chief commander senator governor mayor ambassador envoy official
former incoming outgoing acting deputy mr mrs ms dr`)
	determiners = setOf(`the a an his her its their`)
	// pronounHead keeps a determiner whose noun is missing or pronominal
	// ("the two", "their own").
	pronounHead = setOf(`own one two three four five same other others latter former first last`)
	// quantities keep their article: "a dozen deals", "a day after".
	quantities = setOf(`dozen few lot number couple series bit little day week month year half third
quarter total further hundred thousand million billion`)
	keepArticleAfter = setOf(`such at least than as quite`)
	// asFixed are the nouns of set phrases after "as a" ("as a result").
	asFixed       = setOf(`result whole rule matter consequence`)
	auxiliaries   = setOf(`will would could can may might should must to not never also`)
	reporting     = setOf(`said says say added noted stressed warned claimed stated argued insisted announced reported believes believe think thinks hope hopes fear fears feared show shows showed indicated explained`)
	stopwordVerbs = setOf(`is are was were has have had will would could can may might should must`)
	// plannedWords frame a planned act; "due" is left out ("is due to the
	// sanctions" gives a cause) and so is "likely" (a guess, not a plan).
	plannedWords         = setOf(`expected scheduled anticipated slated set poised`)
	relativeWords        = setOf(`what which who whom whose that where when how why`)
	seemVerbs            = setOf(`appears appear appeared seems seem seemed`)
	meetVerbs            = setOf(`meet meets met`)
	irregularParticiples = setOf(`known seen held made taken given shown done set expected due built brought sent won lost paid found kept led left met begun spoken written chosen driven drawn grown thrown broken`)
)
