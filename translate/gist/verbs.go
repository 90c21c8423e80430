package gist

import "strings"

// Verb-phrase rules that look at neighbouring words: modals, Albanian
// participles and negation, Swahili infinitives and "kuwa na" (have).

var modals = map[string]bool{"will": true, "can": true, "must": true, "should": true, "may": true,
	"would": true, "could": true, "might": true, "will not": true, "cannot": true, "must not": true,
	"should not": true, "can not": true}

// resolveVerbs applies the rules left to right.
func (m *model) resolveVerbs(us []unit, lang string) {
	for i := range us {
		if !joined(us, i) {
			continue
		}
		if modals[strings.ToLower(us[i].en)] {
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

func (m *model) sqVerbRules(us []unit, i int) {
	u, next := &us[i], &us[i+1]
	switch {
	case strings.EqualFold(u.src, "duke") && next.ptcp && next.base != "":
		next.en = m.en.Gerund(next.base) // duke punuar → working
	case strings.EqualFold(u.src, "për") && next.pos == pLink && joined(us, i+1) &&
		us[i+2].ptcp && us[i+2].base != "":
		u.en, next.en, us[i+2].en = "", "to", us[i+2].base // për të ndryshuar → to change
	case u.pos == pLink && next.ptcp:
		u.en = "" // të shqetësuar → worried
	case (u.en == "not") && next.pos == pVerb && next.base != "":
		switch next.en {
		case m.en.Third(next.base):
			u.en, next.en = "does not", next.base
		case m.en.Past(next.base):
			u.en, next.en = "did not", next.base
		}
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
	case u.pos == pVerb && u.base == "be" && strings.EqualFold(next.src, "na"):
		v := u.sw
		v.gloss = "have" // alikuwa na → had
		u.en, next.en = v.render(&m.en), ""
	case u.pos == pVerb && strings.HasSuffix(strings.ToLower(u.src), "ana") && strings.EqualFold(next.src, "na"):
		next.en = "with" // reciprocal: kukutana na → meet with
	}
}
