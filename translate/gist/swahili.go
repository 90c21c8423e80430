package gist

import "strings"

// Swahili morphology. Nouns: the lexicon lists singulars; regular plurals
// (m-/wa-, m-/mi-, ki-/vi-, ch-/vy-, ji-/ma-, ∅/ma-) and the locative -ni are
// derived here. Verbs: [negative] subject tense [relative] [object] root
// [extensions] final-vowel, or ku- infinitives, e.g. a-na-tazam-iw-a.

// swPlural maps a plural noun-class prefix to the singular prefixes it pairs with.
var swPlural = []struct{ pl, sg string }{
	{"wa", "m"}, {"wa", "mw"}, {"wa", "mu"}, {"mi", "m"}, {"mi", "mw"}, {"vi", "ki"}, {"vy", "ch"},
	{"ma", ""}, {"ma", "ji"}, {"ma", "j"}, {"me", "ji"}, {"ny", "u"}, {"n", "u"},
}

// swAdjPrefix lists adjective concord prefixes, longest first.
var swAdjPrefix = []string{"mw", "wa", "ki", "vi", "ch", "vy", "ma", "mi", "ji", "li", "ny", "ku", "pa", "mu", "m", "n", "u", "w", "y", "z", "j", "k", "v", "p"}

type swVerbParse struct {
	gloss              string
	part               string // participle given by a "be …" gloss
	tense              string // "", na, li, ta, me, ki, nge, ngali, ka, hu, a, ku (infinitive), sha
	neg, pass, rel, pl bool
	class2             bool // subject wa-/hawa-: people ("they")
	person             int  // 1, 2 or 3
}

var (
	swSubjects = []struct {
		m      string
		pl     bool
		person int
	}{
		{"ni", false, 1}, {"tu", true, 1}, {"wa", true, 3}, {"ya", true, 3}, {"vi", true, 3},
		{"zi", true, 3}, {"li", false, 3}, {"ki", false, 3}, {"ku", false, 3}, {"pa", false, 3},
		{"mu", true, 2}, {"yu", false, 3}, {"a", false, 3}, {"u", false, 3}, {"i", false, 3},
		{"m", true, 2},
	}
	swNegSubjects = []struct {
		m      string
		pl     bool
		person int
	}{
		{"hatu", true, 1}, {"hawa", true, 3}, {"haya", true, 3}, {"havi", true, 3}, {"hazi", true, 3},
		{"hali", false, 3}, {"haki", false, 3}, {"haku", false, 3}, {"hapa", false, 3}, {"ham", true, 2},
		{"hai", false, 3}, {"hau", false, 3}, {"ha", false, 3}, {"si", false, 1}, {"hu", false, 2},
	}
	swTenses   = []string{"ngali", "nge", "na", "li", "ta", "me", "ki", "ka", "ja", "sha", "ku", "a"}
	swRelative = []string{"ye", "cho", "vyo", "lo", "yo", "zo", "po", "ko", "mo", "o"}
	swObjects  = []string{"", "ji", "ni", "ku", "tu", "wa", "zi", "ki", "vi", "li", "ya", "pa", "mw", "mu", "m", "i", "u"}
)

// swNoun finds a noun through its plural form; strict (for capitalised
// words inside a sentence) asks for a stem of three letters or more.
func (l *lexicon) swNoun(w string, strict bool) (entry, bool) {
	minStem := 2
	if strict {
		minStem = 3
	}
	for _, p := range swPlural {
		if !strings.HasPrefix(w, p.pl) || len(w) < len(p.pl)+minStem {
			continue
		}
		if e, ok := l.words[p.sg+w[len(p.pl):]]; ok && (e.pos == pNoun || e.pos == pName) {
			e.pl = e.pos == pNoun
			return e, true
		}
	}
	return entry{}, false
}

// swLocative handles "nchini" (in the country), "vijijini" (in villages);
// the caller adds "in" after inflecting the noun.
func (l *lexicon) swLocative(w string) (entry, bool) {
	base, ok := strings.CutSuffix(w, "ni")
	if !ok || len(base) < 2 {
		return entry{}, false
	}
	e, ok := l.words[base]
	if !ok {
		e, ok = l.swNoun(base, false)
	}
	if !ok || e.pos != pNoun || e.gloss == "" {
		return entry{}, false
	}
	return e, true
}

// swAdj strips an adjective concord prefix: "makubwa" → "big".
func (l *lexicon) swAdj(w string) (entry, bool) {
	for _, p := range swAdjPrefix {
		if g, ok := l.adjs[strings.TrimPrefix(w, p)]; ok && strings.HasPrefix(w, p) {
			return entry{gloss: g, pos: pAdj}, true
		}
	}
	return entry{}, false
}

// swVerb parses an inflected verb; it prefers parses that consume the word
// with a root found directly in the lexicon.
func (l *lexicon) swVerb(w string) (swVerbParse, bool) {
	if len(w) < 4 {
		return swVerbParse{}, false
	}
	// ku- before kuto-: ku-tolewa (to be issued) is not kuto-lewa.
	if rest, ok := strings.CutPrefix(w, "ku"); ok {
		if v, ok := l.swBody(rest); ok {
			v.tense = "ku"
			return v, true
		}
	}
	if rest, ok := strings.CutPrefix(w, "kuto"); ok {
		if v, ok := l.swBody(rest); ok {
			v.tense, v.neg = "ku", true
			return v, true
		}
	}
	if rest, ok := strings.CutPrefix(w, "kw"); ok && len(rest) > 2 && isVowel(rest[0]) {
		if v, ok := l.swRoot(rest); ok { // kw-enda, kw-isha
			v.tense = "ku"
			return v, true
		}
	}
	if rest, ok := strings.CutPrefix(w, "hu"); ok { // habitual
		if v, ok := l.swRoot(rest); ok {
			v.tense = "hu"
			return v, true
		}
	}
	for _, s := range swNegSubjects {
		if rest, ok := strings.CutPrefix(w, s.m); ok {
			if v, ok := l.swTense(rest, true); ok {
				v.neg, v.pl, v.person, v.class2 = true, s.pl, s.person, s.m == "hawa"
				return v, true
			}
		}
	}
	for _, s := range swSubjects {
		if rest, ok := strings.CutPrefix(w, s.m); ok {
			if v, ok := l.swTense(rest, false); ok {
				v.pl, v.person, v.class2 = s.pl, s.person, s.m == "wa"
				return v, true
			}
		}
	}
	return swVerbParse{}, false
}

func (l *lexicon) swTense(w string, neg bool) (swVerbParse, bool) {
	if neg { // present negative: ha-fany-i
		if v, ok := l.swRoot(w); ok && strings.HasSuffix(w, "i") {
			v.tense = "na"
			return v, true
		}
	}
	for _, t := range swTenses {
		rest, ok := strings.CutPrefix(w, t)
		if !ok || (t == "a" && neg) {
			continue
		}
		if v, ok := l.swBody(rest); ok {
			v.tense = t
			if neg && t == "ku" {
				v.tense = "li" // ha-wa-ku-fanya: negative past
			}
			return v, true
		}
		if t == "ta" { // future relative: a-ta-ka-ye-fanya
			rest = strings.TrimPrefix(rest, "ka")
		}
		if t != "na" && t != "li" && t != "ki" && t != "ta" {
			continue
		}
		for _, r := range swRelative {
			if body, ok := strings.CutPrefix(rest, r); ok {
				if v, ok := l.swBody(body); ok {
					v.tense, v.rel = t, true
					return v, true
				}
			}
		}
	}
	return swVerbParse{}, false
}

// swBody strips an optional object marker, then finds the root.
func (l *lexicon) swBody(w string) (swVerbParse, bool) {
	for _, o := range swObjects {
		if rest, ok := strings.CutPrefix(w, o); ok && len(rest) >= 2 {
			if v, ok := l.swRoot(rest); ok {
				return v, true
			}
			// monosyllabic verbs keep ku- after prefixes: a-na-ku-ja.
			if rest, ok := strings.CutPrefix(rest, "ku"); ok {
				if g, ok := l.verbs[rest]; ok {
					return swVerbParse{gloss: g}, true
				}
			}
		}
	}
	return swVerbParse{}, false
}

// swExtensions maps a derivational suffix (with final vowel) to the final it
// replaces; pass marks the passive.
var swExtensions = []struct {
	suf, repl string
	pass      bool
}{
	{"wa", "a", true}, {"liwa", "a", true}, {"lewa", "a", true}, {"iwa", "a", true}, {"ewa", "a", true},
	{"iwa", "i", true}, {"iwa", "u", true}, {"ewa", "e", true}, {"wa", "ia", true}, {"wa", "ea", true},
	{"isha", "a", false}, {"esha", "a", false}, {"ana", "a", false}, {"ika", "a", false},
	{"eka", "a", false}, {"lia", "a", false}, {"lea", "a", false}, {"ia", "a", false},
	{"ea", "a", false}, {"ia", "i", false}, {"ia", "u", false}, {"e", "a", false}, {"i", "a", false},
}

// swRoot finds root+extensions+final vowel in the verb lexicon.
func (l *lexicon) swRoot(w string) (swVerbParse, bool) {
	if g, ok := l.verbs[w]; ok {
		return swVerbParse{gloss: g}, true
	}
	var buf [64]byte
	for _, x := range swExtensions {
		base, ok := strings.CutSuffix(w, x.suf)
		if !ok || len(base) < 2 || len(base)+len(x.repl) > len(buf) {
			continue
		}
		key := append(append(buf[:0], base...), x.repl...)
		if g, ok := l.verbs[string(key)]; ok { // no allocation: map index by []byte conversion
			return swVerbParse{gloss: g, pass: x.pass}, true
		}
	}
	return swVerbParse{}, false
}

// render turns a parse into English, keeping tense, number and voice.
func (v swVerbParse) render(en *english) string {
	if p, ok := strings.CutPrefix(v.gloss, "be "); ok && !v.pass {
		// a lexicon passive ("kamatwa" = be arrested) inflects as one
		v.pass, v.part = true, p
	}
	g := v.gloss
	third := v.person == 3 && !v.pl
	be, have := "are", "have"
	if third {
		be, have = "is", "has"
	} else if v.person == 1 && !v.pl {
		be = "am"
	}
	var s string
	switch {
	case v.tense == "ku" && v.neg:
		s = "not to " + g
	case v.tense == "ku":
		s = "to " + g
		if v.pass {
			s = "to be " + v.participle(en)
		}
	case v.neg && v.pass:
		s = v.renderNegPass(en, be)
	case v.neg:
		s = v.renderNeg(en, third)
	case v.pass:
		s = v.renderPass(en, be, have)
	default:
		s = v.renderActive(en, third, have)
	}
	if v.rel {
		s = "that " + s
	}
	return s
}

func (v swVerbParse) renderActive(en *english, third bool, have string) string {
	g := v.gloss
	if g == "can" { // -weza: a modal with no future or perfect of its own
		switch v.tense {
		case "ta":
			return "will be able"
		case "me":
			return have + " been able"
		case "ki":
			return "being able"
		case "nge":
			return "could"
		}
	}
	switch v.tense {
	case "li", "ka":
		if w, rest := headWord(g); w == "be" && (v.pl || v.person == 2) {
			return "were" + rest // tulikuwa: we were
		}
		return en.Past(g)
	case "ta":
		return "will " + g
	case "me":
		return have + " " + en.Participle(g)
	case "sha":
		return have + " already " + en.Participle(g)
	case "ki":
		return en.Gerund(g)
	case "nge":
		return "would " + g
	case "ngali":
		return "would have " + en.Participle(g)
	}
	if third {
		return en.Third(g)
	}
	return g
}

func (v swVerbParse) participle(en *english) string {
	if v.part != "" {
		return v.part
	}
	return en.Participle(v.gloss)
}

func (v swVerbParse) renderPass(en *english, be, have string) string {
	p := v.participle(en)
	switch v.tense {
	case "li", "ka":
		if be == "is" || be == "am" {
			return "was " + p
		}
		return "were " + p
	case "ta":
		return "will be " + p
	case "me", "sha":
		return have + " been " + p
	case "nge", "ngali":
		return "would be " + p
	}
	return be + " " + p
}

func (v swVerbParse) renderNegPass(en *english, be string) string {
	p := v.participle(en)
	switch v.tense {
	case "ku", "li":
		if be == "are" {
			return "were not " + p
		}
		return "was not " + p
	case "ta":
		return "will not be " + p
	case "ja":
		return "has not yet been " + p
	}
	return be + " not " + p
}

func (v swVerbParse) renderNeg(en *english, third bool) string {
	g := v.gloss
	switch v.tense {
	case "ku", "li":
		return "did not " + g
	case "ta":
		return "will not " + g
	case "ja":
		if third {
			return "has not yet " + en.Participle(g)
		}
		return "have not yet " + en.Participle(g)
	case "nge":
		return "would not " + g
	}
	if third {
		return "does not " + g
	}
	return "do not " + g
}
