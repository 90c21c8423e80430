package entity

import (
	"strings"
	"unicode/utf8"
)

// unknown handles a capitalised token the gazetteer does not start a name
// at: it finds the run of name words there, trims what is not a name, and
// emits what is left with a guessed type. It returns the next token.
func (d *doc) unknown(i int) int {
	t := d.toks[i]
	w := d.word(i)
	f := Fold(w)
	switch {
	case d.isTitle(f) || neverNames[f]:
		return i + 1
	case t.allCaps:
		return d.acronym(i)
	case gluedCaps(w):
		return i + 1
	case strings.ContainsAny(w, "-‐‑") && len(d.gluedVariants(w)) > 0:
		return i + 1 // "Communist-run": an adjective, not a name
	}
	end, head := d.nameRun(i)
	s := i
	for s < end && d.trimLead(s, head != "") {
		s++
	}
	if s > i && s < end {
		return s // look at the rest afresh: it may open a known name
	}
	for end > s && d.trimTail(end-1) {
		end--
	}
	if s >= end {
		return max(end, i+1)
	}
	if !d.keepRun(s, end, head != "") {
		return end
	}
	typ := head
	if typ == "" {
		typ = d.guessType(s, end)
	}
	d.emit(d.unknownMention(s, end, typ))
	return end
}

// nameRun returns the end of the name candidate at token i and its head
// type, if a head word (or a known surname) types it.
func (d *doc) nameRun(i int) (int, Type) {
	end := d.capRun(i)
	if d.toks[end-1].possessive && d.isWord(end) {
		// "Wilson Center's Asia Program": one name across the possessive.
		if e2 := d.capRun(end); d.headType(end, e2) == Org {
			end = e2
		}
	}
	if head := d.headType(i, end); head != "" {
		return end, head
	}
	// A known name inside the run ends the candidate before it, unless it
	// is a surname after a given name: "Robert Trump", "Idriss Deby Itno"
	// are other people who share it.
	for j := i + 1; j < end; j++ {
		if m, mEnd, ok := d.matchGaz(j); ok {
			if m.Type == Person && mEnd == end && d.nameWord(j-1) {
				return end, Person
			}
			return j, ""
		}
	}
	return end, ""
}

// nameWord reports whether token j looks like part of a name: a
// capitalised word that is no title and no common word.
func (d *doc) nameWord(j int) bool {
	if !d.isWord(j) || !d.toks[j].capital || d.toks[j].allCaps {
		return false
	}
	f := d.fold(j)
	return !d.isTitle(f) && !d.common[f] && !d.lowered[f] && !calendarWords[f]
}

// trimLead reports whether token s at the front of a run is not part of
// the name: a title, a calendar word, a dot of an abbreviation, or a
// common word (with a head word, only one that opens the sentence).
func (d *doc) trimLead(s int, head bool) bool {
	if !d.isWord(s) {
		return true
	}
	f := d.fold(s)
	if d.isTitle(f) || calendarWords[f] || articles[f] {
		return true
	}
	common := d.common[f] || d.lowered[f] || d.glued(s)
	if head {
		return common && d.initial[s]
	}
	return common
}

var articles = words("the a an")

func (d *doc) trimTail(e int) bool {
	if !d.isWord(e) {
		return true
	}
	f := d.fold(e)
	return d.isTitle(f) || calendarWords[f] || (d.lang != "en" && d.lowered[f])
}

// glued reports whether token s is two common words run together by
// scraped HTML ("Thursdayto").
func (d *doc) glued(s int) bool {
	w := d.word(s)
	return splitRunOn(w, func(p string) bool { return d.common[p] || calendarWords[p] }, d.isGlueTail) > 0
}

// keepRun decides whether tokens [s,end) are a name: a lone word must not
// be a common word, a head word alone, or a sentence opener this text
// never capitalises elsewhere.
func (d *doc) keepRun(s, end int, head bool) bool {
	if end-s > 1 {
		if head && (d.lang == "en" || !d.common[d.fold(end-1)]) {
			return true // "Chuo Kikuu" alone is "the university", no name
		}
		for j := s; j < end; j++ {
			if d.isWord(j) && !d.common[d.fold(j)] {
				return true
			}
		}
		return false
	}
	f := d.fold(s)
	if d.common[f] || d.lowered[f] || creditWords[d.fold(s)] || d.glued(s) {
		return false
	}
	if orgHeads[d.lang][f] || placeHeads[d.lang][f] || orgHeads["en"][f] || placeHeads["en"][f] {
		return false
	}
	if utf8.RuneCountInString(f) < 2 || d.lang == "sw" && swGroupWord(f) {
		return false
	}
	return !d.initial[s] || d.capMid[f]
}

// acronym handles a word in capitals: a run of two or more is a headline
// or a photo credit (MANAN VATSYAYANA – POOL) and is skipped; a short one
// alone is an organisation (RKS, PCV) unless it is page furniture.
func (d *doc) acronym(i int) int {
	j := i + 1
	for d.isWord(j) && d.toks[j].allCaps && d.joined(j) {
		j++
	}
	if j-i > 1 {
		return j
	}
	w := d.word(i)
	n := utf8.RuneCountInString(w)
	if f := d.fold(i); n > 5 || creditWords[f] || neverNames[f] || d.common[f] && n > 3 {
		return i + 1
	}
	d.emit(d.unknownMention(i, i+1, Org))
	return i + 1
}

// guessType types an unknown name from the words around it.
func (d *doc) guessType(s, end int) Type {
	prev, next := d.prevWord(s), d.nextWord(end)
	switch {
	case d.isTitle(prev) || personCues[prev] || personCues[next]:
		return Person
	case orgCues[prev]:
		return Org
	case placeCues[prev]:
		return Place
	case end-s == 1 && d.lang == "en" && adjectiveLike(d.fold(s)):
		return Other // Kurdish, Islamic: adjectives, not names
	case end-s == 1 && d.lang == "en":
		// Measured on CoNLL-2003 dev: a lone unknown English name is most
		// often a team or company; in Swahili news, a place.
		return Org
	case end-s == 1:
		return Place
	}
	return Person
}

// adjectiveLike reports whether an English word has the ending of an
// adjective of nationality, religion or origin.
func adjectiveLike(f string) bool {
	for _, suf := range []string{"ish", "ese", "ic", "ian", "ean", "ist"} {
		if strings.HasSuffix(f, suf) && len(f) > len(suf)+2 {
			return true
		}
	}
	return false
}

// prevWord returns the folded word just before token s (skipping one
// abbreviation dot, as in "Bw. Kenyatta"), or "" after other punctuation.
func (d *doc) prevWord(s int) string {
	j := s - 1
	if j >= 0 && d.toks[j].kind == punctTok && d.text[d.toks[j].Start:d.toks[j].End] == "." {
		j--
	}
	if !d.isWord(j) {
		return ""
	}
	return d.fold(j)
}

func (d *doc) nextWord(e int) string {
	if !d.isWord(e) {
		return ""
	}
	return d.fold(e)
}

// linkSurnames gives a lone surname or given name the key of the full
// name this text uses elsewhere: "Lam said" after "To Lam", "Giang" after
// "Nguyen Khac Giang", "Kim's" after "Kim Jong Un".
func (d *doc) linkSurnames() {
	parts := map[string]Mention{}
	ambiguous := wordSet{}
	for _, m := range d.mentions {
		if m.Type != Person {
			continue
		}
		ws := strings.Fields(Fold(m.Text))
		if len(ws) < 2 {
			continue
		}
		for _, w := range []string{ws[0], ws[len(ws)-1]} {
			if old, ok := parts[w]; ok && old.Key != m.Key {
				ambiguous[w] = true
			}
			parts[w] = m
		}
	}
	for k, m := range d.mentions {
		if m.Known() || strings.ContainsAny(m.Text, " \u00a0") {
			continue
		}
		for _, v := range variants(m.Text, d.lang) {
			if full, ok := parts[v.form]; ok && !ambiguous[v.form] {
				d.mentions[k].Key, d.mentions[k].Type = full.Key, Person
				break
			}
		}
	}
}

// swGroupWord reports whether a lone Swahili word is a people, language
// or manner word built with a noun-class prefix (Waislamu, Wademokrat,
// Kiarabu), which news text capitalises but which names no one entity.
func swGroupWord(f string) bool {
	for _, p := range []string{"wa", "ki"} {
		if rest, ok := strings.CutPrefix(f, p); ok && utf8.RuneCountInString(rest) >= 4 {
			return true
		}
	}
	return false
}
