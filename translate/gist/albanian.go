package gist

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Albanian morphology. Verbs, adjectives and function words come from the
// UniParser lexicon (stems + flattened paradigm suffix tables, see
// internal/sqgen); nouns from the hand-written lexicon, found through their
// definite and case endings (Rusisë → Rusi, Vietnamin → Vietnam).

type sqRef struct {
	lex int32
	idx uint8
}

type sqLexeme struct {
	pos, paradigm, gloss string
}

// sqMorph analyses inflected forms against UniParser stems.
type sqMorph struct {
	lexemes  []sqLexeme
	stems    map[string][]sqRef
	suffixes map[string]string // paradigm \x00 stem index \x00 suffix → tags
	maxSuf   int               // longest suffix, in bytes
}

// load reads the derived UniParser file; glosses maps lemmas to English
// glosses that replace UniParser's first sense (jap: "give", not "(vt) give").
func (m *sqMorph) load(text string, glosses map[string]string) {
	n := strings.Count(text, "\n")
	m.stems, m.suffixes = make(map[string][]sqRef, 3*n), make(map[string]string, n/4)
	m.lexemes = make([]sqLexeme, 0, n)
	for len(text) > 0 {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		kind, rest, _ := strings.Cut(line, "\t")
		f1, rest, _ := strings.Cut(rest, "\t")
		f2, rest, _ := strings.Cut(rest, "\t")
		f3, f4, ok := strings.Cut(rest, "\t")
		if !ok {
			continue // comments and malformed lines
		}
		switch kind {
		case "P": // paradigm, stem index, suffix, tags
			key := f1 + "\x00" + f2 + "\x00" + f3
			if old, dup := m.suffixes[key]; dup && tagScore(old) >= tagScore(f4) {
				continue // homonymous endings: news prose favours 3rd person present
			}
			m.suffixes[key] = f4
			m.maxSuf = max(m.maxSuf, len(f3))
		case "L": // pos, paradigm, stems, gloss, lemma
			id := int32(len(m.lexemes))
			gloss, lemma, _ := strings.Cut(f4, "\t")
			if g, ok := glosses[lemma]; ok && !strings.HasSuffix(f2, "-1") {
				gloss = g // mediopassive lexemes keep their own intransitive gloss
			}
			m.lexemes = append(m.lexemes, sqLexeme{pos: f1, paradigm: f2, gloss: gloss})
			for i := 0; f3 != ""; i++ {
				var alts string
				alts, f3, _ = strings.Cut(f3, "|")
				for alts != "" {
					var stem string
					stem, alts, _ = strings.Cut(alts, "//")
					m.stems[stem] = append(m.stems[stem], sqRef{lex: id, idx: uint8(i)})
				}
			}
		}
	}
}

// tagScore ranks homonymous endings: "-n" is 2sg or 3sg present or 3pl
// aorist; third person, singular and present win, in that order.
func tagScore(tags string) int {
	s := 0
	for _, t := range strings.Split(tags, ".") {
		switch t {
		case "3":
			s += 4
		case "sg":
			s += 2
		case "pres", "aor":
			s++
		}
	}
	return s
}

// sqAnalysis is one reading of a word.
type sqAnalysis struct {
	lex  sqLexeme
	tags string
}

// analyse returns the reading with the longest stem; among readings of one
// stem, active paradigms win over mediopassive ("-1") ones, matching news
// usage, and verbs over adjectives. A verb participle beats a participial
// adjective lexeme of the same form (punuar: worked, not "in a form
// created by work").
func (m *sqMorph) analyse(w string) (sqAnalysis, bool) {
	first, found := m.analyseFrom(w)
	if !found || first.lex.pos == "V" {
		return first, found
	}
	for k := 1; k <= m.maxSuf && k <= len(w); k++ {
		if a, ok := m.analyseAt(w, k); ok && a.lex.pos == "V" && a.has("ptcp") {
			return a, true
		}
	}
	return first, true
}

func (m *sqMorph) analyseFrom(w string) (sqAnalysis, bool) {
	for k := 0; k <= m.maxSuf && k < len(w); k++ {
		if a, ok := m.analyseAt(w, k); ok {
			return a, true
		}
	}
	return sqAnalysis{}, false
}

// analyseAt reads w as a stem plus a k-byte suffix.
func (m *sqMorph) analyseAt(w string, k int) (sqAnalysis, bool) {
	if k >= len(w) || k > m.maxSuf {
		return sqAnalysis{}, false
	}
	stem, suf := w[:len(w)-k], w[len(w)-k:]
	if !utf8.ValidString(suf) {
		return sqAnalysis{}, false
	}
	best, found := sqAnalysis{}, false
	var buf [96]byte
	for _, r := range m.stems[stem] {
		lx := m.lexemes[r.lex]
		key := append(buf[:0], lx.paradigm...)
		key = append(key, 0)
		key = strconv.AppendInt(key, int64(r.idx), 10)
		key = append(key, 0)
		key = append(key, suf...)
		tags, ok := m.suffixes[string(key)] // no allocation: map index by []byte conversion
		if !ok && lx.paradigm == "unchangeable" && suf == "" {
			tags, ok = "", true
		}
		if !ok {
			continue
		}
		a := sqAnalysis{lex: lx, tags: tags}
		if !found || a.rank() > best.rank() {
			best, found = a, true
		}
	}
	return best, found
}

// participle returns a verb participle reading of w, if there is one; the
// renderer asks for it after auxiliaries (ka shtuar, duke shtuar).
func (m *sqMorph) participle(w string) (sqAnalysis, bool) {
	for k := 0; k <= m.maxSuf && k < len(w); k++ {
		if a, ok := m.analyseAt(w, k); ok && a.lex.pos == "V" && a.has("ptcp") {
			return a, true
		}
	}
	return sqAnalysis{}, false
}

// rank orders readings of one stem. Active forms take the active lexeme.
// Mediopassive forms take a mediopassive ("-1") lexeme glossed "be …"
// (quhet: is called, ndodhet: is situated), else the active lexeme as a
// passive (lejohet: is allowed), else any mediopassive gloss (duket: appears).
// verb returns the verb reading of w with the longest stem, if any: after
// "pritet të" a form like "marrë" is "take", not the adjective "crazy".
func (m *sqMorph) verb(w string) (sqAnalysis, bool) {
	for k := 0; k <= m.maxSuf && k < len(w); k++ {
		if a, ok := m.analyseAt(w, k); ok && a.lex.pos == "V" {
			return a, true
		}
	}
	return sqAnalysis{}, false
}

func (a sqAnalysis) rank() int {
	r := 0
	medio := strings.HasSuffix(a.lex.paradigm, "-1")
	switch {
	case !a.has("pass") && !medio:
		r += 4
	case a.has("pass") && medio && strings.HasPrefix(a.lex.gloss, "be "):
		r += 6
	case a.has("pass") && !medio:
		r += 4
	case a.has("pass"):
		r += 2
	}
	if a.lex.pos == "V" {
		r++
	}
	return r
}

func (a sqAnalysis) has(tag string) bool {
	for _, t := range strings.Split(a.tags, ".") {
		if t == tag {
			return true
		}
	}
	return false
}

// entry renders the reading as a lexicon entry with inflected English.
func (a sqAnalysis) entry(en *english) entry {
	g := a.lex.gloss
	switch a.lex.pos {
	case "V":
		return entry{gloss: a.renderVerb(en), pos: pVerb}
	case "A":
		return entry{gloss: g, pos: pAdj}
	case "ADV":
		return entry{gloss: g, pos: pAdv}
	case "NUM":
		return entry{gloss: g, pos: pNum}
	}
	return entry{gloss: g, pos: pFunc}
}

func (a sqAnalysis) renderVerb(en *english) string {
	g := a.lex.gloss
	third := a.has("3") && a.has("sg")
	past := a.has("aor") || a.has("ipf")
	switch {
	case a.has("ptcp"):
		return en.Participle(g)
	case a.has("pass") && strings.HasSuffix(a.lex.paradigm, "-1"):
		// a mediopassive lexeme glossed intransitively: duket "seem",
		// ndodhet "be located"
		return a.renderIntransitive(en, past, third)
	case a.has("pass") && past:
		if a.has("pl") {
			return "were " + en.Participle(g)
		}
		return "was " + en.Participle(g)
	case a.has("pass") && third:
		return "is " + en.Participle(g)
	case a.has("pass"):
		return "are " + en.Participle(g)
	case past:
		return en.Past(g)
	case third && a.has("pres") && !a.has("sbjv"):
		return en.Third(g)
	}
	return g
}

func (a sqAnalysis) renderIntransitive(en *english, past, third bool) string {
	g := a.lex.gloss
	if p, ok := strings.CutPrefix(g, "be "); ok {
		switch {
		case past && a.has("pl"):
			return "were " + p
		case past:
			return "was " + p
		case third:
			return "is " + p
		}
		return "are " + p
	}
	switch {
	case past:
		return en.Past(g)
	case third:
		return en.Third(g)
	}
	return g
}

// sqEnding is a noun ending: what it tells and which lemma finals it may
// have replaced (Kinës → Kinë, marrëveshjen → marrëveshje).
type sqEnding struct {
	suf      string
	def, pl  bool
	gen      bool
	restores []string
}

var sqEndings = []sqEnding{
	{"rave", true, true, true, nil}, {"ëve", true, true, true, nil}, {"eve", true, true, true, []string{"e", ""}},
	{"ave", true, true, true, []string{"ë", "a", ""}}, {"rat", true, true, false, nil},
	{"së", true, false, true, []string{""}}, {"ës", true, false, true, []string{"ë"}},
	{"es", true, false, true, []string{"e"}}, {"it", true, false, true, nil}, {"ut", true, false, true, nil},
	{"in", true, false, false, []string{"", "ë"}}, {"un", true, false, false, nil}, {"në", true, false, false, nil},
	{"ën", true, false, false, []string{"ë"}}, {"en", true, false, false, []string{"e", ""}},
	{"ja", true, false, false, nil}, {"ve", true, true, true, nil}, {"et", true, true, false, []string{"e", ""}},
	{"ët", true, true, false, []string{"ë", ""}}, {"at", true, true, false, []string{"ë", "a", ""}},
	{"ra", false, true, false, nil}, {"s", true, false, true, nil}, {"n", true, false, false, nil},
	{"ësh", false, true, false, []string{"ë", ""}}, {"esh", false, true, false, []string{"e", ""}},
	{"ash", false, true, false, []string{"ë", "a", ""}}, {"je", false, false, true, []string{"e"}},
	{"rit", true, false, true, nil}, {"rin", true, false, false, nil}, {"ri", true, false, false, nil},
	{"të", true, true, false, nil}, {"sh", false, true, false, nil},
	{"t", true, true, false, nil}, {"i", true, false, false, []string{"", "ë"}}, {"u", true, false, false, nil},
	{"a", true, false, false, []string{"ë", "", "e"}}, {"e", false, false, true, []string{"ë"}},
	{"e", false, true, false, nil},
	{"ë", false, false, false, nil},
}

// sqNoun finds a noun or name through its ending. def reports a definite
// form, which English renders with "the".
//
// strict (a capitalised word inside a sentence) asks for a longer stem, so
// that names are not read as short nouns (Mike is not mik-e, "friends").
func (l *lexicon) sqNoun(w string, strict bool) (e entry, def, gen, ok bool) {
	for _, end := range sqEndings {
		base, cut := strings.CutSuffix(w, end.suf)
		n := utf8.RuneCountInString(base)
		if !cut || n < 2 {
			continue
		}
		restores := end.restores
		if restores == nil {
			restores = []string{""}
		}
		for _, r := range restores {
			e, ok := l.words[base+r]
			if !ok && r == "" {
				e, ok = l.words[unsyncopate(base)] // emr-it → emër
			}
			if !ok || (e.pos != pNoun && e.pos != pName) || (strict && e.pos == pNoun && n < 4) {
				continue
			}
			e.pl = e.pl || (end.pl && e.pos == pNoun)
			return e, end.def, end.gen, true
		}
	}
	return entry{}, false, false, false
}

// unsyncopate restores the ë that nouns in -ër/-ël/-ëm lose before an
// ending: emr → emër, numr → numër, terrorizm → terrorizëm.
func unsyncopate(base string) string {
	n := len(base)
	if n < 3 || (base[n-1] != 'r' && base[n-1] != 'l' && base[n-1] != 'm') || isVowel(base[n-2]) {
		return ""
	}
	return base[:n-1] + "ë" + base[n-1:]
}
