package summary

import (
	"strings"
)

// cutRule finds removable spans. Group 1, when present, is the span to
// cut; otherwise the whole match is. check, when set, vets a match. hints,
// when set, are words a match must contain: sentences without any skip the
// regexp, whose end-anchored lazy patterns backtrack on long sentences.
type cutRule struct {
	re    *lazyRE
	kind  cutKind
	check func(s string, start, end int) bool
	hints []string
}

// applies reports whether s may hold a match of r.
func (r cutRule) applies(s string) bool {
	if len(r.hints) == 0 {
		return true
	}
	for _, h := range r.hints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

var (
	saidHints   = []string{"said", "says", "added", "claimed", "stated", "noted", "explained", "warned", "indicated", "according"}
	quotedHints = []string{"quoted"}
)

// The rules are English (compression runs only for English targets) and
// RE2, so each states all the text it consumes.
var cutRules = []cutRule{
	// Parentheticals and bracketed asides: "(left)", "(AP Photo/Minh Hoang)".
	{re: lazy(`\s*[(\[][^()\[\]]{0,200}[)\]]`)},
	// Datelines: "HANOI.- ", "WASHINGTON — ".
	{re: lazy(`^\p{Lu}{3,}[\p{Lu} ,]*(?:\.\s*[-–—]+|\s+[-–—]+)\s+`)},
	// A photo credit glued to a caption: "… 2024 Minh Hoang – AP".
	{re: lazy(`\s*(?:\p{Lu}[\p{L}.'’]*\s+){1,4}[–—]\s+(?:POOL|Pool|AP|AFP|Reuters|Sputnik|Getty|EPA|STR)\b[\p{L} ]*$`)},
	// Trailing attributions: ", he said.", ", said X, an analyst at Y.",
	// ", according to Putin.", ", AP quoted X … as saying."
	{re: lazy(`(,\s*(?:he|she|they|it|we|officials?|\p{Lu}[\p{L}’']*(?:\s+\p{Lu}[\p{L}’']*){0,3})\s+(?:said|says|added|claimed|stated|noted|explained|warned|indicated)\b[^"“”:;]*?)[.!?]?$`), hints: saidHints, check: attribution},
	{re: lazy(`(,\s*(?:said|says|added|noted|claimed|stated|according to)\s[^"“”:;]*?)[.!?]?$`), hints: saidHints, check: attribution},
	{re: lazy(`(,\s*[^,"“”]{0,40}\bquoted\b[^"“”]*\bas saying)[.!?]?$`), hints: quotedHints},
	{re: lazy(`[”"]((?:\s*,)?\s*[^,"“”]{0,40}\bquoted\b[^"“”]*\bas saying[.!?]?)$`), hints: quotedHints},
	{re: lazy(`,\s*according to\s[^,.;"“”]+`), hints: []string{"according"}},
	{re: lazy(`^According to\s[^,"“”]{1,60},\s*`)},
	// Closing attribution after a quote: "…law,” the US Embassy said.
	{re: lazy(`[”"]((?:\s*,)?\s*(?:the\s+)?[\p{L}’' ]{1,50}\s(?:said|says|stated|added|claimed)[.!?]?)$`), hints: saidHints},
	// Discourse openers and filler adverbs that carry nothing.
	{re: lazy(`^(?:Additionally|Meanwhile|However|Moreover|Furthermore|In addition|Also|But|And|So|Still|Indeed|For its part|Nevertheless)\s*,?\s+`)},
	// A presenting opener says only that something follows: "Here is the
	// itinerary for…" is "The itinerary for…".
	{re: lazy(`^Here(?:\s+is|\s+are|['’]s)\s+`)},
	{re: lazy(`\b(?:also|historically|significantly|additionally|currently|already|very|really|especially|particularly|otherwise)\s+`)},
	// Non-restrictive relative clauses: ", which leads the sanctions,".
	{re: lazy(`,\s*(?:which|who|whom|whose|where)\s[^,;:"“”]*?(?:,|[.!?]?$)`), kind: soft, check: clauseEnds, hints: []string{"which", "who", "where"}},
	// Appositives after a name: "Parameswaran, a fellow with …,".
	{re: lazy(`[\p{L}’']((?:,\s+(?:a|an|the)\s[^,;:"“”]{1,80}?),)`), kind: soft, check: appositive},
	// Comparisons set off by commas: ", like his visit to Pyongyang,".
	{re: lazy(`,\s*(?:like|unlike|such as)\s[^,;:"“”]{1,80},`), kind: soft, check: clauseEnds},
	// Leading subordinate or adverbial clauses: "After the talks, ".
	{re: lazy(`^(?:After|Although|Though|While|As|Since|When|Despite|During|Following|Once|Because|Before|Until|In recent years|Given|In order to)\s[^,"“”]{0,100},\s*`), kind: soft},
	// Purpose clauses: "… in order to enable the payments".
	{re: lazy(`(,?\s+(?:in order to|so as to|so that)\s[^"“”]*?)[.!?]?$`), kind: optional, hints: []string{" to ", " that "}},
	// Trailing adjuncts: ", following a rare meeting with …".
	{re: lazy(`(,\s*(?:following|citing|saying|adding|including|especially|particularly|even as|as well as|amid|despite|given)\s[^"“”]*?)[.!?]?$`), kind: soft, hints: []string{","}},
}

// clauseEnds vets a clause cut that ends with a comma: what follows must
// continue the main clause ("…, which leads the sanctions, has expressed"),
// not start a new one ("…, where with the leader, Kim Jong Un, he signed"),
// or the cut would tear the sentence apart.
func clauseEnds(s string, _, end int) bool {
	if !strings.HasSuffix(strings.TrimSpace(s[:end]), ",") {
		return true
	}
	// A comma between digits belongs to a number ("0,5"): cutting there
	// would glue the clause's last digits onto the next ones.
	if end >= 2 && end < len(s) && isDigit(s[end-2]) && isDigit(s[end]) {
		return false
	}
	toks := tokenize(s[end:])
	if len(toks) == 0 {
		return true
	}
	w := toks[0].text
	return !capitalised(w) && !clauseStarters[w]
}

// attribution vets a trailing attribution: after its verb may come who
// said it and when, not a clause of what was said (", Lam said that there
// are other agreements" is the sentence's content, not its source).
func attribution(s string, start, end int) bool {
	toks := tokenize(s[start:end])
	for i, t := range toks {
		if !saidVerbs[t.text] {
			continue
		}
		for _, u := range toks[i+1:] {
			if u.text == "that" || isVerbish(u.text) || pronouns[u.text] {
				return false
			}
		}
		return true
	}
	return true
}

var (
	saidVerbs = setOf(`said says added claimed stated noted explained warned indicated`)
	pronouns  = setOf(`he she they it we i this there`)
)

// appositive vets an appositive cut: it must follow a name (a capitalised
// word past the sentence's first) and hold no verb, or it is a clause of
// its own (", the officials expect the agreement,").
func appositive(s string, start, end int) bool {
	before := tokenize(s[:start])
	if len(before) < 2 || !capitalised(before[len(before)-1].text) || hasPredicate(s[start:end]) {
		return false
	}
	return clauseEnds(s, start, end)
}

// hasPredicate reports whether s holds a verb-like word.
func hasPredicate(s string) bool {
	for _, t := range tokenize(s) {
		if isVerbish(t.text) {
			return true
		}
	}
	return false
}

// isVerbish guesses whether w is a finite verb: a listed one, or a
// lowercase word ending in -ed.
func isVerbish(w string) bool {
	return verbish[strings.ToLower(w)] || (!capitalised(w) && len(w) > 4 && strings.HasSuffix(w, "ed"))
}

var clauseStarters = setOf(`he she they it we i the a an this that these those his her their its there which who whom whose where`)

// tailWords open an adjunct that can end a sentence early: cutting from
// one of them to the end drops modifiers, never the main clause or a verb's
// complement (which is why "in", "on", "to", "at", "for" are not here:
// "aimed at", "agreed to", "focuses on").
var tailWords = setOf(`during following after before amid despite while including whereas although though
because where when which who whose via given especially covering involving regarding concerning targeting`)

// timeNouns before "after"/"before" make a time phrase ("a day after
// signing…"), not the start of an adjunct.
var timeNouns = setOf(`day days week weeks month months year years hours minutes shortly soon just long moments`)

// stranded prepositions belong to the tail word after them ("a deal in
// which…"): a tail starting at the tail word starts at them instead.
var stranded = setOf(`in of to by for with at on from into under over through about`)

// verbish marks words that are (or end like) finite verbs. A tail must leave
// one standing, or it would cut the main clause's predicate: "Putin's
// travel to Hanoi, like his visit to Pyongyang, may herald…". "left" is
// missing on purpose: in captions it is a direction ("Putin, left, and…").
var verbish = setOf(`is are was were be been has have had will would can could may might should must
did does do says said say tell tells told faces face remains remain appears appear wants want aims aim
seeks seek sought plans plan visits visit signs sign expects expect meets meet met makes make made takes
take took gives give gave goes go went comes come came shows show leads lead led holds hold held keeps
keep kept becomes become became begins begin began leaves leave hopes hope needs need calls call
agrees agree tries try knows know knew sees see saw thinks think thought finds find found gets get got
brings bring brought builds build built pays pay paid sends send sent wins win won loses lose lost
fears fear warns warn denies deny considers consider views view marks mark serves serve provides provide`)

// commaTailWords may follow a comma that opens a droppable tail: ", and
// said he is ready…", ", with cannon shots…". A comma before anything else
// may precede the main clause ("The two countries, subject to sanctions,
// closed…"), so it opens no tail.
var commaTailWords = setOf(`and but with as while which who whose where when following including
especially even despite amid after before during given like`)

const (
	// keepHead: tails never reach into a sentence's first words (its subject).
	keepHead = 3
	// minKept: compression stops before a sentence falls below this.
	minKept = 4
	// maxCompressWords: longer sentences are cut here first (with "…").
	maxCompressWords = 120
)

// prepTail reports whether token i opens a prepositional phrase that can
// end a sentence early: a preposition after a noun ("ties with friendly
// countries", "concerns about a possible deal"), not after a verb that
// takes it ("aimed at", "focuses on", "arrived in"), or "and" before a
// second predicate ("ties and showing that…").
func prepTail(toks []token, i int) bool {
	if i < keepHead || i+1 >= len(toks) {
		return false
	}
	w, prev := toks[i].text, toks[i-1].text
	if capitalised(prev) || isNumeric(prev) || stopwords[strings.ToLower(prev)] || isVerbish(prev) ||
		prepVerbs[strings.ToLower(prev)] || strings.HasSuffix(prev, "ing") {
		return false
	}
	switch w {
	case "and":
		next := toks[i+1].text
		return strings.HasSuffix(next, "ing") || isVerbish(next)
	case "that":
		// "the narrative that sanctions left Moscow isolated": a clause
		// after a noun describes it ("said that…" is excluded above), if
		// the noun's own clause has its verb ("…, and Russian companies
		// that work in gas" would be left without one).
		return !reporting[strings.ToLower(prev)] && verbInClause(toks, i)
	}
	if !tailPreps[w] || w == "to" && toNouns[strings.ToLower(prev)] && infinitive(toks[i+1].text) {
		return false
	}
	// A phrase holding a verb may run into the main clause ("…against
	// Russia, has expressed concern"): only verbless phrases go, up to
	// where another adjunct opens (", especially at a time when…").
	for k := i + 1; k < len(toks); k++ {
		if tailWords[toks[k].text] || commaTailWords[toks[k].text] {
			return true
		}
		if isVerbish(toks[k].text) {
			return false
		}
	}
	return true
}

// toNouns take an infinitive as their content ("attempts to break
// isolation", "efforts to diversify"): cut, the row says "are attempts".
// Other nouns' infinitives only add a purpose ("a platform to promote…"),
// which a tail may drop.
var toNouns = setOf(`attempt attempts effort efforts bid bids plan plans decision decisions move moves push
pledge pledges promise promises commitment commitments call calls failure refusal willingness readiness
intention intentions aim goal goals ambition ambitions determination`)

// infinitive reports whether w, after "to", reads as a verb. A
// capitalised word, a number, a determiner or other function word makes
// "to" a preposition ("ties to Moscow", "to the West"); so does a word
// ending like a plural, adverb or adjective ("to economic ties").
func infinitive(w string) bool {
	if capitalised(w) || isNumeric(w) || stopwords[strings.ToLower(w)] || determiners[w] {
		return false
	}
	for _, suf := range []string{"s", "ly", "al", "ic", "ive", "ous", "ed", "ing"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

var (
	tailPreps = setOf(`with for from over about into through between by in on at among against across to`)
	// prepVerbs take a preposition as part of their meaning.
	prepVerbs = setOf(`focuses focus depends depend relies rely insists insist looks look works work talks
talk participates participate results result aims aim comes come goes go turns turn belongs belong
refers refer responds respond counts count calls call agrees agree deals deal lives live stays stay
travels travel returns return arrives arrive`)
)

// verbInClause reports whether a verb-like word stands between token i and
// the start of its clause (the sentence start, or a coordinating word).
func verbInClause(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		w := toks[k].text
		if isVerbish(w) {
			return true
		}
		if w == "and" || w == "but" || w == "or" {
			return false
		}
	}
	return false
}

// asClause reports whether the "as" at token i opens a clause of its own
// ("… as Russia has been a leading arms supplier"): a subject, then a verb
// within a few words. Such a clause gives a reason or a circumstance, which
// a row over budget can spare; "as a counterbalance", "such as" and "as
// well as" open no clause.
func asClause(toks []token, i int) bool {
	if i == 0 || i+2 >= len(toks) || asNotClause[strings.ToLower(toks[i-1].text)] {
		return false
	}
	subj := toks[i+1].text
	if !pronouns[subj] && !determiners[subj] && !capitalised(subj) {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+asSubjectWords+1; k++ {
		w := toks[k].text
		if isVerbish(w) {
			return true
		}
		if w == "as" || w == "and" || w == "or" {
			break
		}
	}
	return false
}

// asSubjectWords bounds the subject of an "as" clause ("the Russian
// leader").
const asSubjectWords = 4

// asNotClause are words after which "as" compares or lists ("such as",
// "as well as", "so long as").
var asNotClause = setOf(`such well long soon much many far same just so`)

func isDigit(b byte) bool { return '0' <= b && b <= '9' }
