package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A row is one clause of its paragraph, but a paragraph often names more
// people and places than any one of its clauses. Adding a second clause
// for them costs a dozen words; listing them costs two or three each. So a
// row whose clause misses some of the paragraph's names ends with them,
// written as the translation writes them:
//
//	Vladimir Putin arrived in Hanoi on Thursday — Kim Jong Un, Pyongyang.
//
// The list is built from the paragraph's own words and punctuation only:
// the dash that opens it and commas. The dash says "also named here"
// without claiming a relation ("with" would say they came along, and "A
// and B" reads as one subject); the row's clause keeps the paragraph's
// point. No "and": it would be a word the translation may lack, and a word
// a tight row cannot spare.

// maxListed bounds a name list: past three, a row reads as an index.
const maxListed = 3

// listDash opens a name list.
const listDash = "—"

// namedExtra is a name of the paragraph the row lacks, as its translation
// writes it.
type namedExtra struct {
	m       mention
	surface string
}

// missingNames returns the names of the paragraph's sentences (asides and
// photo credits left out, as compression drops them whatever the budget)
// that row does not name, once each, in paragraph order.
func (x *extractor) missingNames(row string, sents []string) []namedExtra {
	return x.missingFrom(x.names(row), sents)
}

// missingFrom is missingNames for a row whose names are got.
func (x *extractor) missingFrom(got nameSet, sents []string) []namedExtra {
	var out []namedExtra
	var seen []mention
	for _, s := range sents {
		if isCredit(s) {
			continue
		}
		safe := x.prepared(s).safe
		for _, m := range x.rec(safe, x.to) {
			if !m.named() || got.has(m) || containsMention(seen, m) {
				continue
			}
			seen = append(seen, m)
			if surface := safe[m.start:m.end]; listable(surface) && wholeWords(safe, m.start, m.end) {
				out = append(out, namedExtra{m: m, surface: surface})
			}
		}
	}
	return out
}

// listable reports whether a recognised name reads as a name on its own:
// it ends in a capitalised word ("Embassy of" is a recogniser's slip) and
// is not a shouted dateline or credit ("HANOI").
func listable(s string) bool {
	toks := tokenize(s)
	if len(toks) == 0 || !capitalised(toks[len(toks)-1].text) {
		return false
	}
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters <= 4 || upper < letters
}

// wholeWords reports whether s[start:end] neither begins nor ends inside a
// word: a recogniser may find "Vietnam" in "Vietnamco", which is no name
// of the paragraph. A possessive or compound may follow ("Moscow’s").
func wholeWords(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	// Nor inside a number's decimal point: "B0" of "B0.5" is no name.
	numberGoesOn := end+1 < len(s) && (s[end] == '.' || s[end] == ',') && isDigit(s[end+1])
	numberCameBefore := start >= 2 && (s[start-1] == '.' || s[start-1] == ',') && isDigit(s[start-2])
	return (start == 0 || !inWord(before)) && (end == len(s) || !inWord(after)) && !numberGoesOn && !numberCameBefore
}

// withNames appends to row the names of extras that fit in room words (the
// dash counts), in paragraph order, skipping a name too long for
// what is left so a shorter later one may still fit. The row is returned
// unchanged when none fits.
func withNames(row string, extras []namedExtra, room int) string {
	out, _ := withNamesListed(row, extras, room)
	return out
}

// withNamesListed is withNames, also returning the mentions it listed.
func withNamesListed(row string, extras []namedExtra, room int) (string, []mention) {
	used := 1 // the dash
	var list []string
	var listed []mention
	for _, e := range extras {
		cost := wordCount(e.surface)
		if used+cost > room || len(list) == maxListed {
			continue
		}
		used += cost
		list = append(list, e.surface)
		listed = append(listed, e.m)
	}
	if len(list) == 0 {
		return row, nil
	}
	return strings.TrimRight(strings.TrimSpace(row), ".") + " " + listDash + " " + joinNames(list) + ".", listed
}

// joinNames writes names as a list: "A", "A, B", "A, B, C".
func joinNames(names []string) string {
	return strings.Join(names, ", ")
}

// prepared returns s prepared for compression, once per call.
func (x *extractor) prepared(s string) *prepared {
	p := x.prep[s]
	if p == nil {
		if x.prep == nil {
			x.prep = map[string]*prepared{}
		}
		p = prepare(s, x.rec)
		x.prep[s] = p
	}
	return p
}
