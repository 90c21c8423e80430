package gist

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is one source word or phrase with its English rendering.
type unit struct {
	src      string // source text covered (words joined by their separators)
	en       string // English; "" drops the unit
	det      string // glue determiner placed before the noun phrase ("the")
	sep      string // source text after the unit up to the next word
	pos      pos
	pl       bool        // plural noun
	def      bool        // sq definite form
	gen      bool        // sq genitive/dative form
	pass     bool        // passed through unchanged (unknown word, name, number)
	passive  bool        // a passive verb ("na" after it means "by")
	base     string      // verbs: the uninflected English gloss
	ptcp     bool        // sq participle (ka punuar, duke punuar, për të punuar)
	inf      bool        // sw ku- infinitive
	sw       swVerbParse // sw verbs: the parse, for re-rendering
	midCap   bool        // capitalised in the source inside a sentence (Rais, Kimataifa)
	compound bool        // hyphenated or apostrophed word rendered part by part
	guessed  bool        // an unknown name with a case ending stripped (Putinit → Putin)
	start    bool        // first word of a source sentence
}

// low returns the unit's source text in lower case.
func (u *unit) low() string { return strings.ToLower(u.src) }

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
	start, title := true, titleCase(toks)
	for i := 0; i < len(toks); {
		toks[i].name = !start && !title && capitalised(toks[i].text)
		u, n := m.phraseAt(lex, lang, toks[i:])
		if n == 0 {
			u, n = m.word(lang, lex, toks[i]), 1
		}
		u.sep = toks[i+n-1].sep
		u.start = start
		u.midCap = !start && capitalised(toks[i].text)
		start = endsSentence(u.sep)
		us = append(us, u)
		i += n
	}
	if lang == "sq" {
		resolveSqLinkers(us)
		resolveSqDates(us)
	} else {
		resolveSwLinkers(us, &m.en)
	}
	m.resolveVerbs(us, lang)
	if lang == "sw" {
		swPronouns(us)
	}
	addArticles(us, lang, &m.en)
	reorder(us, lang, &m.en)
	fixArticles(us)
	return lead, us
}

// titleCase reports a headline in Title Case ("Tsunami na Mtetemeko wa
// Ardhi Zaleta Madhara"), where capitals do not mark names.
func titleCase(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.num || len(t.text) < 4 {
			continue // short function words are often lower case in titles
		}
		words++
		if capitalised(t.text) {
			caps++
		}
	}
	return words >= 3 && caps*4 >= words*3
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
	if e.pl && e.pos == pNoun && !m.en.IsPlural(g) {
		g = m.en.Plural(g) // not twice: personat is "the people", not "peoples"
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
	if initial(t.text) && strings.HasPrefix(t.sep, ".") {
		return passThrough(t.text) // a name's initial: Gennady S. Bezdetko
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
	if allCaps(t.text) && !strings.ContainsAny(t.text, "-‑'’") {
		return passThrough(t.text) // acronyms: ICC, NATO
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
	rest, known := w, false
	for _, p := range parts {
		i := strings.Index(rest, p)
		b.WriteString(rest[:i])
		rest = rest[i+len(p):]
		u := m.word(lang, lex, token{text: p, low: strings.ToLower(p), num: numeric(p)})
		b.WriteString(u.en)
		known = known || !u.pass
	}
	b.WriteString(rest)
	if !known {
		return passThrough(w)
	}
	// A compound takes part in no noun rule, its head being unknown; it
	// may still head an Albanian genitive (30-vjetori i traktatit).
	u := unit{src: w, en: b.String(), pos: pUnknown, compound: true}
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
		if u.midCap && !u.pass && u.pos != pFunc && u.pos != pLink && !strings.HasPrefix(text, "the ") {
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

// initial reports whether w is a single capital letter (a name's initial).
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}
