package tui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Search highlighting in the reader: the search index folds case and
// diacritics and may match inflected forms, so the reader highlights every
// word whose folded form starts with a folded query term (Rusi matches
// Rusisë and Rusia).

// ftsOperators are query words of the search language, not terms.
var ftsOperators = map[string]bool{"AND": true, "OR": true, "NOT": true, "NEAR": true}

// queryTerms returns the folded terms to highlight for query q and the
// matched words of the hits' snippets.
func queryTerms(q string, hits []SearchHit) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if ftsOperators[w] {
			return
		}
		f := fold(w)
		if utf8.RuneCountInString(f) < 2 || seen[f] {
			return
		}
		seen[f] = true
		out = append(out, f)
	}
	for _, w := range strings.FieldsFunc(q, notWordRune) {
		add(w)
	}
	for _, h := range hits {
		for _, sp := range h.Spans {
			if validRange(h.Snippet, sp[0], sp[1], len(h.Snippet)) {
				for _, w := range strings.FieldsFunc(h.Snippet[sp[0]:sp[1]], notWordRune) {
					add(w)
				}
			}
		}
	}
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// fold lower-cases s and strips its diacritics (NFKD, marks removed).
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// termMarks returns a match mark for every word of text whose folded form
// starts with one of terms (already folded).
func termMarks(text string, terms []string) []mark {
	if len(terms) == 0 {
		return nil
	}
	var out []mark
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if notWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if notWordRune(r2) && !unicode.Is(unicode.Mn, r2) {
				break
			}
			j += s2
		}
		w := fold(text[i:j])
		for _, t := range terms {
			if strings.HasPrefix(w, t) {
				out = append(out, mark{start: i, end: j, kind: markMatch})
				break
			}
		}
		i = j
	}
	return out
}
