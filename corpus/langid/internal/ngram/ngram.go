// Package ngram extracts the character n-grams the language model is built
// from and scored on. The generator and the detector share it, so a gram is
// hashed the same way on both sides.
package ngram

import (
	"unicode"
	"unicode/utf8"
)

// MinN and MaxN bound the gram lengths, counted in runes of space-padded,
// lower-cased words. Trigrams alone (" vi", "vie" ... "am ") measured as
// accurate as 1–3 grams on paragraphs at a third of the lookups.
const (
	MinN = 3
	MaxN = 3
)

const (
	offset = 14695981039346656037
	prime  = 1099511628211
)

// step folds one rune into an FNV-1a style hash. Collisions among the few
// ten-thousand grams of the model are vanishingly rare, and a clash would
// only blur one feature.
func step(h uint64, r rune) uint64 { return (h ^ uint64(r)) * prime }

// Hash returns the key of a gram.
func Hash(g string) uint64 {
	h := uint64(offset)
	for _, r := range g {
		h = step(h, r)
	}
	return h
}

// Hash3 returns the key of the trigram abc, as Hash(string([]rune{a, b, c})).
func Hash3(a, b, c rune) uint64 { return step(step(step(offset, a), b), c) }

// Words calls fn with every word of text, lower-cased and padded with a
// space on each side, until fn returns false. A word is a run of letters
// and combining marks; digits and punctuation separate words. buf is
// scratch space the caller may keep to avoid allocating; the slice fn sees
// is only valid during the call.
func Words(text string, buf []rune, fn func(padded []rune) bool) []rune {
	// word always starts with the padding space, so it needs no copy to be
	// padded when it ends.
	word := append(buf[:0], ' ')
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z':
				word = append(word, rune(c))
			case c >= 'A' && c <= 'Z':
				word = append(word, rune(c+'a'-'A'))
			case len(word) > 1:
				if !fn(append(word, ' ')) {
					return word
				}
				word = word[:1]
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case unicode.IsLetter(r):
			word = append(word, unicode.ToLower(r))
		case len(word) > 1 && unicode.Is(unicode.Mn, r):
			word = append(word, r)
		case len(word) > 1:
			if !fn(append(word, ' ')) {
				return word
			}
			word = word[:1]
		}
	}
	if len(word) > 1 {
		fn(append(word, ' '))
	}
	return word
}

// Grams calls fn with every MinN..MaxN gram of a padded word, skipping the
// bare padding space.
func Grams(w []rune, fn func(g []rune)) {
	for i := range w {
		for n := MinN; n <= MaxN && i+n <= len(w); n++ {
			if n == 1 && w[i] == ' ' {
				continue
			}
			fn(w[i : i+n])
		}
	}
}

// AppendHashes appends to dst the hash of every gram of the padded word w,
// in the order Grams visits them, computing each from the shorter one.
func AppendHashes(dst []uint64, w []rune) []uint64 {
	for i := range w {
		h := uint64(offset)
		for n := 1; n <= MaxN && i+n <= len(w); n++ {
			h = step(h, w[i+n-1])
			if n >= MinN && !(n == 1 && w[i] == ' ') {
				dst = append(dst, h)
			}
		}
	}
	return dst
}
