package corpus

import (
	_ "embed"
	"strings"
)

//go:generate go run ./internal/genwords -src ../../shared/data/ntrex128/newstest2019-src.eng.txt -out enwords.txt

// enwordsText is the English vocabulary of NTREX-128 (see NOTICE), one
// lower-case word a line: words that are never split and prefixes that are
// known to be words.
//
//go:embed enwords.txt
var enwordsText string

// Scraped HTML loses the space between an inline element and the next word
// ("<a>Putin</a>signed" → "Putinsigned"). The repair below splits such a
// token T into A + B only when all of this holds (precision first: a real
// word is never split, so the rules are narrow):
//
//   - the article is English, T is made of ASCII letters, occurs once in
//     the article and is neither a known word (the NTREX vocabulary, the
//     common-word list below) nor a word used elsewhere in the article;
//   - B is lower case and in the common-word list (function words and the
//     verbs of news reporting), at least two letters long;
//   - A is capitalised, not a common word, and either used on its own
//     elsewhere in the article ("Putin" + "signed"), or T follows another
//     capitalised word, A has four letters or more and B four letters or
//     more ("Joe" "Biden" + "visited") or B is "an" before a word starting
//     with a vowel ("Prashanth" "Parameswaran" + "an" expert);
//   - or A is lower case, five letters or more, and a known word or one used
//     elsewhere in the article ("partners" + "starting"), or a plural in
//     -rs before a preposition ("superpowers" + "in").
type vocab struct {
	known  map[string]bool // lower-case English words
	common map[string]bool // candidates for B
	preps  map[string]bool // closed-class words allowed after a plural
}

// commonWords are short, frequent English words that scraping glues to the
// previous token. Words that also end many proper names (-son, -ton, -land,
// -wood, -man, -well, -here) are left out on purpose.
const commonWords = `a an the and but or nor so yet for to of in on at by with from into onto
over under after before during since until while as than that which who whom whose what
when where why how if then this these those it its he she they we you his her their our
him them us is are was were be been being has have had do does did will would shall
should can could may might must not no also only just even still already about against
among between through across around without within upon like unlike per via amid despite
toward towards said says say signed signing sign visited visit visits visiting met meet
meets meeting arrived arrive arrives arriving began begin begins starting started start
starts left leave leaves announced announce agreed agree told tell added add called call
took take takes made make makes gave give gives went goes came come comes held hold holds
expressed warned warn urged urge stressed claimed claims denied deny faced faces received
receive welcomed welcome accused accuse criticized criticised launched launch reported
report returned return traveled travelled travel planned plans continued continue remains
remained became become sent send sought seeks seek wants wanted needs needed helped help
supported support considered considers worked works tried tries led leads now today
yesterday tomorrow however again later earlier recently`

const prepositions = "in on at to of for with from by and but or"

func newVocab() *vocab {
	v := &vocab{known: map[string]bool{}, common: map[string]bool{}, preps: map[string]bool{}}
	for _, w := range strings.Fields(enwordsText) {
		v.known[w] = true
	}
	for _, w := range strings.Fields(commonWords) {
		v.common[w], v.known[w] = true, true
	}
	for _, w := range strings.Fields(prepositions) {
		v.preps[w] = true
	}
	return v
}

// asciiWord reports whether w is made of ASCII letters only.
func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return w != ""
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// lowerTail reports whether w[1:] is all lower case: a capitalised word, not
// an acronym or CamelCase brand.
func lowerTail(w string) bool {
	for i := 1; i < len(w); i++ {
		if !isLower(w[i]) {
			return false
		}
	}
	return true
}

// gluedContext is what the split rule may know about a token's place.
type gluedContext struct {
	prevCap bool   // the previous word is capitalised
	next    string // the next word, if any
	counts  map[string]int
}

// splitGlued returns where to split token t, or 0 when it stays whole.
func (v *vocab) splitGlued(t string, ctx gluedContext) int {
	if len(t) < 5 || !asciiWord(t) || ctx.counts[t] > 1 {
		return 0
	}
	lt := strings.ToLower(t)
	if v.known[lt] {
		return 0
	}
	// Longest B first: "Putinsigned" is Putin + signed, not Putinsign + ed.
	for i := 2; i <= len(t)-2; i++ {
		a, b := t[:i], t[i:]
		if !v.common[b] || !isLower(b[0]) {
			continue
		}
		if v.splitOK(a, b, ctx) {
			return i
		}
	}
	return 0
}

func (v *vocab) splitOK(a, b string, ctx gluedContext) bool {
	if isUpper(a[0]) {
		if !lowerTail(a) || len(a) < 3 || v.known[strings.ToLower(a)] {
			return false
		}
		if ctx.counts[a] > 0 {
			return true
		}
		if !ctx.prevCap || len(a) < 4 {
			return false
		}
		return len(b) >= 4 || b == "an" && ctx.next != "" && strings.ContainsRune("aeiou", rune(ctx.next[0]))
	}
	if len(a) < 5 || !lowerTail(a) {
		return false
	}
	if v.known[a] || ctx.counts[a] > 0 {
		return len(b) >= 4 || v.preps[b]
	}
	return strings.HasSuffix(a, "rs") && v.preps[b]
}
