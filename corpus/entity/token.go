package entity

import (
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	wordTok tokKind = iota
	punctTok
)

// token is one word or punctuation mark of a text, with byte offsets.
type token struct {
	Start, End int
	kind       tokKind
	capital    bool // first letter is upper case
	allCaps    bool // two or more letters, none lower case
	hasDigit   bool
	possessive bool // followed by 's / ’s, which is not part of the token
	nlBefore   bool // a line break separates it from the previous token
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }
func isHyphen(r rune) bool     { return r == '-' || r == '‐' || r == '‑' }
func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// tokenize splits s into words and punctuation. A word keeps inner
// apostrophes (t’i, O'Brien) and hyphens (SHBA-ja, Asia-Pacific) and
// dotted abbreviations (U.S.); a final 's is cut off and remembered.
// Invalid UTF-8 bytes are punctuation of one byte.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	nl := false
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			nl = true
			i += sz
		case unicode.IsSpace(r):
			i += sz
		case isWordRune(r):
			t := scanWord(s, i)
			t.nlBefore = nl
			toks = append(toks, t)
			nl = false
			i = t.End
			if t.possessive {
				i = skipPossessive(s, i)
			}
		default:
			toks = append(toks, token{Start: i, End: i + sz, kind: punctTok, nlBefore: nl})
			nl = false
			i += sz
		}
	}
	return toks
}

// scanWord reads the word starting at i.
func scanWord(s string, i int) token {
	t := token{Start: i, kind: wordTok}
	letters, upper, lower := 0, 0, 0
	j := i
scan:
	for j < len(s) {
		r, sz := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
					if letters == 1 {
						t.capital = true
					}
				} else if unicode.IsLower(r) {
					lower++
				}
			} else if unicode.IsDigit(r) {
				t.hasDigit = true
			}
			j += sz
			continue
		}
		next, nsz := utf8.DecodeRuneInString(s[j+sz:])
		joins := j+sz < len(s) && isWordRune(next)
		switch {
		case isApostrophe(r) && joins && isPossessive(s, j+sz, next, nsz):
			t.possessive = true
		case (isApostrophe(r) || isHyphen(r)) && joins:
			j += sz
			continue
		case r == '.' && joins && dottedAbbrev(s[i:j], s[j+sz:]):
			j += sz
			continue
		case r == '.' && upper > 0 && lower == 0 && letters >= 2 && dottedAbbrev(s[i:j], ""):
			j += sz // the final dot of U.S.
		}
		break scan
	}
	t.End = j
	t.allCaps = letters >= 2 && lower == 0
	return t
}

// isPossessive reports whether the apostrophe before s[at] starts a
// possessive 's that ends the word.
func isPossessive(s string, at int, next rune, nsz int) bool {
	if next != 's' && next != 'S' {
		return false
	}
	if at+nsz >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[at+nsz:])
	return !isWordRune(r)
}

func skipPossessive(s string, i int) int {
	_, sz := utf8.DecodeRuneInString(s[i:])
	i += sz
	_, sz = utf8.DecodeRuneInString(s[i:])
	return i + sz
}

// dottedAbbrev reports whether before (the word so far) and after continue
// an abbreviation of single letters and dots, such as U.S. or U.N.
func dottedAbbrev(before, after string) bool {
	last := before
	for k := len(before) - 1; k >= 0; k-- {
		if before[k] == '.' {
			last = before[k+1:]
			break
		}
	}
	if utf8.RuneCountInString(last) != 1 {
		return false
	}
	if after == "" {
		return true
	}
	r, sz := utf8.DecodeRuneInString(after)
	if !unicode.IsUpper(r) {
		return false
	}
	return sz < len(after) && after[sz] == '.'
}
