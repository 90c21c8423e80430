package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// variantsOf returns (and caches) the base forms of word token i.
func (d *doc) variantsOf(i int) []variant {
	if d.vars[i] != nil {
		return d.vars[i]
	}
	w := d.word(i)
	vs := variants(w, d.lang)
	if d.lang == "sq" {
		for k := range vs {
			vs[k].form = linkerClass("sq", vs[k].form)
		}
	} else if d.toks[i].capital && len(d.lx.gaz.first[vs[0].form]) == 0 {
		vs = append(vs, d.gluedVariants(w)...)
	}
	d.vars[i] = vs
	return vs
}

// gluedVariants undoes two kinds of joining outside Albanian: a hyphen
// before a lower-case word ("US-led" → US) and a name run together with
// the next word by scraped HTML ("Putinsigned" → Putin).
func (d *doc) gluedVariants(w string) []variant {
	if k := strings.LastIndexAny(w, "-‐‑"); k > 0 {
		r, _ := utf8.DecodeRuneInString(w[k+1:])
		if r == utf8.RuneError {
			_, sz := utf8.DecodeRuneInString(w[k:])
			r, _ = utf8.DecodeRuneInString(w[k+sz:])
		}
		if unicode.IsLower(r) {
			return []variant{{form: Fold(w[:k]), keep: k}}
		}
	}
	g := d.lx.gaz
	if k := splitRunOn(w, func(s string) bool { return g.names[s] }, d.isGlueTail); k > 0 {
		return []variant{{form: Fold(w[:k]), keep: k}}
	}
	return nil
}

// isGlueTail reports whether s is a common word that may have been run
// into a preceding name, excluding endings that also build place names.
func (d *doc) isGlueTail(s string) bool {
	switch s {
	case "town", "land", "ville", "burg", "field", "ton", "side", "stan", "shire", "wood", "port", "s", "es", "ese", "ian", "an", "n":
		return false
	}
	if d.common[s] {
		return true
	}
	// Verb forms glued to a name: "Putinsigned", "Bidenvisited".
	return len(s) >= 5 && (strings.HasSuffix(s, "ed") || strings.HasSuffix(s, "ing"))
}

// caseOK reports whether token j is written as alias token k of p needs.
func (d *doc) caseOK(j int, p *phrase, k int) bool {
	t := d.toks[j]
	switch {
	case p.acronym[k]:
		return t.allCaps || capsBeforeHyphen(d.word(j))
	case !p.caps[k]:
		return true
	case t.capital:
		if t.allCaps && !p.acronym[k] {
			// A headline in capitals (NEW YORK, HANOI); short one-word
			// names in capitals are more likely acronyms.
			return len(p.toks) > 1 || utf8.RuneCountInString(p.toks[k]) >= 4
		}
		return true
	}
	// Swahili news writes multi-word names in lower case after the first
	// word, or throughout (Afrika kusini, umoja wa mataifa).
	return d.lang == "sw" && (len(p.toks) > 1 || d.lowerCountry(p, d.fold(j)))
}

// matchPhrase reports whether p matches from token i, whose variant v
// matched p's first token; it returns the next token and the mention.
func (d *doc) matchPhrase(i int, p *phrase, v variant) (int, int, bool) {
	if !accepts(p.lang, d.lang) || !d.caseOK(i, p, 0) {
		return 0, 0, false
	}
	end, keep := i+1, v.keep
	for k := 1; k < len(p.toks); k++ {
		if v.keep != len(d.word(end-1)) {
			return 0, 0, false
		}
		j, ok := d.skipSep(end, p.seps[k])
		if !ok || !d.isWord(j) || !d.joined(j) || !d.caseOK(j, p, k) {
			return 0, 0, false
		}
		found := false
		for _, tv := range d.variantsOf(j) {
			if tv.form == p.toks[k] && !tv.derived {
				found, v = true, tv
				break
			}
		}
		if !found {
			return 0, 0, false
		}
		end, keep = j+1, v.keep
	}
	return end, d.toks[end-1].Start + keep, true
}

// skipSep steps over the punctuation tokens from j that spell sep, all
// on one line with only spaces around them, and returns the next token.
func (d *doc) skipSep(j int, sep string) (int, bool) {
	for sep != "" {
		if j >= len(d.toks) || d.toks[j].kind != punctTok || !d.joined(j) {
			return j, false
		}
		p := d.text[d.toks[j].Start:d.toks[j].End]
		rest, ok := strings.CutPrefix(sep, p)
		if !ok {
			return j, false
		}
		sep, j = rest, j+1
	}
	return j, true
}

// matchGaz finds the longest gazetteer alias starting at token i.
func (d *doc) matchGaz(i int) (Mention, int, bool) {
	g := d.lx.gaz
	var best Mention
	bestEnd := -1
	for _, v := range d.variantsOf(i) {
		for pi := range g.first[v.form] {
			p := &g.first[v.form][pi]
			if v.derived && (len(p.toks) > 1 || p.demonym || g.ents[p.ent].Type != Place) {
				continue
			}
			end, stop, ok := d.matchPhrase(i, p, v)
			// Longest wins; on a tie a name beats a demonym (Rusisë is
			// Russia, not "the Russian").
			if !ok || end < bestEnd || end == bestEnd && (best.Type != Other || p.demonym || v.derived) {
				continue
			}
			if len(p.toks) == 1 && d.ambiguousStart(i, v.form) {
				continue
			}
			e := g.ents[p.ent]
			typ := e.Type
			if p.demonym || v.derived {
				typ = Other
			}
			best, bestEnd = Mention{Start: d.toks[i].Start, End: stop, Type: typ, Key: e.Key}, end
		}
	}
	return best, bestEnd, bestEnd > 0
}

// ambiguousStart reports whether a one-word alias at token i is more
// likely a common word: it opens a sentence, is common in the language,
// and this text never capitalises it elsewhere (sw "Mali" = wealth).
func (d *doc) ambiguousStart(i int, form string) bool {
	if !d.initial[i] || d.toks[i].allCaps {
		return false // an acronym (WHO, CAR) is no common word
	}
	f := d.fold(i)
	return d.common[f] && !d.capMid[f] && form == f
}

// matchLower matches aliases at a lower-case token i: Albanian demonyms
// (rus, amerikane) and Swahili multi-word names written in lower case.
func (d *doc) matchLower(i int) (Mention, int, bool) {
	f := d.fold(i)
	ps := d.lx.gaz.first[f]
	if len(ps) == 0 {
		return Mention{}, 0, false
	}
	for pi := range ps {
		p := &ps[pi]
		if p.caps[0] && !(d.lang == "sw" && len(p.toks) > 2) && !d.lowerCountry(p, f) {
			continue
		}
		end, stop, ok := d.matchPhrase(i, p, variant{form: f, keep: len(d.word(i))})
		if !ok {
			continue
		}
		e := d.lx.gaz.ents[p.ent]
		typ := e.Type
		if p.demonym {
			typ = Other
		}
		return Mention{Start: d.toks[i].Start, End: stop, Type: typ, Key: e.Key}, end, true
	}
	return Mention{}, 0, false
}

// capsBeforeHyphen reports whether w is an acronym with an inflection
// after a hyphen, as Albanian writes them: SHBA-ja, OKB-së.
func capsBeforeHyphen(w string) bool {
	k := strings.IndexAny(w, "-‐‑")
	if k < 2 {
		return false
	}
	for _, r := range w[:k] {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// lowerCountry reports whether a Swahili text writing a place name in
// lower case ("marekani", "ulaya") may still mean the place: the alias is
// Swahili, one word, not a common word of the language.
func (d *doc) lowerCountry(p *phrase, f string) bool {
	return d.lang == "sw" && p.lang == "sw" && len(p.toks) == 1 && !p.demonym &&
		d.lx.gaz.ents[p.ent].Type == Place && utf8.RuneCountInString(f) >= 4 && !d.common[f]
}
