package langid

import (
	"unicode"
	"unicode/utf8"
)

// Chinese, Japanese and Korean are told by script, not by n-grams: their
// words are not space-separated, so the trigrams of "words" are whole
// phrases and too sparse to score. Hangul means Korean; Han with kana
// (hiragana, katakana) means Japanese, which writes about a third of its
// text in kana; Han alone means Chinese.

// scriptSample is how many runes of CJK evidence are enough.
const scriptSample = 256

// minCJK is the number of CJK characters from which a text is judged by
// script: four characters carry about as much as three Latin words.
const minCJK = 4

// cjk returns the language of a text written mostly in Han, kana or Hangul,
// with the share of those characters among its letters as confidence, or
// "" when the text is not mostly CJK.
func cjk(text string) (string, float64) {
	if !hasCJK(text) {
		return "", 0 // the common case, told from lead bytes alone
	}
	var letters, han, kana, hangul int
	for i := 0; i < len(text) && han+kana+hangul < scriptSample; {
		c := text[i]
		if c < utf8.RuneSelf {
			if c|0x20 >= 'a' && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case r < 0x1100:
			if unicode.IsLetter(r) {
				letters++
			}
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r):
			letters++
		}
	}
	n := han + kana + hangul
	if n < minCJK || 2*n < n+letters {
		return "", 0
	}
	share := float64(n) / float64(n+letters)
	switch {
	case 3*hangul >= n:
		return "ko", share
	case 10*kana >= n:
		return "ja", share
	}
	return "zh", share
}

// hasCJK reports whether text holds minCJK Han, kana or Hangul runes, all
// of which are encoded from U+1100 up, with a lead byte of 0xE1 or more.
func hasCJK(text string) bool {
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i] < 0xe1 {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.In(r, unicode.Hangul, unicode.Hiragana, unicode.Katakana, unicode.Han) {
			if n++; n >= minCJK {
				return true
			}
		}
		i += size - 1
	}
	return false
}
