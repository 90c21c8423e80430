package corpus

import (
	"iter"
	"runtime"
	"strings"
	"unicode"
	"unicode/utf8"
)

// para is a paragraph on its way through Build.
type para struct {
	text    string
	lang    string
	heading bool
}

const (
	maxHeadingRunes = 80
	maxHeadingWords = 12
)

// markHeadings flags short lines that title the paragraph after them
// ("Diplomacy", "Putin aims to deepen strategic partnership with Vietnam"):
// few words, no closing punctuation, not the last paragraph.
func markHeadings(ps []para) {
	for i := range ps {
		if i+1 < len(ps) && looksLikeHeading(ps[i].text) {
			ps[i].heading = true
		}
	}
}

func looksLikeHeading(p string) bool {
	if atLeastRunes(p, maxHeadingRunes+1) || strings.Count(p, " ") >= maxHeadingWords {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, "\"'”’»)"))
	return !strings.ContainsRune(".!,;…\"”", r) && unicode.IsUpper(firstRune(p))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// splitGluedHeadings separates section headings that lost their line break
// and were glued to the start of their paragraph, as in seed 000:
// "Silaha na Nishati Urusi kihistoria imekuwa…" → "Silaha na Nishati" +
// "Urusi kihistoria imekuwa…". See gluedHeading for the rule. The document
// must show the pattern at least twice: one match alone is more likely a
// long name than a lost heading.
func splitGluedHeadings(ps []para) []para {
	// A cheap pass without the name check first: most documents have no
	// candidate at all and never pay for counting capitalised pairs.
	found := 0
	for i, p := range ps {
		if i > 0 && !p.heading && gluedHeading(p.text, nil) > 0 {
			found++
		}
	}
	if found < 2 {
		return ps
	}
	pairs := capPairs(ps)
	cuts := make([]int, len(ps))
	found = 0
	for i, p := range ps {
		if i > 0 && !p.heading {
			if cuts[i] = gluedHeading(p.text, pairs); cuts[i] > 0 {
				found++
			}
		}
	}
	if found < 2 {
		return ps
	}
	out := make([]para, 0, len(ps)+found)
	for i, p := range ps {
		if k := cuts[i]; k > 0 {
			out = append(out, para{text: strings.TrimSpace(p.text[:k]), lang: p.lang, heading: true},
				para{text: p.text[k:], lang: p.lang})
			continue
		}
		out = append(out, p)
	}
	return out
}

// word is a whitespace-separated token of a line, with its byte offset.
type word struct {
	text  string
	start int
}

// gluedHeading returns the byte offset where a glued heading ends in p, or
// 0. The heading is the opening run of title-case words (capitalised words
// and short lower-case connectors such as "ya", "na", "of"), cut before the
// last capitalised word that follows another capitalised word, where the
// paragraph proper starts: "Miamala ya Sarafu | Ili kukwepa…". The heading
// must hold a connector and two words or more; it must not contain or end
// in a pair of capitalised words found elsewhere in the document (a name
// such as "Vladimir Putin"); and at least six words must follow it.
func gluedHeading(p string, pairs map[capPair]int) int {
	if !capitalised(p[:min(len(p), 16)]) {
		return 0 // the common case, decided without splitting words
	}
	var buf [24]word
	return headingEnd(p, titleRun(p, buf[:0]), pairs)
}

// headingEnd is gluedHeading's decision once the opening title-case run ws
// of p is split out.
func headingEnd(p string, ws []word, pairs map[capPair]int) int {
	run := len(ws)
	cut := -1
	for k := run - 1; k >= 2; k-- {
		if capitalised(ws[k].text) && capitalised(ws[k-1].text) && !connector(ws[k-1].text) {
			cut = k
			break
		}
	}
	if cut < 0 || !spacesAtLeast(p[ws[cut].start:], 6) {
		return 0
	}
	hasConnector := false
	for j := 0; j < cut; j++ {
		if connector(ws[j].text) {
			hasConnector = true
		}
		if j > 0 && pairs[pairKey(ws[j-1].text, ws[j].text)] > 1 {
			return 0
		}
	}
	if !hasConnector || pairs[pairKey(ws[cut-1].text, trimPunct(ws[cut].text))] > 1 {
		return 0
	}
	if utf8.RuneCountInString(p[:ws[cut].start]) > maxHeadingRunes {
		return 0
	}
	return ws[cut].start
}

// titleRun appends to ws the opening words of p (space-separated, up to
// the capacity of ws) as long as they are capitalised or connectors,
// stopping after a word with punctuation, which may open the body but not
// go on with a title.
func titleRun(p string, ws []word) []word {
	start := 0
	for start < len(p) && len(ws) < cap(ws) {
		end := strings.IndexByte(p[start:], ' ')
		if end < 0 {
			end = len(p) - start
		}
		w := p[start : start+end]
		if !capitalised(w) && !connector(w) {
			break
		}
		ws = append(ws, word{w, start})
		if strings.ContainsAny(w, ",.;:!?()\"“”") {
			break
		}
		start += end + 1
	}
	return ws
}

// spacesAtLeast reports whether s holds n spaces or more, reading no
// further than the nth.
func spacesAtLeast(s string, n int) bool {
	for ; n > 0; n-- {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return false
		}
		s = s[i+1:]
	}
	return true
}

// capitalised reports whether w starts with a capital letter followed by a
// letter or is an acronym.
func capitalised(w string) bool {
	// Most words start with an ASCII letter, which no trimming removes:
	// then the first two bytes decide.
	if len(w) >= 2 && (isUpper(w[0]) || isLower(w[0])) {
		if isLower(w[0]) {
			return false
		}
		if isUpper(w[1]) || isLower(w[1]) {
			return true
		}
	}
	w = trimPunct(w)
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || n == len(w) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsLetter(next)
}

// connector reports whether w is a short lower-case word that may join the
// capitalised words of a title ("ya", "na", "of", "and", "të").
func connector(w string) bool {
	return utf8.RuneCountInString(w) <= 3 && startsLower(w) && !strings.ContainsAny(w, ",.;:")
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) })
}

// capPair is two adjacent capitalised words, trimmed of punctuation: a
// map key made of the words themselves, so counting allocates no string.
type capPair struct{ a, b string }

func pairKey(a, b string) capPair { return capPair{trimPunct(a), trimPunct(b)} }

// capPairs counts every pair of adjacent capitalised words in the document;
// a long one (parallelParas paragraphs or more) is counted a share per core.
func capPairs(ps []para) map[capPair]int {
	parts := make([]map[capPair]int, runtime.GOMAXPROCS(0))
	inShares(len(ps), func(w, lo, hi int) { parts[w] = countCapPairs(ps[lo:hi]) })
	for _, part := range parts[1:] {
		for k, n := range part {
			parts[0][k] += n
		}
	}
	return parts[0]
}

// countCapPairs is capPairs on one goroutine.
func countCapPairs(ps []para) map[capPair]int {
	pairs := map[capPair]int{}
	for _, p := range ps {
		prev := ""
		for w := range fields(p.text) {
			if w == "" {
				continue
			}
			if !capitalised(w) {
				prev = ""
				continue
			}
			if prev != "" {
				pairs[pairKey(prev, w)]++
			}
			prev = w
			if endsClause(w) {
				prev = ""
			}
		}
	}
	return pairs
}

// endsClause reports whether word w holds one of ",.;:!?": a byte loop,
// as ContainsAny on a short word costs a search of the set per byte and
// capPairs asks it of every capitalised word of the document.
func endsClause(w string) bool {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ',', '.', ';', ':', '!', '?':
			return true
		}
	}
	return false
}

// fields is strings.FieldsSeq, but for the common case of text whose only
// white space is single ASCII spaces (what Build's paragraphs are after
// normSpace) it splits at spaces with the vectorised byte search. Empty
// text then gives one empty field, which callers skip.
func fields(s string) iter.Seq[string] {
	// Three searches, not ContainsAny: with non-ASCII characters to find
	// it decodes s rune by rune, and this runs over the whole document.
	if simpleSpaced(s) && strings.IndexByte(s, '\n') < 0 &&
		!strings.Contains(s, "\u2028") && !strings.Contains(s, "\u2029") {
		return strings.SplitSeq(s, " ")
	}
	return strings.FieldsSeq(s)
}
