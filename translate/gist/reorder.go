package gist

import "strings"

// Local reordering and glue. Only units joined by plain spaces move, so
// punctuation and sentence structure stay where the source put them.

// joined reports whether us[i] and us[i+1] are separated by spaces only.
func joined(us []unit, i int) bool { return i+1 < len(us) && spaceOnly(us[i].sep) }

func isNoun(u unit) bool { return u.pos == pNoun || (u.pos == pName && !u.pass) }

// resolveSqLinkers decides what an Albanian article (i, e, të, së) becomes
// from the word after it: "of" before a genitive noun, "to" before a verb
// (të forcojë → to strengthen), nothing before an adjective or elsewhere.
func resolveSqLinkers(us []unit) {
	for i := range us {
		if us[i].pos != pLink {
			continue
		}
		us[i].en = ""
		if !joined(us, i) {
			continue
		}
		next := us[i+1]
		prev := i > 0 && joined(us, i-1)
		afterNominal := prev && (isNoun(us[i-1]) || us[i-1].pos == pName || us[i-1].pos == pAdj || us[i-1].compound)
		switch {
		case next.pos == pVerb && strings.EqualFold(us[i].src, "të"):
			us[i].en = "to" // subjunctive: synon të forcojë → aims to strengthen
		case afterNominal && ((next.pos == pNoun || next.pos == pName) && next.gen || next.pos == pDet):
			us[i].en = "of"
		}
	}
}

// addArticles adds the glue article "the": before Albanian definite common
// nouns, and before a Swahili common noun that heads an "of" phrase (Rais wa
// Urusi → the President of Russia), unless a determiner already precedes.
func addArticles(us []unit, lang string, en *english) {
	for i := range us {
		u := &us[i]
		if u.pos != pNoun || u.en == "" {
			continue
		}
		plural := en.IsPlural(u.en)
		if i > 0 && joined(us, i-1) {
			switch us[i-1].pos {
			case pDet, pDem, pPoss, pNum, pAdj:
				continue
			}
		}
		switch {
		case lang == "sq" && u.def:
			u.det = "the"
		case lang == "sw" && joined(us, i) && us[i+1].pos == pLink && us[i+1].en == "of":
			u.det = "the"
		case lang == "sw" && !u.pl && !plural && !inList(us, i):
			u.det = "the"
		}
	}
}

// reorder applies the local moves, left to right.
func reorder(us []unit, lang string, en *english) {
	for i := 0; i < len(us); i++ {
		switch {
		case us[i].pos == pNum && joined(us, i) && us[i+1].pos == pMonth:
			swap(us, i) // 20 qershor → June 20
		case lang == "sw" && us[i].pos == pNoun && joined(us, i) && us[i+1].pass && us[i+1].pos == pNum &&
			!yearLike(us[i+1].en):
			// saa 48 → 48 hours; maduka 11 → 11 shops (years stay: mwaka 2017)
			n := &us[i]
			if !n.pl && us[i+1].en != "1" && !en.IsPlural(n.en) {
				n.en = en.Plural(n.en)
			}
			n.det = ""
			swap(us, i)
			i++
		case isNoun(us[i]):
			i = postnominal(us, i)
		}
	}
}

// postnominal moves adjectives, demonstratives and possessives that follow
// noun us[i] in front of it, and turns "X of Name" into "Name's X".
//
// It returns the index of the noun's last unit, where scanning resumes.
func postnominal(us []unit, i int) int {
	j := i + 1
	var mods []int
	for joined(us, j-1) && j < len(us) {
		switch {
		case us[j].pos == pLink && us[j].en == "" && joined(us, j) &&
			(us[j+1].pos == pAdj || us[j+1].pos == pPoss):
			j++ // sq article before an adjective: already dropped
			continue
		case us[j].pos == pAdj || us[j].pos == pDem || us[j].pos == pPoss:
			mods = append(mods, j)
			j++
			continue
		}
		break
	}
	if len(mods) > 0 {
		moveBefore(us, i, j, mods)
		return j - 1
	}
	// Only unknown names (people, mostly) become possessors: "Putin's
	// visit", but "the occupation of Ukraine".
	if !joined(us, i) || !joined(us, i+1) || us[i+1].pos != pLink || us[i+1].en != "of" ||
		us[i+2].pos != pName || !(us[i+2].pass || us[i+2].guessed) {
		return i
	}
	end := i + 2 // a name may run over several words: Dolly Menga
	for joined(us, end) && us[end+1].pos == pName && (us[end+1].pass || us[end+1].guessed) {
		end++
	}
	if joined(us, end) && (us[end+1].pos == pLink || us[end+1].en == "and") {
		return i // "flags of Russia and Vietnam", "X of Y of Z": keep "of"
	}
	possessor(us, i, end)
	return end
}

// moveBefore rewrites us[i:j] (noun, linkers, modifiers) as modifiers then
// noun; the noun's determiner moves to the front unless a demonstrative or
// possessive now fills that slot.
func moveBefore(us []unit, i, j int, mods []int) {
	noun := us[i]
	seg := make([]unit, 0, j-i)
	det := noun.det
	for _, k := range mods {
		if us[k].pos == pDem || us[k].pos == pPoss {
			det = ""
		}
	}
	for _, k := range mods {
		m := us[k]
		m.sep = " "
		seg = append(seg, m)
	}
	seg[0].det = det
	noun.det, noun.sep = "", " "
	seg = append(seg, noun)
	// dropped linkers keep their slots after the noun (emitted as nothing).
	for k := i + 1; k < j; k++ {
		if us[k].pos == pLink {
			l := us[k]
			l.sep = " "
			seg = append(seg, l)
		}
	}
	seg[len(seg)-1].sep = us[j-1].sep
	if len(seg) == j-i {
		start := noun.start
		for k := range seg {
			unstart(&seg[k])
		}
		seg[0].start = start
		copy(us[i:j], seg)
	}
}

// possessor turns "visit of Putin" (us[i], the link, the name us[i+2:end+1])
// into "Putin's visit".
func possessor(us []unit, i, end int) {
	noun, link := us[i], us[i+1]
	names := append([]unit(nil), us[i+2:end+1]...)
	names[0].start = noun.start
	last := &names[len(names)-1]
	last.en += "'s"
	noun.det, noun.sep = "", last.sep
	last.sep = " "
	unstart(&noun)
	link.en, link.sep = "", " "
	k := i
	us[k] = link
	k++
	k += copy(us[k:], names)
	us[k] = noun
}

func swap(us []unit, i int) {
	a, b := us[i], us[i+1]
	a.sep, b.sep = b.sep, a.sep
	b.start = a.start
	unstart(&a)
	us[i], us[i+1] = b, a
}

// unstart marks u as no longer sentence-initial; the emitter then gives it
// a capital only if the source did inside the sentence (midCap).
func unstart(u *unit) { u.start = false }

// fixArticles turns the glue or lexicon article "a" into "an" before a vowel.
func fixArticles(us []unit) {
	for i := range us {
		if i+1 >= len(us) || !joined(us, i) {
			continue
		}
		next := us[i+1].det
		if next == "" {
			next = us[i+1].en
		}
		if next != "" && strings.IndexByte("aeiouAEIOU", next[0]) >= 0 {
			if us[i].en == "a" && us[i].det == "" {
				us[i].en = "an"
			}
			if us[i].en == "A" {
				us[i].en = "An"
			}
		}
	}
}

// yearLike reports whether a number reads as a year (1000-2199).
func yearLike(n string) bool {
	return len(n) == 4 && (n[0] == '1' || (n[0] == '2' && n[1] <= '1'))
}

// inList reports a noun inside an enumeration ("biashara, uwekezaji na
// elimu"), where English repeats no article.
func inList(us []unit, i int) bool {
	if i > 0 && (strings.HasSuffix(strings.TrimSpace(us[i-1].sep), ",") || us[i-1].en == "and") {
		return true
	}
	return strings.HasPrefix(strings.TrimSpace(us[i].sep), ",") && i+1 < len(us) && us[i+1].pos == pNoun
}
