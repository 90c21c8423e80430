package gist

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// English inflection for glosses. A gloss may be several words ("go out",
// "take part"): only its first word inflects. Irregular forms live in
// data/en_irregular.txt.

type english struct {
	past, part map[string]string // base → simple past, past participle
	plural     map[string]string // singular → plural
	plurals    map[string]bool   // irregular plurals (men, people)
}

func (e *english) load(text string) {
	e.past, e.part, e.plural, e.plurals = map[string]string{}, map[string]string{}, map[string]string{}, map[string]bool{}
	for _, line := range lines(text) {
		f := strings.Fields(line)
		switch {
		case len(f) == 4 && f[0] == "v":
			e.past[f[1]], e.part[f[1]] = f[2], f[3]
		case len(f) == 3 && f[0] == "n":
			e.plural[f[1]] = f[2]
			if f[1] != f[2] {
				e.plurals[f[2]] = true
			}
		}
	}
}

// headWord splits a gloss into its first word and the rest (with its space).
func headWord(g string) (string, string) {
	if i := strings.IndexByte(g, ' '); i > 0 {
		return g[:i], g[i:]
	}
	return g, ""
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// Past returns the simple past of a verb gloss: "show" → "showed".
func (e *english) Past(g string) string {
	w, rest := headWord(g)
	if p, ok := e.past[w]; ok {
		return p + rest
	}
	return regularEd(w) + rest
}

// Participle returns the past participle: "take" → "taken".
func (e *english) Participle(g string) string {
	w, rest := headWord(g)
	if p, ok := e.part[w]; ok {
		return p + rest
	}
	return regularEd(w) + rest
}

func regularEd(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case w[n-1] == 'e':
		return w + "d"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ied"
	case doublesFinal(w):
		return w + w[n-1:] + "ed" // stop → stopped
	}
	return w + "ed"
}

// doublesFinal reports a short consonant-vowel-consonant verb whose final
// consonant doubles before -ed/-ing (stop, hit, plan); longer verbs are left
// alone, their stress being unknown (visit → visited).
func doublesFinal(w string) bool {
	n := len(w)
	return n >= 3 && n <= 4 && !isVowel(w[n-1]) && isVowel(w[n-2]) && !isVowel(w[n-3]) &&
		strings.IndexByte("wxy", w[n-1]) < 0
}

// Third returns the third person singular present: "go" → "goes".
func (e *english) Third(g string) string {
	w, rest := headWord(g)
	switch w {
	case "be":
		return "is" + rest
	case "have":
		return "has" + rest
	case "can", "must", "will", "should", "may":
		return g
	}
	return sibilantS(w) + rest
}

func sibilantS(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || w == "go" || w == "do":
		return w + "es"
	case n > 1 && w[n-1] == 'y' && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

// IsPlural reports whether a noun gloss reads as plural ("people",
// "sanctions"), so no singular article is glued to it.
func (e *english) IsPlural(g string) bool {
	w := g[strings.LastIndexByte(g, ' ')+1:]
	if e.plurals == nil {
		return false
	}
	if e.plurals[w] {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && w != "news"
}

// Gerund returns the -ing form: "make" → "making".
func (e *english) Gerund(g string) string {
	w, rest := headWord(g)
	n := len(w)
	switch {
	case w == "be" || w == "see" || n < 2:
		return w + "ing" + rest
	case strings.HasSuffix(w, "ie"):
		return w[:n-2] + "ying" + rest
	case w[n-1] == 'e' && !strings.HasSuffix(w, "ee"):
		return w[:n-1] + "ing" + rest
	case doublesFinal(w):
		return w + w[n-1:] + "ing" + rest // hit → hitting
	}
	return w + "ing" + rest
}

// Plural returns the plural of a noun gloss. Multi-word glosses inflect their
// last word ("prime minister" → "prime ministers").
func (e *english) Plural(g string) string {
	i := strings.LastIndexByte(g, ' ')
	head, w := g[:i+1], g[i+1:]
	if p, ok := e.plural[w]; ok {
		return head + p
	}
	if last, _ := utf8.DecodeLastRuneInString(w); !unicode.IsLetter(last) ||
		(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")) {
		return g // already plural ("relations", "sanctions")
	}
	return head + sibilantS(w)
}
