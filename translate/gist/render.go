package gist

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is one source word or phrase with its English rendering.
type unit struct {
	src     string // source text covered (words joined by their separators)
	en      string // English; "" drops the unit
	det     string // glue determiner placed before the noun phrase ("the")
	sep     string // source text after the unit up to the next word
	pos     pos
	pl      bool        // plural noun
	def     bool        // sq definite form
	gen     bool        // sq genitive/dative form
	pass    bool        // passed through unchanged (unknown word, name, number)
	passive bool        // a passive verb ("na" after it means "by")
	base    string      // verbs: the uninflected English gloss
	ptcp    bool        // sq participle (ka punuar, duke punuar, për të punuar)
	inf     bool        // sw ku- infinitive
	sw      swVerbParse // sw verbs: the parse, for re-rendering
	srcCap  bool        // capitalised in the source
	start   bool        // first word of a source sentence
}

// translateText renders one segment; lang is "sw" or "sq".
func (m *model) translateText(lang, seg string) string {
	lead, units := m.units(lang, clean(seg))
	return emit(lead, units)
}

// units analyses and arranges a segment's words.
func (m *model) units(lang, s string) (string, []unit) {
	lead, toks := tokenize(s)
	for i := range toks {
		toks[i].low = strings.ToLower(toks[i].text)
	}
	lex := m.lexicon(lang)
	us := make([]unit, 0, len(toks))
	start := true
	for i := 0; i < len(toks); {
		toks[i].name = !start && capitalised(toks[i].text)
		u, n := m.phraseAt(lex, lang, toks[i:])
		if n == 0 {
			u, n = m.word(lang, lex, toks[i]), 1
		}
		u.sep = toks[i+n-1].sep
		u.start = start
		u.srcCap = capitalised(toks[i].text)
		start = endsSentence(u.sep)
		us = append(us, u)
		i += n
	}
	if lang == "sq" {
		resolveSqLinkers(us)
		resolveSqDates(us)
	} else {
		resolveSwLinkers(us)
	}
	m.resolveVerbs(us, lang)
	addArticles(us, lang, &m.en)
	reorder(us, lang, &m.en)
	fixArticles(us)
	return lead, us
}

func endsSentence(sep string) bool { return strings.ContainsAny(sep, ".!?\n…") }

// phraseAt matches the longest lexicon phrase starting at toks[0]; only
// words separated by plain spaces may form a phrase.
func (m *model) phraseAt(lex *lexicon, lang string, toks []token) (unit, int) {
	first := toks[0].low
	for _, p := range lex.phrases[first] {
		if len(p.words) > len(toks) {
			continue
		}
		ok := true
		for j := 1; j < len(p.words) && ok; j++ {
			w := toks[j].low
			if lang == "sq" && sqLinker(w) {
				w = "e"
			}
			ok = spaceOnly(toks[j-1].sep) && w == p.words[j]
		}
		if ok {
			n := len(p.words)
			var src strings.Builder
			for j := 0; j < n; j++ {
				src.WriteString(toks[j].text)
				if j < n-1 {
					src.WriteString(toks[j].sep)
				}
			}
			u := m.entryUnit(src.String(), p.e)
			u.gen = lang == "sq" && sqGenitive(first)
			return u, n
		}
	}
	return unit{}, 0
}

func (m *model) entryUnit(src string, e entry) unit {
	g := e.gloss
	if e.pl && e.pos == pNoun {
		g = m.en.Plural(g)
	}
	return unit{src: src, en: g, pos: e.pos, pl: e.pl}
}

func passThrough(w string) unit {
	p := pUnknown
	if capitalised(w) {
		p = pName
	}
	return unit{src: w, en: w, pos: p, pass: true}
}

// word renders a single token.
func (m *model) word(lang string, lex *lexicon, t token) unit {
	if t.num {
		return unit{src: t.text, en: t.text, pos: pNum, pass: true}
	}
	w := t.low
	if w == "" {
		w = strings.ToLower(t.text)
	}
	if e, ok := lex.words[w]; ok {
		u := m.entryUnit(t.text, e)
		u.gen = lang == "sq" && sqGenitive(w)
		return u
	}
	if allCaps(t.text) && !strings.ContainsAny(t.text, "-‑'’") || initial(t.text) {
		return passThrough(t.text) // acronyms and initials: ICC, NATO, Gennady S. Bezdetko
	}
	var u unit
	var ok bool
	if lang == "sq" {
		u, ok = m.sqWord(lex, w, t.name)
	} else {
		u, ok = m.swWord(lex, w, t.name)
	}
	if ok {
		u.src = t.text
		return u
	}
	if h := strings.IndexAny(t.text, "-‑'’"); h > 0 {
		return m.compound(lang, lex, t.text)
	}
	if lang == "sq" && capitalised(t.text) {
		if u, ok := sqName(t.text); ok {
			return u
		}
	}
	return passThrough(t.text)
}

// swWord analyses a Swahili word. A capitalised word inside a sentence is
// only read as a derived plural of a listed noun (Wajumbe), never as a verb
// or adjective form: it is most likely a name (Mike is not mi-ke, "wives").
func (m *model) swWord(lex *lexicon, w string, name bool) (unit, bool) {
	if e, ok := lex.swNoun(w, name); ok {
		return m.entryUnit(w, e), true
	}
	if name {
		return unit{}, false
	}
	if e, ok := lex.swLocative(w); ok {
		u := m.entryUnit(w, e)
		u.en, u.pos, u.pl = "in "+u.en, pAdv, false
		return u, true
	}
	if e, ok := lex.swAdj(w); ok {
		return m.entryUnit(w, e), true
	}
	if v, ok := lex.swVerb(w); ok {
		return unit{en: v.render(&m.en), pos: pVerb, passive: v.pass, base: v.gloss,
			inf: v.tense == "ku" && !v.neg, sw: v}, true
	}
	return unit{}, false
}

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

// compound renders hyphenated and apostrophed words part by part.
func (m *model) compound(lang string, lex *lexicon, w string) unit {
	parts := strings.FieldsFunc(w, func(r rune) bool { return strings.ContainsRune("-‑'’", r) })
	if lang == "sq" && len(parts) == 2 && sqCaseEndings[strings.ToLower(parts[1])] &&
		strings.ContainsAny(w, "-‑") {
		u := m.word(lang, lex, token{text: parts[0], num: numeric(parts[0])})
		u.src, u.gen = w, sqGenitive(strings.ToLower(parts[1]))
		return u
	}
	// Render each part in place, keeping the source's joiners
	// (L'Oreal, njëri-tjetrin, 30-vjetori).
	var b strings.Builder
	rest, any := w, false
	for _, p := range parts {
		i := strings.Index(rest, p)
		b.WriteString(rest[:i])
		rest = rest[i+len(p):]
		u := m.word(lang, lex, token{text: p, low: strings.ToLower(p), num: numeric(p)})
		b.WriteString(u.en)
		any = any || !u.pass
	}
	b.WriteString(rest)
	if !any {
		return passThrough(w)
	}
	u := unit{src: w, en: b.String(), pos: pNoun}
	if capitalised(w) {
		u.pos = pName
	}
	return u
}

// emit writes the units back with their separators, capitalising sentence
// starts and skipping dropped units without leaving stray spaces.
func emit(lead string, us []unit) string {
	b := make([]byte, 0, len(lead)+16*len(us))
	b = append(b, lead...)
	atStart := true
	for _, u := range us {
		text := u.en
		if text == "" {
			b = appendDroppedSep(b, u.sep)
			atStart = atStart || endsSentence(u.sep)
			continue
		}
		if u.srcCap && !u.start && !u.pass && u.pos != pFunc && u.pos != pLink && !strings.HasPrefix(text, "the ") {
			text = upperFirst(text)
		}
		if u.det != "" {
			text = u.det + " " + text
		}
		if atStart && !u.pass {
			text = upperFirst(text)
		}
		b = append(b, text...)
		b = append(b, u.sep...)
		atStart = endsSentence(u.sep)
	}
	return string(b)
}

// appendDroppedSep keeps a dropped unit's punctuation but not its space:
// with "e" dropped, "X e Y" becomes "X Y", "X e, Y" "X, Y" and "X e" "X".
func appendDroppedSep(b []byte, sep string) []byte {
	trimmed := strings.TrimLeft(sep, " \t")
	if len(b) == 0 {
		return append(b, trimmed...)
	}
	if last := b[len(b)-1]; last != ' ' && last != '\t' {
		return append(b, sep...)
	}
	if trimmed == "" && sep != "" {
		return b
	}
	return append(bytesTrimRightSpace(b), trimmed...)
}

func bytesTrimRightSpace(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// sqNameEndings are case endings stripped from unknown Albanian names
// (Putinit, Putinin → Putin); gen marks the genitive ones.
var sqNameEndings = []struct {
	suf string
	gen bool
}{{"it", true}, {"ut", true}, {"së", true}, {"ës", true}, {"in", false}, {"un", false}, {"i", false}}

// sqName strips a case ending from an unknown capitalised word when what
// remains still looks like a name ending in a consonant.
func sqName(w string) (unit, bool) {
	for _, e := range sqNameEndings {
		base, ok := strings.CutSuffix(w, e.suf)
		if !ok || len(base) < 4 || (e.suf == "i" && len(base) < 5) {
			continue
		}
		last := base[len(base)-1]
		if last >= 0x80 || isVowel(last|0x20) || last == 'y' {
			continue
		}
		if e.suf == "ës" || e.suf == "së" {
			continue // feminine names keep their vowel; too risky to guess
		}
		return unit{src: w, en: base, pos: pName, gen: e.gen, pass: true}, true
	}
	return unit{}, false
}

// initial reports whether w is a single capital letter (a name's initial).
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
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

// resolveSwLinkers drops a Swahili "of" before an adjective, which then
// moves before its noun (Mahakama ya Kimataifa → International Court; a
// Ki- language name after "of" is the adjective: ya Kirusi → Russian);
// renders "na" after a passive verb as "by" and "mwezi" before a month as "in".
func resolveSwLinkers(us []unit) {
	for i := range us {
		if !joined(us, i) {
			continue
		}
		next := &us[i+1]
		switch {
		case us[i].pos == pLink && next.pos == pName && !next.pass && len(next.src) > 2 &&
			strings.EqualFold(next.src[:2], "ki"):
			next.pos = pAdj
			us[i].en = ""
		case us[i].pos == pLink && next.pos == pAdj:
			us[i].en = ""
		case us[i].pos == pVerb && us[i].passive && strings.EqualFold(next.src, "na"):
			next.en = "by"
		case strings.EqualFold(us[i].src, "mwezi") && next.pos == pMonth:
			us[i].en, us[i].pos = "in", pFunc
		}
	}
}
