package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pattern is a sequence of folded words to find in a text; the last may be a
// prefix. Patterns come from a query's positive terms, their expansions, and
// entity filters (which match the entity names column; their surface forms
// are still highlighted in the text).
type pattern struct {
	words  []string
	prefix bool
	entity bool
	idf    float64
	weight float64 // 1 for the term as typed, aliasWeight for its aliases
	group  int     // the query term this pattern comes from
}

func patterns(q *Query, e Expander) []pattern {
	var pats []pattern
	group := 0
	add := func(t Term, entity bool) {
		x := expand(t, e)
		group++
		for i, a := range x.alts {
			w := 1.0
			if i > 0 {
				w = aliasWeight
			}
			pats = append(pats, pattern{words: a, prefix: x.prefix && i == 0, entity: entity, idf: 1, weight: w, group: group})
		}
	}
	for _, c := range q.Clauses {
		if c.Negated {
			continue
		}
		for _, t := range c.Alts {
			add(t, false)
		}
	}
	for _, t := range q.Entities {
		add(t, true)
	}
	return pats
}

// spans returns the byte ranges of the tokens matching any pattern, sorted
// and merged where they overlap.
func spans(pats []pattern, toks []token) [][2]int {
	var out [][2]int
	for i := range toks {
		for _, p := range pats {
			if n := p.matchAt(toks, i); n > 0 {
				out = append(out, [2]int{toks[i].start, toks[i+n-1].end})
			}
		}
	}
	return mergeSpans(out)
}

// matchAt reports how many tokens p matches starting at toks[i] (0: none).
func (p pattern) matchAt(toks []token, i int) int {
	if len(p.words) == 0 || i+len(p.words) > len(toks) {
		return 0
	}
	last := len(p.words) - 1
	for j, w := range p.words {
		t := toks[i+j].folded
		if j == last && p.prefix {
			if !strings.HasPrefix(t, w) {
				return 0
			}
		} else if t != w {
			return 0
		}
	}
	return len(p.words)
}

func mergeSpans(s [][2]int) [][2]int {
	if len(s) < 2 {
		return s
	}
	slices.SortFunc(s, func(a, b [2]int) int { return a[0] - b[0] })
	out := s[:1]
	for _, sp := range s[1:] {
		lst := &out[len(out)-1]
		if sp[0] <= lst[1] {
			lst[1] = max(lst[1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}

// Snippet sizes in bytes: the window kept around the first match.
const (
	snippetMax    = 220
	snippetBefore = 60
)

// snippet cuts a plain-text window of text around the first span and maps
// the spans into it. Control characters become spaces; cuts fall on rune
// boundaries, at a space where one is near, and are marked with "…".
func snippet(text string, spans [][2]int) (string, [][2]int) {
	lo, hi := 0, len(text)
	if len(text) > snippetMax {
		first := 0
		if len(spans) > 0 {
			first = spans[0][0]
		}
		lo = cutStart(text, max(0, first-snippetBefore))
		hi = cutEnd(text, min(len(text), lo+snippetMax))
	}
	var b strings.Builder
	b.Grow(hi - lo + 8)
	if lo > 0 {
		b.WriteString("…")
	}
	at := make(map[int]int, 2*len(spans))
	for i, r := range text[lo:hi] {
		at[lo+i] = b.Len()
		b.WriteRune(shown(r))
	}
	at[hi] = b.Len()
	var out [][2]int
	for _, sp := range spans {
		s, okS := at[sp[0]]
		e, okE := at[sp[1]]
		if okS && okE && sp[0] >= lo && sp[1] <= hi {
			out = append(out, [2]int{s, e})
		}
	}
	if hi < len(text) {
		b.WriteString("…")
	}
	return b.String(), out
}

// shown is r as a snippet shows it: controls, invisible format characters
// and invalid bytes as spaces.
func shown(r rune) rune {
	if r == utf8.RuneError || unicode.IsControl(r) || isInvisibleControl(r) {
		return ' '
	}
	return r
}

// isInvisibleControl covers format characters that reorder or hide text in
// a terminal (bidi overrides and isolates, line/paragraph separators).
func isInvisibleControl(r rune) bool {
	return r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 || r == 0x2028 || r == 0x2029 || r == 0x200E || r == 0x200F
}

// cutStart moves i back to a rune start, then forward past the next space
// when one is within a few bytes, so the snippet starts on a word.
func cutStart(s string, i int) int {
	if i <= 0 {
		return 0
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if j := strings.IndexByte(s[i:min(len(s), i+20)], ' '); j >= 0 {
		return i + j + 1
	}
	return i
}

// cutEnd moves i back to a rune start, and further back to a space when one
// is within a few bytes, so the snippet ends on a word.
func cutEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if j := strings.LastIndexByte(s[max(0, i-20):i], ' '); j >= 0 {
		return max(0, i-20) + j
	}
	return i
}
