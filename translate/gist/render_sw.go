package gist

import "strings"

// Swahili word analysis and the renderer's Swahili-only rules.

// swPronouns renders the subject prefix of a clause-initial verb whose
// subject is not written (tulikuwa → we were). Third person singular is
// left out: the prefix does not tell "he" from "she".
func swPronouns(us []unit) {
	for i := range us {
		v := &us[i]
		if v.pos != pVerb || v.base == "" || v.sw.tense == "ku" || v.sw.rel || v.sw.tense == "hu" {
			continue
		}
		if i > 0 && joined(us, i-1) {
			switch us[i-1].en {
			case "and", "but", "that", "because", "when", "if", "so", "then", "while":
			default:
				continue // a written subject, or the verb continues a phrase
			}
		}
		var p string
		switch {
		case v.sw.person == 1 && v.sw.pl:
			p = "we"
		case v.sw.person == 1:
			p = "I"
		case v.sw.person == 2:
			p = "you"
		case v.sw.class2:
			p = "they"
		}
		if p != "" {
			v.en = p + " " + v.en
		}
	}
}

// swPluralConcord are words whose class-10 concord marks the noun before
// them as plural.
var swPluralConcord = map[string]bool{"za": true, "hizi": true, "hizo": true, "zile": true, "zote": true,
	"nyingi": true, "zake": true, "zao": true, "zetu": true, "zangu": true, "zako": true, "zenu": true,
	"zilizo": true, "zinazo": true, "zenye": true, "zisizo": true}

// swWithNouns are nouns of relation after which "na" means "with".
var swWithNouns = map[string]bool{"uhusiano": true, "mahusiano": true, "ushirikiano": true,
	"mazungumzo": true, "makubaliano": true, "mkutano": true, "vita": true, "mzozo": true,
	"mapigano": true, "urafiki": true, "mkataba": true, "mgogoro": true, "majadiliano": true}

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
		passive := v.pass || strings.HasPrefix(v.gloss, "be ")
		return unit{en: v.render(&m.en), pos: pVerb, passive: passive, base: v.gloss,
			inf: v.tense == "ku" && !v.neg, sw: v}, true
	}
	return unit{}, false
}

// resolveSwLinkers drops a Swahili "of" before an adjective, which then
// moves before its noun (Mahakama ya Kimataifa → International Court; a
// Ki- language name after "of" is the adjective: ya Kirusi → Russian);
// renders "na" after a passive verb as "by" and "mwezi" before a month as "in".
func resolveSwLinkers(us []unit, en *english) {
	for i := range us {
		if !joined(us, i) {
			continue
		}
		next := &us[i+1]
		if us[i].pos == pNoun && !us[i].pl && swPluralConcord[strings.ToLower(next.src)] && !en.IsPlural(us[i].en) {
			// n-class nouns look the same in both numbers; the class-10
			// concord after them tells: bendera za → flags
			us[i].en, us[i].pl = en.Plural(us[i].en), true
		}
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
		case isNoun(us[i]) && strings.EqualFold(next.src, "wao"):
			next.en, next.pos = "their", pPoss // mkutano wao: their meeting
		case swWithNouns[strings.ToLower(us[i].src)] && strings.EqualFold(next.src, "na"):
			next.en = "with" // uhusiano na Kim: relations with Kim
		case strings.EqualFold(next.src, "kuwa") && us[i].pos != pVerb && joined(us, i+1) &&
			(us[i+2].pos == pNoun || us[i+2].pos == pAdj || us[i+2].pos == pName):
			next.en = "to be" // ni rahisi kuwa rais: easy to be president
		}
	}
}
