package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// variant is one base form a written token may stand for.
type variant struct {
	form string // folded base form, compared with gazetteer aliases
	keep int    // bytes of the written token that belong to the name
	// derived marks forms reached through a Swahili noun-class prefix
	// (Kirusi → Urusi): the mention is a demonym or adjective.
	derived bool
}

// Albanian case endings and definite articles on proper names, longest
// first: Rusisë, Rusinë, Rusia; Vietnamit, Vietnamin; Moskës; Koreja.
var sqEndings = []string{"ise", "ine", "iut", "eve", "ve", "et", "it", "in", "ut", "un", "es", "en", "se", "ne", "ja", "ia", "a", "i", "u", "s", "n", "t"}

// Short lower-case endings Albanian writes after a hyphen on acronyms and
// foreign names: SHBA-ja, SHBA-së, OKB-në, BE-ja.
var sqHyphenEndings = map[string]bool{
	"ja": true, "se": true, "ne": true, "ve": true, "t": true, "i": true, "a": true,
	"s": true, "n": true, "u": true, "ut": true, "un": true, "it": true, "in": true, "ni": true,
	"es": true, "en": true, "et": true, "ri": true, "rit": true, "rin": true,
}

// sqStems returns candidate base forms of an inflected Albanian name:
// the bare stem and the stem with the indefinite endings -ë, -i and -a
// (Moskës → moske, Rusisë → rusi, Organizatës → organizata).
func sqStems(w string) []string {
	out := []string{w}
	for _, e := range sqEndings {
		if !strings.HasSuffix(w, e) {
			continue
		}
		stem := w[:len(w)-len(e)]
		if utf8.RuneCountInString(stem) < 3 {
			continue
		}
		out = append(out, stem, stem+"e", stem+"i", stem+"a")
	}
	return out
}

// sqCanon returns one canonical stem of an Albanian word, for keys of
// names the gazetteer does not know: the longest case ending is cut while
// four letters remain, so Partia, Partisë and Partinë share "part".
func sqCanon(w string) string {
	if base, end, ok := strings.Cut(w, "-"); ok && sqHyphenEndings[end] {
		return base
	}
	for _, e := range sqEndings { // longest first
		if stem, ok := strings.CutSuffix(w, e); ok && utf8.RuneCountInString(stem) >= 4 {
			return stem
		}
	}
	return w
}

// swPrefixes are Swahili noun-class prefixes that turn a country into a
// language or manner (Ki-), a person (M-, Mw-) or people (Wa-):
// Kirusi, Mrusi, Warusi ← Urusi; Wamarekani ← Marekani.
var swPrefixes = []string{"ki", "wa", "mw", "m"}

// swStems returns the country forms a Swahili demonym may derive from.
func swStems(w string) []string {
	var out []string
	for _, p := range swPrefixes {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || utf8.RuneCountInString(rest) < 3 {
			continue
		}
		out = append(out, rest, "u"+rest)
	}
	return out
}

// variants lists the base forms of one written token in language lang,
// the token itself first.
func variants(tok, lang string) []variant {
	f := Fold(tok)
	out := []variant{{form: f, keep: len(tok)}}
	switch lang {
	case "sq":
		base, end, hyph := strings.Cut(f, "-")
		if hyph && sqHyphenEndings[end] {
			out = append(out, variant{form: base, keep: len(tok)})
			f = base
		}
		for _, s := range sqStems(f)[1:] {
			out = append(out, variant{form: s, keep: len(tok)})
		}
	case "sw":
		for _, s := range swStems(f) {
			out = append(out, variant{form: s, keep: len(tok), derived: true})
		}
	}
	return out
}

// splitRunOn finds a name glued to a following lower-case word by scraped
// HTML ("Putinsigned", "Lamduring"): it returns the byte length of the
// longest prefix that isName accepts when the rest is a common word.
func splitRunOn(tok string, isName, isCommon func(string) bool) int {
	// Glued words come from English markup and are ASCII; skipping other
	// words spares a normalisation per split point.
	if ascii, _ := asciiCase(tok); !ascii || len(tok) < 6 {
		return 0
	}
	for i := len(tok) - 2; i >= 3; i-- {
		if !utf8.RuneStart(tok[i]) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(tok[i:])
		if !unicode.IsLower(r) {
			continue
		}
		if isCommon(Fold(tok[i:])) && isName(Fold(tok[:i])) {
			return i
		}
	}
	return 0
}
