package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// heuristicMentions is a recognizer for tests whose expectations must not
// move when corpus/entity's gazetteer grows: runs of capitalised words
// (joined across "of", as in "Communist Party of Vietnam") and numbers.
// A capitalised word opening a sentence counts only when it is not a
// common function word, so "The" and "Kwa" are not names.
func heuristicMentions(text, lang string) []mention {
	toks := tokenize(text)
	var out []mention
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if isNumeric(t.text) {
			out = append(out, nameMention(text, t.start, t.end, ""))
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
		out = append(out, nameMention(text, t.start, toks[j].end, ""))
		i = j
	}
	return out
}

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

// sourceFunctionWords are frequent Swahili and Albanian function words: a
// capitalised one opening a sentence is not a name.
var sourceFunctionWords = map[string]map[string]bool{
	"sw": setOf(`ya wa na kwa katika za ni la kwamba hii huo hiyo kama pia lakini au bila hata baada
kabla ambayo ambao ambaye tangu hadi zaidi kuhusu yake wake yao wao sasa hivyo ili kutoka mnamo juu
chini kati miongoni wakati huku`),
	"sq": setOf(`të në e i për me nga që dhe një është ka kanë se por ose si edhe po do nuk u ai ajo ata
kjo ky këtë këto pas para gjatë mes sipas tha ishte janë duke mbi nën deri`),
}
