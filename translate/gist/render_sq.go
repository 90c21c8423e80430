package gist

import "strings"

// Albanian word analysis and the renderer's Albanian-only rules.

// sqWord analyses an Albanian word: nouns of the hand-written lexicon
// first, then UniParser forms, except for capitalised words inside a
// sentence (To Lam), which are names unless the lexicon lists them.
func (m *model) sqWord(lex *lexicon, w string, name bool) (unit, bool) {
	if e, def, gen, ok := lex.sqNoun(w, name); ok {
		u := m.entryUnit(w, e)
		u.def, u.gen = def, gen
		return u, true
	}
	if name {
		return unit{}, false
	}
	if a, ok := m.sqm.analyse(w); ok {
		u := m.entryUnit(w, a.entry(&m.en))
		if a.lex.pos == "V" {
			u.base, u.ptcp = a.lex.gloss, a.has("ptcp")
		}
		return u, true
	}
	return unit{}, false
}

// sqCaseEndings are endings written after a hyphen on acronyms and numbers
// (SHBA-ja, SHBA-së, NATO-s); English needs nothing for them.
var sqCaseEndings = map[string]bool{"ja": true, "së": true, "në": true, "s": true, "n": true,
	"i": true, "it": true, "in": true, "u": true, "ut": true, "un": true, "a": true, "ve": true,
	"t": true, "ës": true, "ën": true, "ra": true, "të": true, "et": true, "at": true, "ët": true,
	"e": true, "es": true, "en": true, "ja-s": true, "ve-t": true, "ave": true, "eve": true, "ëve": true}

// sqNameEndings are case endings stripped from unknown Albanian names
// (Putinit, Putinin → Putin); gen marks the genitive ones.
var sqNameEndings = []struct {
	suf string
	gen bool
}{{"it", true}, {"ut", true}, {"së", true}, {"ës", true}, {"in", false}, {"un", false}, {"i", false}}

// sqNameA restores the -a of feminine names (Arizonën, Arizonës →
// Arizona; Kaliforninë → Kalifornia).
var sqNameA = []struct {
	suf, repl string
	gen       bool
}{{"inë", "ia", false}, {"isë", "ia", true}, {"ën", "a", false}, {"ës", "a", true}}

// sqName strips a case ending from an unknown capitalised word when what
// remains still looks like a name ending in a consonant.
func sqName(w string) (unit, bool) {
	for _, e := range sqNameA {
		if base, ok := strings.CutSuffix(w, e.suf); ok && len(base) >= 4 {
			return unit{src: w, en: base + e.repl, pos: pName, gen: e.gen, guessed: true}, true
		}
	}
	for _, e := range sqNameEndings {
		base, ok := strings.CutSuffix(w, e.suf)
		if !ok || len(base) < 5 { // Putinin → Putin, but Martin stays Martin
			continue
		}
		last := base[len(base)-1]
		if last >= 0x80 || isVowel(last|0x20) || last == 'y' {
			continue
		}
		if e.suf == "ës" || e.suf == "së" {
			continue // feminine names keep their vowel; too risky to guess
		}
		return unit{src: w, en: base, pos: pName, gen: e.gen, guessed: true}, true
	}
	return unit{}, false
}

// sqGenitive reports whether an Albanian form ends like a genitive/dative
// (Rusisë, Vietnamit, shteteve, SHBA-së).
func sqGenitive(w string) bool {
	for _, e := range []string{"së", "ës", "es", "it", "ut", "ve"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return w == "s"
}

// resolveSqDates renders "më" before a date: "më 2017" → "in 2017",
// "më 20 qershor" → "on June 20".
func resolveSqDates(us []unit) {
	for i := range us {
		if !strings.EqualFold(us[i].src, "më") || !joined(us, i) {
			continue
		}
		switch next := us[i+1]; {
		case next.pos == pNum && len(next.en) == 4:
			us[i].en = "in"
		case next.pos == pNum || next.pos == pMonth:
			us[i].en = "on"
		}
	}
}
