package summary

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus/entity"
)

// mention is one named entity, number or date found in a text: the part of
// corpus/entity's Mention the summarizer needs.
type mention struct {
	start, end int
	key        string      // identity across texts (and languages, when the recognizer links them)
	words      []string    // lowercased words, for partial matches ("Putin" in "Vladimir Putin")
	typ        entity.Type // empty for numbers
}

// named reports whether m names a person, place or organisation: what a
// reader counts as "who and where", unlike demonyms, dates and numbers.
func (m mention) named() bool {
	return m.typ == entity.Person || m.typ == entity.Place || m.typ == entity.Org
}

// recognizer finds mentions in text written in lang. It must return spans
// inside text, in order.
type recognizer func(text, lang string) []mention

// matches reports whether two mentions name the same thing: the same key,
// or one's words a subset of the other's, so a row saying "Putin" keeps the
// paragraph's "Vladimir Putin".
func (m mention) matches(o mention) bool {
	if m.key == o.key {
		return true
	}
	return subset(m.words, o.words) || subset(o.words, m.words)
}

func subset(a, b []string) bool {
	if len(a) == 0 {
		return false
	}
	for _, w := range a {
		found := false
		for _, x := range b {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// containsMention reports whether ms holds a mention matching m.
func containsMention(ms []mention, m mention) bool {
	for _, x := range ms {
		if x.matches(m) {
			return true
		}
	}
	return false
}

// recognize is the summarizer's recognizer: corpus/entity's names, whose
// keys link them across languages (Urusi, Rusisë and Russia share one),
// plus the numbers and years it leaves out.
func recognize(text, lang string) []mention {
	var out []mention
	for _, m := range entity.Recognize(text, lang) {
		nm := nameMention(text, m.Start, m.End, m.Key)
		nm.typ = m.Type
		out = append(out, nm)
	}
	return withNumbers(text, out)
}

// withNumbers adds the numbers of text not inside a mention of ms, keeping
// the list in text order.
func withNumbers(text string, ms []mention) []mention {
	for _, t := range tokenize(text) {
		if !isNumeric(t.text) {
			continue
		}
		i := sort.Search(len(ms), func(i int) bool { return ms[i].end > t.start })
		if i < len(ms) && ms[i].start < t.end {
			continue // inside a name or date
		}
		ms = slices.Insert(ms, i, nameMention(text, t.start, t.end, ""))
	}
	return ms
}

// nameMention makes the mention of text[start:end]; an empty key becomes
// the mention's own lowercased words.
func nameMention(text string, start, end int, key string) mention {
	s := text[start:end]
	var words []string
	for _, t := range tokenize(s) {
		if !isNameLink(t.text) {
			words = append(words, normWord(t.text))
		}
	}
	if key == "" {
		key = strings.Join(words, " ")
	}
	return mention{start: start, end: end, key: key, words: words}
}

// normWord lowercases a name word and drops an English possessive, so
// "Putin’s" and "Putin" meet.
func normWord(w string) string {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "’s")
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isNameLink lists the lowercase words that may sit inside a name.
func isNameLink(w string) bool { return w == "of" || w == "e" || w == "ya" || w == "wa" || w == "i" }

// nameSet is what a text names, for judging whether a row keeps an
// entity: its mentions, and its capitalised words. The words matter
// because recognition needs context a short row may lack: "Lam said…"
// opening a row is not recognised as a name, yet names Lam exactly as the
// paragraph did.
type nameSet struct {
	ms   []mention
	caps map[string]bool
}

func namesIn(text string, ms []mention) nameSet {
	n := nameSet{ms: ms, caps: map[string]bool{}}
	for _, t := range tokenize(text) {
		if capitalised(t.text) {
			n.caps[normWord(t.text)] = true
		}
	}
	return n
}

// has reports whether the text names m: a matching mention, or every word
// of m's name written capitalised.
func (n nameSet) has(m mention) bool {
	if containsMention(n.ms, m) {
		return true
	}
	if len(m.words) == 0 {
		return false
	}
	for _, w := range m.words {
		if !n.caps[w] && w != "the" {
			return false
		}
	}
	return true
}
