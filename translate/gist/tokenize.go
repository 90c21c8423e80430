package gist

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a number of the source with the text that follows it
// up to the next word (spaces and punctuation), so a segment is exactly the
// concatenation of lead + Σ(text + sep).
type token struct {
	text string
	low  string // text in lower case, filled by the renderer
	name bool   // capitalised inside a sentence: read as a name unless listed
	sep  string
	num  bool
}

// wordRune reports whether r can be part of a word. Apostrophes and hyphens
// join only between letters (t’i, njëri-tjetrin, SHBA-ja), decided in scan.
func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r) }

func isJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '‑' || r == '.' || r == ','
}

// tokenize splits s (valid UTF-8) into leading text and tokens.
func tokenize(s string) (lead string, toks []token) {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordRune(r) {
			break
		}
		i += n
	}
	lead = s[:i]
	toks = make([]token, 0, len(s)/6+1)
	for i < len(s) {
		start := i
		digits := true
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if wordRune(r) {
				digits = digits && unicode.IsDigit(r)
				i += n
				continue
			}
			if isJoiner(r) && i+n < len(s) {
				next, _ := utf8.DecodeRuneInString(s[i+n:])
				prev, _ := utf8.DecodeLastRuneInString(s[start:i])
				// "." and "," join digits only (3.6, 1,000); hyphens and
				// apostrophes join any word characters.
				if (r == '.' || r == ',') && !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
					break
				}
				if wordRune(next) {
					i += n
					continue
				}
			}
			break
		}
		word := s[start:i]
		sepStart := i
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if wordRune(r) {
				break
			}
			i += n
		}
		toks = append(toks, token{text: word, sep: s[sepStart:i], num: digits || numeric(word)})
	}
	return lead, toks
}

// numeric reports whether w is a number-like token such as 19-20 or 3.6.
func numeric(w string) bool {
	has := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r):
			has = true
		case strings.ContainsRune(".,-‑", r):
		default:
			return false
		}
	}
	return has
}

// spaceOnly reports whether sep is plain horizontal whitespace, the only
// separator across which words may be reordered or merged into a phrase.
func spaceOnly(sep string) bool {
	if sep == "" {
		return false
	}
	for _, r := range sep {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// clean makes outside text safe to emit: valid UTF-8 and no control
// characters other than newline and tab.
func clean(s string) string {
	ok := utf8.ValidString(s)
	if ok {
		for _, r := range s {
			if unicode.IsControl(r) && r != '\n' && r != '\t' {
				ok = false
				break
			}
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// capitalised reports whether w starts with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// allCaps reports whether w has at least two letters, all upper case (SHBA, ICC).
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// lines returns the non-empty, non-comment lines of text.
func lines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, "\r")
		if l == "" || l[0] == '#' {
			continue
		}
		out = append(out, l)
	}
	return out
}
