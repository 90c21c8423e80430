package entity

import (
	"strings"
	"unicode/utf8"
)

// extendKnown widens a gazetteer match of tokens [i,end) into the longer
// name it opens: one that ends in a head word ("Vietnam Friendship
// Association", "Hanoi Opera House") or, in English, a place followed by
// a name word, which names a team or company ("West Ham", "Chicago
// Bulls"). Swahili puts a place before a person's name in apposition
// (Waziri wa Marekani Antony Blinken), so it only gets head words.
func (d *doc) extendKnown(i, end int, m Mention) (Mention, int, bool) {
	run := d.capRun(i)
	if run <= end || m.Type == Other {
		return Mention{}, 0, false
	}
	typ := d.headType(i, run)
	if typ == "" {
		if d.lang != "en" || m.Type != Place || !d.nameWord(end) {
			return Mention{}, 0, false
		}
		if _, _, known := d.matchGaz(end); known {
			return Mention{}, 0, false
		}
		typ = Org
	}
	return d.unknownMention(i, run, typ), run, true
}

var calendarWords = words(calendar)

// maxNameTokens bounds a name's length in tokens; it also keeps a long
// run of capitalised words (a headline in title case, hostile input)
// from being rescanned once per word.
const maxNameTokens = 12

func (d *doc) isTitle(f string) bool {
	return titles[d.lang][f] || titles["en"][f]
}

// capRun returns the end of the run of capitalised words from token i,
// joined by spaces, initials ("Gennady S. Bezdetko") and linkers where
// the language puts them inside names. Titles and line breaks end it.
func (d *doc) capRun(i int) int {
	j := i + 1
	for j < len(d.toks) && j-i < maxNameTokens {
		prev, t := d.toks[j-1], d.toks[j]
		if prev.possessive || !d.joined(j) {
			break
		}
		if t.kind == punctTok {
			if d.text[t.Start:t.End] == "." && isInitial(d.word(j-1)) && d.capWordAt(j+1) {
				j += 2
				continue
			}
			break
		}
		if t.capital && !d.isTitle(d.fold(j)) && !creditWords[d.fold(j)] && t.allCaps == prev.allCaps && !gluedCaps(d.word(j)) {
			j++
			continue
		}
		if k := d.linkerSpan(i, j); k > j {
			j = k
			continue
		}
		break
	}
	return j
}

func isInitial(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	return sz == len(w) && r >= 'A' && r <= 'Z'
}

func (d *doc) capWordAt(j int) bool {
	return d.isWord(j) && d.toks[j].capital && d.joined(j)
}

// linkerSpan returns the token after one or two linkers at j that join
// the run from i to a following capitalised word, or j when they do not.
var nameParticles = words(`von van der den de da di du la le al el bin bint ibn dos das del`)

func (d *doc) linkerSpan(i, j int) int {
	lk := linkers[d.lang]
	if lk == nil {
		lk = linkers["en"]
	}
	k := j
	for k < len(d.toks) && k < j+2 && d.isWord(k) && !d.toks[k].capital && lk[d.fold(k)] && d.joined(k) {
		k++
	}
	if k == j || !d.capWordAt(k) || !d.joined(k) {
		return j
	}
	first, last := d.fold(i), d.fold(j-1)
	switch d.lang {
	case "sw":
		// Swahili news names the head noun's complement, not the whole
		// phrase (Bunge la [Marekani]); known phrases are in the gazetteer.
	case "sq":
		if orgHeads[d.lang][first] || placeHeads[d.lang][first] {
			return k
		}
	default:
		if orgHeads["en"][last] || placeHeads["en"][last] || nameParticles[d.fold(j)] {
			return k
		}
	}
	return j
}

// headType returns Org or Place when tokens [i,end) form a name with a
// head word (English heads close a name, Swahili and Albanian open it).
func (d *doc) headType(i, end int) Type {
	if end-i < 2 {
		return ""
	}
	last := d.fold(end - 1)
	first := d.fold(i)
	switch {
	case eventHeads[last] && last != "league":
		return Other
	case orgHeads["en"][last]:
		return Org
	case placeHeads["en"][last]:
		return Place
	case orgHeads[d.lang][first] && d.lang != "en":
		return Org
	case placeHeads[d.lang][first] && d.lang != "en":
		return Place
	}
	return ""
}

// unknownMention builds a mention for a name the gazetteer does not know;
// its key is the folded name, which Link later merges across articles.
func (d *doc) unknownMention(s, end int, typ Type) Mention {
	start, stop := d.toks[s].Start, d.toks[end-1].End
	folded := Fold(d.text[start:stop])
	if d.lang == "sq" {
		// Albanian inflects names; key them by their stems.
		ws := strings.Fields(folded)
		for k, w := range ws {
			ws[k] = sqCanon(w)
		}
		folded = strings.Join(ws, " ")
	}
	return Mention{Start: start, End: stop, Type: typ, Key: "~" + slug(folded)}
}

// gluedCaps reports whether w is an acronym run into the next word by a
// scraped dateline ("Washington DCWatu"): three capitals, then lower case.
func gluedCaps(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case n >= 3 && r >= 'a' && r <= 'z':
			return true
		default:
			return false
		}
	}
	return false
}
