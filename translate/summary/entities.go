package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is one named entity, number or date found in a text: the part of
// corpus/entity's Mention the summarizer needs.
type mention struct {
	start, end int
	key        string   // identity across texts (and languages, when the recognizer links them)
	words      []string // lowercased words, for partial matches ("Putin" in "Vladimir Putin")
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

// heuristicMentions is the fallback recognizer: runs of capitalised words
// (joined across "of", as in "Communist Party of Vietnam") and numbers.
// A capitalised word opening a sentence counts only when it is not a
// common function word, so "The" and "Kwa" are not names.
func heuristicMentions(text, lang string) []mention {
	toks := tokenize(text)
	var out []mention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isNumeric(t.text) {
			out = append(out, newMention(text, t.start, t.end))
			continue
		}
		if !capitalised(t.text) || (sentenceInitial(text, t.start) && isCommonWord(t.text, lang)) {
			continue
		}
		j := i
		for j+1 < len(toks) && onlySpaceBetween(text, toks[j].end, toks[j+1].start) {
			switch {
			case capitalised(toks[j+1].text) && !isNumeric(toks[j+1].text):
				j++
				continue
			case j+2 < len(toks) && isNameLink(toks[j+1].text) && capitalised(toks[j+2].text) &&
				onlySpaceBetween(text, toks[j+1].end, toks[j+2].start):
				j += 2
				continue
			}
			break
		}
		out = append(out, newMention(text, t.start, toks[j].end))
		i = j
	}
	return out
}

func newMention(text string, start, end int) mention {
	s := text[start:end]
	var words []string
	for _, t := range tokenize(s) {
		if !isNameLink(t.text) {
			words = append(words, normWord(t.text))
		}
	}
	return mention{start: start, end: end, key: strings.Join(words, " "), words: words}
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

func onlySpaceBetween(text string, a, b int) bool {
	return b > a && strings.TrimSpace(text[a:b]) == ""
}

// sentenceInitial reports whether the word at off opens a sentence or quote.
func sentenceInitial(text string, off int) bool {
	prev := strings.TrimRightFunc(text[:off], unicode.IsSpace)
	if prev == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(prev)
	return strings.ContainsRune(".!?:;\"“‘'(–—-", r)
}

func isCommonWord(w, lang string) bool {
	w = strings.ToLower(w)
	return stopwords[w] || sourceFunctionWords[lang][w]
}
