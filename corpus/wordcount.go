package corpus

import (
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// Word counting follows UAX #29 word segmentation: an article's word count
// is the number of UAX #29 words that hold a letter or a digit. Running the
// full segmenter over every paragraph cost a fifth of Build, so countWords
// applies the few word-break rules that can change a count directly, for
// the scripts news text is mostly written in (ASCII, Latin, Cyrillic and
// the common punctuation), and hands any other text to the segmenter.
// FuzzWordCount checks that both agree on every input the fast path takes.

// wbClass is a rune's UAX #29 Word_Break property, reduced to what decides
// a count.
type wbClass uint8

const (
	wbOther     wbClass = iota // breaks on both sides
	wbLetter                   // ALetter
	wbNumeric                  // Numeric
	wbExtNumLet                // ExtendNumLet: "_" joins letters and digits
	wbMidLetter                // ":" "·" between two letters
	wbMidNum                   // "," ";" between two digits
	wbMidNumLet                // "." "'" "’" between two letters or two digits
	wbIgnore                   // Extend and Format: part of the rune before (WB4)
	wbUnknown                  // outside the table: use the segmenter
)

// asciiClass classifies every ASCII byte.
var asciiClass = func() (t [utf8.RuneSelf]wbClass) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = wbLetter, wbLetter
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wbNumeric
	}
	t['_'] = wbExtNumLet
	t[':'] = wbMidLetter
	t[','], t[';'] = wbMidNum, wbMidNum
	t['.'], t['\''] = wbMidNumLet, wbMidNumLet
	return t
}()

// asciiAlnum marks the ASCII letters and digits; no other byte.
var asciiAlnum = func() (t [256]bool) {
	for c, cl := range asciiClass {
		t[c] = cl == wbLetter || cl == wbNumeric
	}
	return t
}()

// latinLetter returns 2 when p[i:] opens with a letter of U+00C0-U+023F
// (accented Latin: Albanian ë and ç, French é...), else 0. Those are two-byte
// sequences with lead bytes 0xc3-0xc8, all letters but × and ÷.
func latinLetter(p string, i int) int {
	if i+1 >= len(p) || p[i] < 0xc3 || p[i] > 0xc8 || p[i+1]&0xc0 != 0x80 ||
		p[i] == 0xc3 && (p[i+1] == 0x97 || p[i+1] == 0xb7) {
		return 0
	}
	return 2
}

// plainWords counts words eight bytes at a time, after a letter or digit
// at p[i-1], through words holding only ASCII letters, digits and spaces
// and ending in a letter or digit: there a word starts exactly where a
// letter or digit follows a space. It returns where it stopped and the
// words started. The per-byte tests are the exact "byte between" bit
// tricks, valid on ASCII bytes.
func plainWords(p string, i int) (int, int) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	between := func(x uint64, lo, hi byte) uint64 { // lo < byte < hi, per byte
		return (ones*(127+uint64(hi)) - x) &^ x & (x + ones*(127-uint64(lo))) & highs
	}
	n := 0
	for ; i+8 <= len(p); i += 8 {
		x := load64(p, i)
		if x&highs != 0 {
			break
		}
		alnum := between(x|ones*0x20, 'a'-1, 'z'+1) | between(x, '0'-1, '9'+1)
		space := between(x, ' '-1, ' '+1)
		if alnum|space != highs || alnum>>56 == 0 {
			break
		}
		n += bits.OnesCount64(alnum & (space << 8))
	}
	return i, n
}

// runeClass classifies a non-ASCII rune, or says wbUnknown.
func runeClass(r rune) wbClass {
	switch {
	case r == 0xb8:
		// The cedilla joins letters and digits like a letter (WB5, WB9,
		// WB10) but makes no word alone: leave it to the segmenter.
		return wbUnknown
	case r >= 0xc0 && r <= 0x24f:
		if r == 0xd7 || r == 0xf7 { // × ÷
			return wbOther
		}
		return wbLetter
	case r >= 0x300 && r <= 0x36f, r >= 0x483 && r <= 0x489, r == 0xad:
		return wbIgnore
	case r >= 0x400 && r <= 0x52f && r != 0x482, r >= 0x1e00 && r <= 0x1eff,
		r == 0xaa, r == 0xb5, r == 0xba:
		return wbLetter
	case r == 0xb7, r == 0x2027:
		return wbMidLetter
	case r == 0x2018, r == 0x2019, r == 0x2024:
		return wbMidNumLet
	case r == 0x2044:
		return wbMidNum
	case r == 0x202f, r == 0x203f, r == 0x2040, r == 0x2054:
		return wbExtNumLet
	case r >= 0xa0 && r <= 0xbf, r >= 0x2000 && r <= 0x200a, r >= 0x2010 && r <= 0x2026,
		r >= 0x2030 && r <= 0x205e, r >= 0x20a0 && r <= 0x20c0:
		return wbOther
	}
	return wbUnknown
}

// wordCount counts the UAX #29 words of p that hold a letter or a digit.
func wordCount(p string) int {
	if n, ok := countWords(p); ok {
		return n
	}
	return segmentedWordCount(p)
}

// countWords counts words with the rules WB4–WB13b; ok is false when p
// holds a rune outside the table. It reads each rune once: a mid-word
// punctuation mark ("U.S", "3.6", "don't") leaves the decision pending
// until the rune after it shows whether the word goes on.
func countWords(p string) (n int, ok bool) {
	prev := wbOther
	need := wbOther // after a mid-word mark: the class that continues the word
	inWord := false // the current segment holds a letter or digit
	for i := 0; i < len(p); {
		var c wbClass
		if b := p[i]; b < utf8.RuneSelf {
			c = asciiClass[b]
			i++
		} else {
			r, size := utf8.DecodeRuneInString(p[i:])
			i += size
			if c = runeClass(r); c == wbUnknown {
				return 0, false
			}
		}
		switch c {
		case wbIgnore:
			continue // WB4: part of the rune before
		case wbLetter, wbNumeric:
			joined := c == need || need == wbOther && (prev == wbLetter || prev == wbNumeric || prev == wbExtNumLet)
			if !joined || !inWord {
				n++
			}
			inWord = true
			// So does the rest of an ASCII run (WB5, WB8-10), and a space
			// then an ASCII letter or digit starts the next word: most text
			// is counted in this loop.
			for {
				for i < len(p) {
					if asciiAlnum[p[i]] {
						j := i + 1
						for j < len(p) && asciiAlnum[p[j]] {
							j++
						}
						c, i = asciiClass[p[j-1]], j
					} else if k := latinLetter(p, i); k > 0 {
						c = wbLetter
						i += k
					} else {
						break
					}
				}
				if j, starts := plainWords(p, i); j > i {
					n += starts
					c, i = asciiClass[p[j-1]], j
					continue
				}
				if i+1 >= len(p) || p[i] != ' ' || !asciiAlnum[p[i+1]] {
					break
				}
				n++
				i++
			}
		case wbExtNumLet: // WB13a
			if need != wbOther || prev != wbLetter && prev != wbNumeric && prev != wbExtNumLet {
				inWord = false
			}
		case wbMidLetter, wbMidNum, wbMidNumLet:
			switch {
			case need == wbOther && prev == wbLetter && c != wbMidNum: // WB6
				c, need = wbOther, wbLetter
			case need == wbOther && prev == wbNumeric && c != wbMidLetter: // WB12
				c, need = wbOther, wbNumeric
			default:
				inWord, need = false, wbOther
			}
			prev = c
			continue
		default:
			inWord = false
		}
		prev, need = c, wbOther
	}
	return n, true
}

// segmentedWordCount is wordCount through the full UAX #29 segmenter.
func segmentedWordCount(p string) int {
	n := 0
	it := words.FromString(p)
	for it.Next() {
		for _, r := range it.Value() {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
				break
			}
		}
	}
	return n
}
