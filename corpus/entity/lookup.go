package entity

import (
	"hash/fnv"
	"slices"
	"strings"
)

// Lookup finds the entity a surface form names in language lang: a
// gazetteer name in any of its forms (Rusisë, Urusi, Russia) or a name
// seen in the corpus. Gazetteer entities the corpus never names are
// returned without mentions, so search can still expand them.
func (ix *Index) Lookup(surface, lang string) (*Entity, bool) {
	surface = strings.TrimSpace(surface)
	if surface == "" {
		return nil, false
	}
	if key, ok := ix.resolveKey(surface, lang); ok {
		if e, ok := ix.byKey[key]; ok {
			return e, true
		}
		if g, ok := ix.lx.gaz.entry(key); ok {
			return &Entity{Key: g.Key, Name: g.Name, Type: g.Type}, true
		}
	}
	return nil, false
}

// resolveKey finds the key of a name given on its own: the gazetteer
// first (with every normalisation), then the forms the corpus uses.
func (ix *Index) resolveKey(surface, lang string) (string, bool) {
	for _, m := range ix.lx.recognize(surface, lang) {
		if m.Start == 0 && m.End == len(surface) && m.Known() {
			return m.Key, true
		}
	}
	for _, v := range variants(surface, lang) {
		if key, ok := ix.forms[v.form]; ok {
			return key, true
		}
	}
	if g := ix.lx.gaz; g != nil {
		f := Fold(surface)
		for _, p := range g.first[f] {
			if len(p.toks) == 1 && accepts(p.lang, lang) {
				return g.ents[p.ent].Key, true
			}
		}
	}
	return "", false
}

// Aliases returns every known surface form of the entity with key, in all
// languages: gazetteer names (not demonyms) and the forms the corpus uses,
// sorted and without duplicates. Search uses it to expand "Russia" to
// "Urusi", "Rusi", "Rusisë".
func (ix *Index) Aliases(key string) []string {
	out := gazAliases(ix.lx, key)
	if e, ok := ix.byKey[key]; ok {
		// Each form once: an entity named 100k times has a few forms, and
		// a slice of every mention's text outlived the call in callers'
		// memos (33 MB for a 50 MB article).
		seen := make(map[string]bool, len(out))
		for _, m := range e.Mentions {
			if m.Type != Other && !seen[m.Text] {
				seen[m.Text] = true
				out = append(out, m.Text)
			}
		}
	}
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// gazAliases are the gazetteer's names (not demonyms) of key.
func gazAliases(lx *lexicon, key string) []string {
	var out []string
	if g, ok := lx.gaz.entry(key); ok {
		for _, a := range g.Aliases {
			if !a.Demonym {
				out = append(out, a.Form)
			}
		}
	}
	return out
}

// Recognize finds the names in text (say, an English translation of an
// article) and gives them the keys this index uses, so the same entity
// is highlighted alike in the original and the translation.
func (ix *Index) Recognize(text, lang string) []Mention {
	ms := ix.lx.recognize(text, lang)
	for k, m := range ms {
		if m.Known() {
			continue
		}
		if to, ok := ix.remap[m.Key]; ok {
			ms[k].Key = to
		} else if key, ok := ix.forms[Fold(m.Text)]; ok {
			ms[k].Key = key
		}
	}
	return ms
}

// PaletteSize is the number of distinct highlight colours Colour uses.
const PaletteSize = 12

// Colour returns a palette index in [0, PaletteSize) for an entity key:
// a hash of the key, so an entity keeps its colour across articles, panes
// and runs. The TUI maps the index to a terminal colour.
func Colour(key string) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % PaletteSize)
}
