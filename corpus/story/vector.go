package story

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
)

// feature is one weighted dimension of a doc vector.
type feature struct {
	id int32
	w  float64
}

// vector is a doc's top features, sorted by id, L2-normalised.
type vector []feature

// maxFeatures keeps the weightiest features of each doc: enough to tell an
// event, few enough that comparing 10,000 docs stays fast.
const maxFeatures = 48

// titleBoost counts title words more than body words: a headline names the
// event.
const titleBoost = 3

// vectorize turns docs into tf-idf vectors over entity keys and English
// content words. The idf is smoothed (1 + ln((N+1)/(df+1))) so that on a
// handful of docs the words they all share still count.
func vectorize(docs []Doc, opts Options) []vector {
	ids := map[string]int32{}
	var df []int
	var isEntity []bool
	var tf []float64 // scratch, indexed by feature id
	var touched []int32
	raw := make([]vector, len(docs))
	add := func(key string, entity bool, n float64) {
		if entity {
			key = "\x00" + key // keeps entity keys apart from words
		}
		id, ok := ids[key]
		if !ok {
			id = int32(len(df))
			ids[key] = id
			df = append(df, 0)
			isEntity = append(isEntity, entity)
			tf = append(tf, 0)
		}
		if tf[id] == 0 {
			touched = append(touched, id)
			df[id]++
		}
		tf[id] += n
	}
	for i, d := range docs {
		for k, n := range d.Entities {
			if k != "" && n > 0 {
				add(k, true, float64(n))
			}
		}
		title := d.EnglishTitle
		if title == "" && d.Lang == "en" {
			title = d.Title
		}
		eachContentWord(title, func(w string) { add(w, false, titleBoost) })
		eachContentWord(d.English, func(w string) { add(w, false, 1) })
		v := make(vector, len(touched))
		for j, id := range touched {
			v[j] = feature{id, tf[id]}
			tf[id] = 0
		}
		raw[i] = v
		touched = touched[:0]
	}
	n := float64(len(docs))
	for i, v := range raw {
		for j, f := range v {
			w := (1 + math.Log(f.w)) * (1 + math.Log((n+1)/(float64(df[f.id])+1)))
			if isEntity[f.id] {
				w *= opts.EntityWeight
			}
			v[j].w = w
		}
		raw[i] = top(v)
	}
	return raw
}

// top keeps the maxFeatures heaviest features (ties by id, for
// determinism), normalises them and sorts them by id.
func top(v vector) vector {
	slices.SortFunc(v, func(a, b feature) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.id, b.id)) })
	v = v[:min(len(v), maxFeatures)]
	var norm float64
	for _, f := range v {
		norm += f.w * f.w
	}
	norm = math.Sqrt(norm)
	for i := range v {
		v[i].w /= norm
	}
	slices.SortFunc(v, func(a, b feature) int { return cmp.Compare(a.id, b.id) })
	return v
}

// cosine of two normalised vectors sorted by id.
func cosine(a, b vector) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].id == b[j].id:
			s += a[i].w * b[j].w
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return s
}

// contentWords lower-cases English text and keeps words of three letters or
// more that are not stop words, lightly stemmed (plural and possessive s).
func contentWords(s string) []string {
	var out []string
	eachContentWord(s, func(w string) { out = append(out, w) })
	return out
}

func eachContentWord(s string, fn func(string)) {
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || r == '\'' || r == '’'
		if word && start < 0 {
			start = i
		}
		if !word && start >= 0 {
			contentWord(s[start:i], fn)
			start = -1
		}
	}
	if start >= 0 {
		contentWord(s[start:], fn)
	}
}

func contentWord(w string, fn func(string)) {
	w = strings.Trim(w, "'’")
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if len(w) < 3 {
		return
	}
	w = strings.ToLower(w)
	if stopWords[w] {
		return
	}
	if len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	fn(w)
}

var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for are but not you all any can had her was one our out has have
	his how its may new now old see two who did get him let say she too use that with this from they will
	would there their what about which when make like time just know take into year your good some could
	them than then look only come over also back after work first well even want because these give most
	been were said says being such where while those here more many much very other each both between
	during against under again further once should does doing just own same than too very can will
	into through before above below off down upon who whom whose why whether yet also among around
	told according including however since until within without already still last next year years
	week day days month months people percent per cent mr mrs ms one two three four five six seven
	eight nine ten hundred thousand million billion monday tuesday wednesday thursday friday saturday
	sunday january february march april june july august september october november december
	news read share post comment image copyright getty caption reuters afp bbc agency photo`) {
		m[w] = true
	}
	return m
}()
