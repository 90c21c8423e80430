package entity

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/adrg/strutil/metrics"
)

// Linking thresholds for names the gazetteer does not know. All words
// but the last must agree; the last words must extend one another by a
// short ending (Bezdetko/Bezdetkos, Parameswaran/Parameswaranan) or score
// at least minSimilarity in Jaro-Winkler. Measured: Putin/Putinit 0.943,
// Nguyen/Nguyin 0.933, Hoang/Khang 0.867 — all kept apart by 0.95.
const (
	minSimilarity = 0.95
	minNameRunes  = 6
	neighbours    = 6 // sorted neighbours compared with each name
)

// unknownName is one distinct unknown key with what linking needs.
type unknownName struct {
	key   string
	form  string // folded, space-separated words
	words []string
	typ   Type
	count int
}

// mergeUnknown links unknown names across articles and returns, for each
// key merged away, the key it now belongs to: inflected or glued variants
// of one name ("Prashanth Parameswaran"/"Parameswaranan"), and a lone
// surname to the one full name that ends with it ("Bezdetko").
func mergeUnknown(lists [][]ArticleMention) map[string]string {
	names, persons := collectNames(lists)
	uf := newUnionFind(len(names))
	slices.SortFunc(names, func(a, b *unknownName) int { return cmp.Compare(a.form, b.form) })
	jw := metrics.NewJaroWinkler()
	for i, a := range names {
		for j := i + 1; j < len(names) && j <= i+neighbours; j++ {
			if sameName(jw, a, names[j]) {
				uf.union(i, j)
			}
		}
	}
	remap := map[string]string{}
	for i, a := range names {
		if len(a.words) == 1 && a.typ == Person {
			if full, ok := persons[a.form]; ok && full != a.key {
				remap[a.key] = full
				continue
			}
		}
		if root := uf.find(i); root != i {
			remap[a.key] = names[root].key
		}
	}
	// Point every merged key at its final key, not at an intermediate.
	for k, to := range remap {
		for seen := 0; seen < 8; seen++ {
			next, ok := remap[to]
			if !ok {
				break
			}
			to = next
		}
		remap[k] = to
	}
	return remap
}

// collectNames gathers the distinct unknown keys, and maps each first or
// last word of a multi-word person name to that name's key when only one
// name in the corpus has it.
func collectNames(lists [][]ArticleMention) ([]*unknownName, map[string]string) {
	byKey := map[string]*unknownName{}
	var names []*unknownName
	persons, clash := map[string]string{}, map[string]bool{}
	for _, ms := range lists {
		for _, m := range ms {
			f := Fold(m.Text)
			ws := strings.Fields(f)
			if m.Type == Person && len(ws) > 1 {
				for _, w := range []string{ws[0], ws[len(ws)-1]} {
					if old, ok := persons[w]; ok && old != m.Key {
						clash[w] = true
					}
					persons[w] = m.Key
				}
			}
			if m.Known() {
				continue
			}
			n := byKey[m.Key]
			if n == nil {
				n = &unknownName{key: m.Key, form: strings.Join(ws, " "), words: ws, typ: m.Type}
				byKey[m.Key] = n
				names = append(names, n)
			}
			n.count++
		}
	}
	for w := range clash {
		delete(persons, w)
	}
	return names, persons
}

// sameName reports whether two unknown names are one: same type and word
// count, and either one extends the other by a short ending (Albanian
// case endings, glued words) or they are near-identical strings.
func sameName(jw *metrics.JaroWinkler, a, b *unknownName) bool {
	if a.typ != b.typ || len(a.words) != len(b.words) {
		return false
	}
	short, long := a.form, b.form
	if len(short) > len(long) {
		short, long = long, short
	}
	if utf8.RuneCountInString(short) < minNameRunes {
		return false
	}
	if strings.HasPrefix(long, short) && utf8.RuneCountInString(long)-utf8.RuneCountInString(short) <= 3 {
		return true
	}
	for k := 0; k < len(a.words)-1; k++ {
		if a.words[k] != b.words[k] {
			return false
		}
	}
	return jw.Compare(a.words[len(a.words)-1], b.words[len(b.words)-1]) >= minSimilarity
}

type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		u[max(ra, rb)] = min(ra, rb)
	}
}

// displayName picks an unknown entity's name: the most frequent form of
// the most words (a full name beats a surname), ties broken by spelling
// so the choice is stable.
func displayName(ms []ArticleMention) string {
	count := map[string]int{}
	for _, m := range ms {
		if m.Type != Other {
			count[m.Text]++
		}
	}
	first := ""
	if len(ms) > 0 {
		first = ms[0].Text
	}
	return bestName(count, first)
}

// bestName is displayName from the counts of its mentions' forms (Other
// not counted) and the first mention's text.
func bestName(count map[string]int, first string) string {
	best, bestN, bestW := "", 0, 0
	for f, n := range count {
		w := len(strings.Fields(f))
		if w > bestW || w == bestW && (n > bestN || n == bestN && f < best) {
			best, bestN, bestW = f, n, w
		}
	}
	if best == "" {
		best = first
	}
	return best
}

// majorityType is the most frequent mention type other than Other.
func majorityType(ms []ArticleMention) Type {
	count := map[Type]int{}
	for _, m := range ms {
		count[m.Type]++
	}
	best, n := Other, 0
	for _, t := range []Type{Person, Place, Org, Date} {
		if count[t] > n {
			best, n = t, count[t]
		}
	}
	return best
}
