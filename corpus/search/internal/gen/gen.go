// Package gen generates a large synthetic multilingual news corpus for
// measuring the search index: English, Swahili and Albanian articles of
// about 3 KB, built from the sample's real sentences and words (Zipf
// distributed) plus a long tail of synthetic words, with English text for
// the non-English articles and per-paragraph entity names.
package gen

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/search"
)

// Options shapes a generated corpus.
type Options struct {
	Seed    uint64
	English bool // give non-English articles an English text per paragraph
}

// lang holds what text of one language is made of.
type lang struct {
	code      string
	sentences []string
	words     []string // seed words first (frequent), then synthetic ones
	zipf      *rand.Zipf
}

// Generator yields articles one at a time; it is not safe for concurrent use.
type Generator struct {
	opts  Options
	rng   *rand.Rand
	langs map[string]*lang
	base  time.Time
	n     int
}

// syntheticWords per language makes the long tail of rare terms.
const syntheticWords = 60000

// New builds a generator from the embedded sample.
func New(opts Options) *Generator {
	g := &Generator{
		opts:  opts,
		rng:   rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x9e3779b97f4a7c15)),
		langs: map[string]*lang{},
		base:  time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	byLang := map[string][]string{}
	for _, a := range corpus.Sample().Articles {
		code := sampleLang(a.ID)
		for i := range a.Paragraphs {
			byLang[code] = append(byLang[code], a.ParagraphText(i))
		}
	}
	for _, code := range []string{"en", "sq", "sw"} { // fixed order: the rng is shared
		g.langs[code] = g.newLang(code, byLang[code])
	}
	return g
}

// sampleLang names the sample articles' languages (000 Swahili, 001
// Albanian, the rest English) without depending on language detection.
func sampleLang(id string) string {
	switch {
	case strings.HasPrefix(id, "000"):
		return "sw"
	case strings.HasPrefix(id, "001"):
		return "sq"
	}
	return "en"
}

func (g *Generator) newLang(code string, paras []string) *lang {
	l := &lang{code: code}
	seen := map[string]bool{}
	for _, p := range paras {
		for _, s := range strings.SplitAfter(p, ". ") {
			if s = strings.TrimSpace(s); len(s) > 20 {
				l.sentences = append(l.sentences, s)
			}
		}
		for _, w := range strings.Fields(p) {
			w = strings.Trim(w, `.,;:“”"'()’`)
			if w != "" && !seen[w] {
				seen[w] = true
				l.words = append(l.words, w)
			}
		}
	}
	syl := []string{"ka", "li", "mo", "ne", "ra", "shi", "tu", "ze", "bo", "që", "ën", "la", "vi", "da", "ngu", "to"}
	for i := 0; i < syntheticWords; i++ {
		var b strings.Builder
		for n := 2 + g.rng.IntN(3); n > 0; n-- {
			b.WriteString(syl[g.rng.IntN(len(syl))])
		}
		fmt.Fprintf(&b, "%x", i%7)
		l.words = append(l.words, b.String())
	}
	l.zipf = rand.NewZipf(g.rng, 1.07, 2, uint64(len(l.words)-1))
	return l
}

// aliases are the entities whose names the generated paragraphs mention.
var aliases = [][]string{
	{"Russia", "Urusi", "Rusia", "Rusisë", "Rusi"},
	{"Vietnam", "Vietnami", "Vietnamit"},
	{"Moscow", "Moska", "Moskva"},
	{"Vladimir Putin", "Putin", "Putinit"},
	{"Hanoi", "Hanoi"},
}

var sources = []string{"BBC", "RKS News", "VOA", "Reuters", "AP", "Koha"}

// Next returns the next article as a search.Doc.
func (g *Generator) Next() search.Doc {
	code := "en"
	switch r := g.rng.IntN(4); r {
	case 2:
		code = "sw"
	case 3:
		code = "sq"
	}
	l := g.langs[code]
	nPara := 6 + g.rng.IntN(4)
	paras := make([]string, nPara)
	for i := range paras {
		paras[i] = g.paragraph(l, 260+g.rng.IntN(200))
	}
	title := g.words(l, 6+g.rng.IntN(5))
	pub := g.base.Add(time.Duration(g.n)*5*time.Minute + time.Duration(g.rng.IntN(240))*time.Second)
	id := fmt.Sprintf("gen-%07d", g.n)
	g.n++
	a := article(id, title, code, sources[g.rng.IntN(len(sources))], pub, paras)
	d := search.Doc{Article: a, Entities: make([][]string, len(a.Paragraphs))}
	for i := range a.Paragraphs {
		d.Entities[i] = mentioned(a.ParagraphText(i))
	}
	if code != "en" && g.opts.English {
		en := g.langs["en"]
		d.English = make([]string, len(a.Paragraphs))
		for i := range a.Paragraphs {
			d.English[i] = g.paragraph(en, len(a.ParagraphText(i)))
		}
	}
	return d
}

// article assembles an Article directly (one paragraph per line): the
// corpus.Build pipeline would cost more than indexing and is not what is
// being measured.
func article(id, title, lang, source string, pub time.Time, paras []string) *corpus.Article {
	a := &corpus.Article{ID: id, Title: title, Lang: lang, Source: source, Published: pub, Origin: "gen", LangDeclared: true}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteByte('\n')
		}
		sp := corpus.Span{Start: b.Len(), End: b.Len() + len(p)}
		b.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, corpus.Paragraph{Span: sp, Lang: lang})
		a.Sentences = append(a.Sentences, sp)
		a.Words += strings.Count(p, " ") + 1
	}
	a.Body = b.String()
	return a
}

// paragraph writes about size bytes: 30% real sentences, the rest Zipf words.
func (g *Generator) paragraph(l *lang, size int) string {
	var b strings.Builder
	for b.Len() < size {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if g.rng.Float64() < 0.3 {
			b.WriteString(l.sentences[g.rng.IntN(len(l.sentences))])
			continue
		}
		s := g.words(l, 6+g.rng.IntN(12))
		b.WriteString(strings.ToUpper(s[:1]) + s[1:] + ".")
	}
	return b.String()
}

func (g *Generator) words(l *lang, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = l.words[l.zipf.Uint64()]
	}
	return strings.Join(ws, " ")
}

func mentioned(p string) []string {
	var out []string
	for _, al := range aliases {
		for _, a := range al[1:] {
			if strings.Contains(p, a) {
				out = append(out, al...)
				break
			}
		}
	}
	return out
}

// Expander widens an entity name to all the aliases the generator writes,
// as an entity index would.
func Expander() search.Expander {
	return search.ExpanderFunc(func(term string) []string {
		for _, al := range aliases {
			for _, a := range al {
				if strings.EqualFold(a, term) {
					return al
				}
			}
		}
		return nil
	})
}
