package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:generate go run ./internal/genwords -src ../../shared/data/ntrex128/newstest2019-src.eng.txt -out enwords.txt

// enwordsText is the English vocabulary of NTREX-128 (see NOTICE), one
// lower-case word a line: words that are never split and prefixes that are
// known to be words.
//
//go:embed enwords.txt
var enwordsText string

// Scraped HTML loses the space between an inline element and the next word
// ("<a>Putin</a>signed" → "Putinsigned"). The repair splits a token T into
// A + B only when all of this holds (precision first: a real word must
// never be split, so the rules are narrow and were tuned on 300,000 words
// of clean English news, see TestNoFalseGlueSplits):
//
//   - the article is English; T is ASCII letters, occurs once in the
//     article and is not a known word (the NTREX vocabulary or the common
//     words below);
//   - B is a lower-case common word: function words and the verbs of news
//     reporting. Suffix-like words that end many names (-son, -ton, -man,
//     -land, -wood, -well, -here) are left out of the list on purpose;
//   - a capitalised A must not be a common word and must be a name the
//     text vouches for: used on its own in the article or, through
//     BuildAll, in another article loaded with it. The shorter B is, the
//     longer A must be: B of five letters or more needs A of three
//     ("Lam"+"during"), four letters A of five ("Jinping"+"like"), three
//     letters A of four ("Vietnam"+"but"), two letters (in on at to of by)
//     A of seven ("Thursday"+"to"), "an" A of six, a consonant ending and a
//     vowel-initial content word after it ("Parameswaran"+"an" expert; so
//     "Hawaiian" stays). For B of four letters or more, a capitalised word
//     just before T (a first name: "Joe Bidenvisited") is evidence enough;
//   - a lower-case A must be a plural in -s of six letters or more, used
//     on its own in the article before a B of four letters or more
//     ("partners"+"starting"), or a plural in -rs of seven letters or more
//     before in, on, at, to, of or by ("superpowers"+"in").
type vocab struct {
	known  map[string]bool // lower-case English words
	common map[string]bool // candidates for B
	// endings marks the last two letters of the common words: a token that
	// ends otherwise cannot be split and is dismissed at once. ends3 and
	// ends2 are finer: the last three letters of the common words of three
	// letters or more, and the two-letter Bs splitOK may accept (an and
	// the prepositions); a split token ends in one or the other.
	endings [26 * 26]bool
	ends3   [26 * 26 * 26]bool
	ends2   [26 * 26]bool
	preps   map[string]bool // the two-letter Bs allowed: in on at to of by
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

const prepositions = "in on at to of by"

func newVocab() *vocab {
	v := &vocab{known: map[string]bool{}, common: map[string]bool{}, preps: map[string]bool{}}
	for _, w := range strings.Fields(enwordsText) {
		v.known[w] = true
	}
	for _, w := range strings.Fields(commonWords) {
		v.common[w], v.known[w] = true, true
		if len(w) >= 2 {
			v.endings[ending(w)] = true
		}
		if len(w) >= 3 {
			v.ends3[ending3(w)] = true
		}
	}
	for _, w := range strings.Fields(prepositions) {
		v.preps[w] = true
		v.ends2[ending(w)] = true
	}
	v.ends2[ending("an")] = true
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
	prevCap bool // the previous word is capitalised
	// after is the text right after the token; the next word is read
	// from it only when a rule asks (see nextVowelWord).
	after  string
	counts *wordTally
	// names gives the capitalised words seen in the articles loaded
	// together (BuildAll): "Parameswaran" in seed 002 vouches for
	// "Parameswaranan" in seed 004. Nil for a lone Build; called only when
	// a candidate gets that far, as computing it reads the whole batch.
	names func() map[string]bool
}

// nextVowelWord reports whether the word after the token (after a single
// space) starts with a vowel and is not a common word: "an" then belongs
// to it ("Parameswaran" + "an" expert).
func (c gluedContext) nextVowelWord(v *vocab) bool {
	next := nextWord(c.after, 0)
	return next != "" && strings.ContainsRune("aeiou", rune(next[0])) && !v.common[next]
}

// wordTally answers how often a word occurs, as a whole word, in an
// article's paragraphs. It searches on demand (memchr-fast substring search
// with a boundary check) and remembers answers: an article asks about a
// handful of words, far cheaper than tallying all of them.
// A long article is repaired on several cores at once (inShares), which
// share its tally: mu guards memo, not the search, so two goroutines may
// both count a word, to the same figure.
type wordTally struct {
	paras []string
	mu    sync.Mutex
	memo  map[string]int
}

func (w *wordTally) n(word string) int {
	w.mu.Lock()
	c, ok := w.memo[word]
	w.mu.Unlock()
	if ok {
		return c
	}
	for _, p := range w.paras {
		c += occurrences(p, word)
	}
	w.mu.Lock()
	if w.memo == nil {
		w.memo = map[string]int{}
	}
	w.memo[word] = c
	w.mu.Unlock()
	return c
}

// occurrences counts word in p where it is not part of a longer run of
// letters.
func occurrences(p, word string) int {
	c := 0
	for i := 0; ; {
		k := strings.Index(p[i:], word)
		if k < 0 {
			return c
		}
		s, e := i+k, i+k+len(word)
		if !letterBefore(p, s) && !letterAfter(p, e) {
			c++
		}
		i = s + 1
	}
}

func letterBefore(p string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	return i > 0 && unicode.IsLetter(r)
}

func letterAfter(p string, i int) bool {
	r, _ := utf8.DecodeRuneInString(p[i:])
	return i < len(p) && unicode.IsLetter(r)
}

// knownLower reports whether w, lower-cased, is a known word, without
// allocating for words of up to 64 bytes.
func (v *vocab) knownLower(w string) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return v.known[strings.ToLower(w)]
	}
	b := buf[:len(w)]
	for i := range len(w) {
		b[i] = w[i] | 0x20 // ASCII letters only, checked by the caller
	}
	return v.known[string(b)]
}

// maxGlued is the longest token considered (two long words), maxCommon the
// longest common word.
const (
	maxGlued  = 40
	maxCommon = 12
)

// ending indexes the last two letters of w (lower-case ASCII letters).
func ending(w string) int { return int(w[len(w)-2]-'a')*26 + int(w[len(w)-1]-'a') }

// ending3 indexes the last three letters of w (lower-case ASCII letters).
func ending3(w string) int { return int(w[len(w)-3]-'a')*26*26 + ending(w) }

// maySplit reports whether t (ASCII letters, the last two lower case) ends
// in a way some split of it needs: in a common word's last three letters,
// or in a two-letter B.
func (v *vocab) maySplit(t string) bool {
	return v.ends2[ending(t)] || isLower(t[len(t)-3]) && v.ends3[ending3(t)]
}

// splitGlued returns where to split token t, or 0 when it stays whole.
func (v *vocab) splitGlued(t string, ctx gluedContext) int {
	if len(t) < 5 || len(t) > maxGlued || !asciiWord(t) || !isLower(t[len(t)-1]) || !isLower(t[len(t)-2]) ||
		!v.endings[ending(t)] || !v.maySplit(t) || isLower(t[0]) && !pluralSplitPossible(t) || v.knownLower(t) {
		return 0
	}
	// Longest B first: "Putinsigned" is Putin + signed, not Putinsign + ed.
	for i := max(2, len(t)-maxCommon); i <= len(t)-2; i++ {
		a, b := t[:i], t[i:]
		if !v.common[b] || !isLower(b[0]) {
			continue
		}
		// Counting the article's words is the dear part: asked last.
		if v.splitOK(a, b, ctx) && ctx.counts.n(t) <= 1 {
			return i
		}
	}
	return 0
}

// pluralSplitPossible reports whether lower-case token t has a place where
// splitOK's rule for a lower-case A could hold: after an "s" that ends six
// letters or more, before four letters or more, or after "rs" ending seven
// or more, before two. Most words fail this at once and need no lookup.
func pluralSplitPossible(t string) bool {
	for i := max(6, len(t)-maxCommon); i <= len(t)-2; i++ {
		if t[i-1] == 's' && (len(t)-i >= 4 || len(t)-i == 2 && i >= 7 && t[i-2] == 'r') {
			return true
		}
	}
	return false
}

// splitOK applies the rules for A (capitalised or lower case) and B; the
// thresholds come from running the repair over 300,000 words of clean
// English news (TestNoFalseGlueSplits), where names such as Robin, Gregor,
// Hanover, Beckwith, Hawaiian or Rogerson must stay whole.
func (v *vocab) splitOK(a, b string, ctx gluedContext) bool {
	if isUpper(a[0]) {
		return v.nameSplitOK(a, b, ctx)
	}
	if len(a) < 6 || !lowerTail(a) || a[len(a)-1] != 's' {
		return false
	}
	if len(b) >= 4 && ctx.counts.n(a) > 0 {
		return true // "partners" + "starting", partners used elsewhere
	}
	return len(a) >= 7 && strings.HasSuffix(a, "rs") && v.preps[b] && len(b) == 2 // "superpowers" + "in"
}

// nameSplitOK decides for a capitalised A: the shorter B, the longer A and
// the stronger the evidence that A is a name must be.
func (v *vocab) nameSplitOK(a, b string, ctx gluedContext) bool {
	if !lowerTail(a) || len(a) < 3 || v.knownLower(a) {
		return false
	}
	evidence := func() bool { return ctx.counts.n(a) > 0 || ctx.names != nil && ctx.names()[a] }
	switch {
	case len(b) >= 5: // "Lam" + "during"
		return ctx.prevCap && len(a) >= 4 || evidence()
	case len(b) == 4: // "Jinping" + "like"
		return len(a) >= 5 && (ctx.prevCap || evidence())
	case len(b) == 3: // "Vietnam" + "but"
		return len(a) >= 4 && evidence()
	case b == "an": // "Parameswaran" + "an" expert; not Hawaii + an
		return len(a) >= 6 && !strings.ContainsRune("aeiouy", rune(a[len(a)-1])) &&
			ctx.nextVowelWord(v) && evidence()
	default: // "Thursday" + "to"; not "Rogers" + "on"
		return len(a) >= 7 && v.preps[b] && evidence()
	}
}
