package gist

import "strings"

// Verb-phrase rules that look at neighbouring words: modals, Albanian
// participles and negation, Swahili infinitives and "kuwa na" (have).

var modals = map[string]bool{"will": true, "can": true, "must": true, "should": true, "may": true,
	"would": true, "could": true, "might": true, "will not": true, "cannot": true, "must not": true,
	"should not": true, "can not": true}

// resolveVerbs applies the rules left to right.
func (m *model) resolveVerbs(us []unit, lang string) {
	if lang == "sq" {
		m.sqParticiples(us)
	}
	for i := range us {
		if !joined(us, i) {
			continue
		}
		if modals[strings.ToLower(us[i].en)] || strings.HasSuffix(us[i].en, " to") {
			m.afterModal(us, i)
			continue
		}
		if lang == "sq" {
			m.sqVerbRules(us, i)
		} else {
			m.swVerbRules(us, i)
		}
	}
}

// afterModal gives the verb after a modal its bare form: "do të thotë" →
// "will say", "kinapaswa kubadilishwa" → "should be changed".
func (m *model) afterModal(us []unit, i int) {
	j := i + 1
	if us[j].pos == pLink && joined(us, j) { // sq: mund të shkojë
		us[j].en = ""
		j++
	}
	v := &us[j]
	switch {
	case v.pos == pVerb && v.inf:
		v.en = strings.TrimPrefix(v.en, "to ")
	case v.pos == pVerb && v.base != "" && !v.ptcp:
		v.en = v.base
	case strings.EqualFold(v.src, "kuwa"):
		v.en = "be"
	}
}

// sqAuxiliaries take a participle: ka punuar, është shprehur, duke shtuar.
var sqAuxiliaries = map[string]bool{"ka": true, "kanë": true, "kam": true, "kemi": true, "keni": true,
	"kishte": true, "kishin": true, "kisha": true, "kishim": true, "është": true, "janë": true,
	"ishte": true, "ishin": true, "jam": true, "jemi": true, "duke": true, "pa": true, "u": true,
	"kanë qenë": true, "ka qenë": true, "ketë": true, "kenë": true, "paska": true}

// sqPassiveAux: "është" + participle is a passive perfect (është arrestuar:
// has been arrested), unlike "ka" + participle (ka arritur: has arrived).
var sqPassiveAux = map[string]string{"është": "has been", "janë": "have been", "ishte": "had been",
	"ishin": "had been", "u": ""}

// sqParticiples re-reads the word after an auxiliary as a participle: the
// longest-stem reading may be a finite form of another verb. Words of the
// hand-written lexicon keep their entry.
func (m *model) sqParticiples(us []unit) {
	for i := range us {
		afterVerb := i > 0 && joined(us, i-1) && (us[i-1].pos == pVerb || modals[strings.ToLower(us[i-1].en)])
		takesVerb := (strings.EqualFold(us[i].src, "të") && afterVerb) || // synon të forcojë
			strings.HasSuffix(strings.ToLower(us[i].src), " të") // phrases: pritet të, mund të
		if takesVerb && joined(us, i) && us[i+1].pos != pVerb {
			if a, ok := m.sqm.verb(us[i+1].low()); ok {
				next := &us[i+1]
				next.en, next.pos, next.base, next.ptcp = a.lex.gloss, pVerb, a.lex.gloss, a.has("ptcp")
			}
		}
		if !joined(us, i) || !sqAuxiliaries[strings.ToLower(us[i].src)] {
			continue
		}
		next := &us[i+1]
		if next.pos == pLink && next.en == "" && joined(us, i+1) { // duke i thënë
			next = &us[i+2]
		}
		if !next.ptcp && (next.base != "" || next.pass || next.pos == pAdj) && next.pos != pNoun && next.pos != pName {
			if a, ok := m.sqm.participle(next.low()); ok {
				e := a.entry(&m.en)
				next.en, next.pos, next.base, next.ptcp, next.pass = e.gloss, pVerb, a.lex.gloss, true, false
			}
		}
		if aux, ok := sqPassiveAux[strings.ToLower(us[i].src)]; ok && aux != "" && next.ptcp && next == &us[i+1] {
			us[i].en = aux
		}
	}
}

func (m *model) sqVerbRules(us []unit, i int) {
	u, next := &us[i], &us[i+1]
	switch {
	case u.pos == pVerb && strings.EqualFold(next.src, "nga") && sqPassiveEnglish(u.en):
		next.en = "by" // u prit nga nxënës: was received by pupils
	case strings.EqualFold(u.src, "duke") && next.ptcp && next.base != "":
		next.en = m.en.Gerund(next.base) // duke punuar → working
	case strings.EqualFold(u.src, "duke") && next.pos == pLink && joined(us, i+1) && us[i+2].ptcp && us[i+2].base != "":
		us[i+2].en = m.en.Gerund(us[i+2].base) // duke i thënë → telling
	case strings.EqualFold(u.src, "për") && next.pos == pLink && joined(us, i+1) && us[i+2].pos == pVerb:
		u.en, next.en = "", "to" // për të ndryshuar → to change
		if v := &us[i+2]; v.base != "" {
			v.en = v.base
		}
	case u.pos == pLink && next.ptcp:
		u.en = "" // të shqetësuar → worried
	case u.en == "not" && next.pos == pLink && next.en == "" && joined(us, i+1) && us[i+2].base != "":
		// nuk e njeh: skip the object clitic
		m.sqNegate(u, &us[i+2])
	case u.en == "not" && next.pos == pVerb && next.base != "":
		m.sqNegate(u, next)
	}
}

// sqPassiveEnglish reports an English passive rendering ("was received").
func sqPassiveEnglish(en string) bool {
	for _, aux := range []string{"was ", "were ", "is ", "are ", "been "} {
		if strings.HasPrefix(en, aux) || strings.Contains(en, " "+aux) {
			return true
		}
	}
	return false
}

// sqNegate renders "nuk" + verb with do-support: does not recognize.
func (m *model) sqNegate(neg, v *unit) {
	switch v.en {
	case m.en.Third(v.base):
		neg.en, v.en = "does not", v.base
	case m.en.Past(v.base):
		neg.en, v.en = "did not", v.base
	}
}

func (m *model) swVerbRules(us []unit, i int) {
	u, next := &us[i], &us[i+1]
	switch {
	case u.pos == pLink && next.pos == pVerb && next.inf:
		if strings.EqualFold(u.src, "kwa") { // kwa kurejelea → by referring
			u.en, next.en = "by", m.en.Gerund(next.base)
		} else { // mpango wa kubadilisha → plan to change
			u.en = ""
		}
	case u.pos == pVerb && u.base == "be" && next.pos == pVerb && next.base != "" && !next.inf &&
		(u.sw.tense == "li" || u.sw.tense == "ta"):
		// compound tenses: walikuwa wanaelekea → were heading;
		// walikuwa wamepotea → had got lost
		switch next.sw.tense {
		case "na", "ki":
			next.en = m.en.Gerund(next.base)
		case "me":
			if u.sw.tense == "li" {
				u.en = "had"
			} else {
				u.en = "will have"
			}
			next.en = m.en.Participle(next.base)
			if next.passive {
				next.en = "been " + next.sw.participle(&m.en)
			}
		}
	case u.pos == pVerb && u.base == "be" && strings.EqualFold(next.src, "na"):
		v := u.sw
		v.gloss = "have" // alikuwa na → had
		u.en, next.en = v.render(&m.en), ""
	case u.pos == pVerb && strings.HasSuffix(strings.ToLower(u.src), "ana") && strings.EqualFold(next.src, "na"):
		next.en = "with" // reciprocal: kukutana na → meet with
	}
}
