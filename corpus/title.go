package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	maxHeadline = 160 // runes: a longer first line is body text
	maxTitle    = 90  // runes of a derived title
)

// takeTitle chooses the article title. A given title wins, and leading
// paragraphs that repeat it are dropped. Otherwise a first line that reads
// as a headline (short, several words, not ending in a period, followed by
// more text) becomes the title and leaves the body, with its repeats. Where
// the first line is body text, a title is derived from it and the body is
// kept whole.
func takeTitle(given string, paras []string) (string, []string) {
	if given != "" {
		return given, dropLeading(paras, given)
	}
	if len(paras) == 0 {
		return "", paras
	}
	if len(paras) > 1 && isHeadline(paras[0]) {
		return paras[0], dropLeading(paras[1:], paras[0])
	}
	return deriveTitle(paras[0]), paras
}

func dropLeading(paras []string, title string) []string {
	for len(paras) > 0 && strings.EqualFold(paras[0], title) {
		paras = paras[1:]
	}
	return paras
}

func isHeadline(p string) bool {
	n := utf8.RuneCountInString(p)
	return n <= maxHeadline && strings.Count(p, " ") >= 2 && !strings.HasSuffix(p, ".")
}

// deriveTitle shortens the first paragraph to a title: its first sentence if
// short enough, else the longest run of clauses within maxTitle runes, else
// a cut at a word boundary; never with a trailing comma or period.
func deriveTitle(p string) string {
	var buf [8]Span
	p = prefix(p, 8*maxTitle) // the first sentence is all that is read
	if ss := sentenceSpans(p, buf[:0]); len(ss) > 0 {
		p = p[ss[0].Start:ss[0].End]
	}
	if utf8.RuneCountInString(p) > maxTitle {
		p = cutClause(p)
	}
	return strings.TrimRight(p, " ,;:.–—-")
}

// cutClause returns the longest prefix of p that ends before a clause mark
// (, ; : –) and fits maxTitle runes, or p cut at the last space that fits.
func cutClause(p string) string {
	fit, lastSpace, lastClause := 0, 0, 0
	for i, r := range p {
		if fit == maxTitle {
			break
		}
		fit++
		switch {
		case r == ',' || r == ';' || r == ':' || r == '–' || r == '—':
			lastClause = i
		case r == ' ':
			lastSpace = i
		}
	}
	if utf8.RuneCountInString(p[:lastClause]) >= 20 {
		return p[:lastClause]
	}
	if lastSpace > 0 {
		return p[:lastSpace]
	}
	return p
}

// takeSource recognises a publisher byline among the first lines: a reading
// time line ("RKS NEWS 4 Min Read", "4 Min Read") with an all-capitals name
// before it or on the line above. Those metadata lines leave the body. Only
// that shape is trusted: elsewhere the source stays unknown.
func takeSource(paras []string) (string, []string) {
	source := ""
	limit := min(len(paras), 4)
	keep := paras[:0:0]
	found := false
	for i := range limit {
		name, ok := readingTime(paras[i])
		if !ok {
			continue
		}
		found = true
		if source == "" && name != "" && allCaps(name) {
			source = name
		}
		if source == "" && i > 0 && allCaps(paras[i-1]) {
			source = paras[i-1]
		}
	}
	if !found {
		return "", paras
	}
	for i, p := range paras {
		if i < limit {
			if _, ok := readingTime(p); ok || p == source {
				continue
			}
		}
		keep = append(keep, p)
	}
	return source, keep
}

// agencyCredit recognises a closing credit line naming news agencies, as
// seed 004 ends: "AFP and AP Agencies". Every word must be an all-capitals
// acronym or "and", and the line must end in "Agencies" (or "agencies"):
// the source is then the acronyms ("AFP and AP"). Photo credits inside
// captions ("– Vietnam News Agency") are not publishers and are ignored.
func agencyCredit(p string) string {
	if len(p) > 60 {
		return ""
	}
	words := strings.Fields(p)
	if len(words) < 2 || !strings.EqualFold(words[len(words)-1], "agencies") {
		return ""
	}
	for _, w := range words[:len(words)-1] {
		if w != "and" && !(allCaps(w) && len(w) <= 8) {
			return ""
		}
	}
	return strings.Join(words[:len(words)-1], " ")
}

// readingTime matches "<name> N min read" (any case) and returns the name.
func readingTime(p string) (string, bool) {
	// Compared in place rather than on a lower-cased copy: no rune outside
	// ASCII lower-cases to one of these letters, so this matches the same
	// lines.
	const suffix = " min read"
	if len(p) > 80 || len(p) < len(suffix) || !asciiEqualFold(p[len(p)-len(suffix):], suffix) {
		return "", false
	}
	head := strings.TrimSpace(p[:len(p)-len(" min read")])
	i := strings.LastIndexByte(head, ' ') + 1
	for _, c := range []byte(head[i:]) {
		if c < '0' || c > '9' {
			return "", false
		}
	}
	if i == len(head) {
		return "", false
	}
	return strings.TrimSpace(head[:i]), true
}

func allCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsDigit(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && len(s) <= 40
}

// boilerplate starts short trailing lines that are page furniture, not
// story: sharing prompts, comment links, next/previous teasers.
var boilerplate = []string{
	"share this", "leave a comment", "prev ", "next ", "follow us", "for latest updates",
	"get to know the trust project", "read more", "related:", "advertisement", "subscribe",
	"sign up for", "click here",
}

// dropTail removes trailing boilerplate lines.
func dropTail(paras []string) []string {
	for len(paras) > 1 && isBoilerplate(paras[len(paras)-1]) {
		paras = paras[:len(paras)-1]
	}
	return paras
}

func isBoilerplate(p string) bool {
	if len(p) > 160 {
		return false
	}
	l := strings.ToLower(p)
	for _, b := range boilerplate {
		if strings.HasPrefix(l, b) {
			return true
		}
	}
	return false
}

// asciiEqualFold reports whether s equals the lower-case ASCII t, ignoring
// ASCII case.
func asciiEqualFold(s, t string) bool {
	if len(s) != len(t) {
		return false
	}
	for i := range len(s) {
		c := s[i]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != t[i] {
			return false
		}
	}
	return true
}
