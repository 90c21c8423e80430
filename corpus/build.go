package corpus

import (
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus/langid"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

const (
	// minLangRunes is the paragraph length from which its own language is
	// detected; shorter ones take the article's.
	minLangRunes = 40
	// minLangConf is the detector confidence a paragraph's language needs
	// to differ from the article's.
	minLangConf = 0.9
	// maxLangSample is how much of a paragraph the detector reads: a
	// couple of sentences tell the language as well as the whole.
	maxLangSample = 160
	// paraSep separates paragraphs in Body.
	paraSep = "\n\n"
)

// english is the vocabulary of the run-together-word repair, read on first
// use and never changed after.
var english = sync.OnceValue(newVocab)

// Build cleans a raw article and segments it: the one pipeline every loader
// feeds. In order:
//
//  1. sanitise title and body (corpus/sanitize: valid UTF-8, no terminal
//     controls), so Body and Title are always safe to print;
//  2. split lines into paragraphs, joining hard-wrapped continuation lines;
//  3. take the title (given, a headline first line with its repeats, or
//     derived from the first sentence), a publisher byline ("RKS NEWS
//     4 Min Read") and trailing page furniture ("Share this Post") out,
//     and read the source from an agency credit ("AFP and AP Agencies");
//  4. tell each paragraph's language, and the article's from them unless
//     declared;
//  5. repair glued sentences ("Rusisë.Vietnami") and, in English,
//     run-together words ("Putinsigned");
//  6. mark headings, and separate headings glued to their paragraph;
//  7. split over-long paragraphs at topic shifts (tile.go);
//  8. join the paragraphs with blank lines into Body and record the
//     paragraph and sentence spans and the word count.
//
// Build never fails: any input gives an article whose spans satisfy Valid.
// BuildAll builds several articles at once, in parallel, and lets each
// vouch for names in the others.
func Build(r Raw) *Article { return build(r, nil) }

// build is Build with a source of names seen in other articles (nil: none).
func build(r Raw, names func() map[string]bool) *Article {
	a := &Article{
		ID: r.ID, Source: oneLine(r.Source), URL: oneLine(r.URL), Byline: oneLine(r.Byline),
		Published: r.Published, Origin: oneLine(r.Origin),
	}
	paras := splitParas(sanitize.Text(r.Body))
	a.Title, paras = takeTitle(oneLine(r.Title), paras)
	source, paras := takeSource(paras)
	if a.Source == "" {
		a.Source = source
	}
	paras = dropTail(paras)
	if a.Source == "" && len(paras) > 1 {
		a.Source = agencyCredit(paras[len(paras)-1])
	}
	ps, langs := detectParas(paras)
	a.Lang, a.LangDeclared = langCode(r.Lang), langCode(r.Lang) != ""
	if !a.LangDeclared {
		a.Lang = majority(ps, langs, paras)
	}
	isEnglish := a.Lang == "en"
	counts := &wordTally{paras: paras}
	inShares(len(ps), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			ps[i].text = repairSentenceGlue(ps[i].text)
			if isEnglish {
				ps[i].text = repairGlued(ps[i].text, english(), counts, names)
			}
		}
	})
	for i := range ps {
		if langs[i] == "" {
			ps[i].lang = a.Lang
		}
	}
	markHeadings(ps)
	ps = splitGluedHeadings(ps)
	assemble(a, ps)
	if a.Title == "" {
		a.Title = oneLine(a.ID)
	}
	// The title and source may be cut from the raw body: a copy of their
	// own lets the raw text (as large as the article) be freed once built.
	a.Title, a.Source = strings.Clone(a.Title), strings.Clone(a.Source)
	return a
}

// oneLine sanitises a metadata field for display on one line.
func oneLine(s string) string { return normSpace(sanitize.Line(s)) }

// langCode normalises a declared language tag ("en-US", "SW", "sq_AL") to
// its ISO 639-1 code, or "" when it is not one.
func langCode(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || !isLower(tag[0]) || !isLower(tag[1]) {
		return ""
	}
	return tag
}

// detectParas wraps each paragraph text, with the language detected for it
// when it is long enough and the detector is confident ("" otherwise).
func detectParas(texts []string) ([]para, []string) {
	ps := make([]para, len(texts))
	langs := make([]string, len(texts))
	// Each paragraph is detected alone: shared among cores (see inShares),
	// the result is the same.
	inShares(len(texts), func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			t := texts[i]
			ps[i].text = t
			if !atLeastRunes(t, minLangRunes) {
				continue
			}
			if l, conf := langid.Detect(prefix(t, maxLangSample)); conf >= minLangConf {
				langs[i] = l
				ps[i].lang = l
			}
		}
	})
	return ps, langs
}

// inShares calls fn on shares [lo, hi) of the n paragraphs of an article,
// one share per core at once when the article is long (a book, a 50 MB
// dump: parallelParas paragraphs or more), else one share for all. w
// numbers the share, from 0.
func inShares(n int, fn func(w, lo, hi int)) {
	workers := 1
	if n >= parallelParas {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers <= 1 {
		fn(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() { fn(w, w*n/workers, (w+1)*n/workers) })
	}
	wg.Wait()
}

// parallelParas is the paragraph count from which detectParas shares the
// work among cores: below it (nearly every news article) the goroutines
// cost more than they save, and BuildAll already builds articles in
// parallel.
const parallelParas = 2000

// atLeastRunes reports whether s holds n runes or more, counting only when
// its length in bytes leaves it in doubt: long paragraphs are never counted.
func atLeastRunes(s string, n int) bool {
	switch {
	case len(s) < n:
		return false
	case len(s) >= n*utf8.UTFMax:
		return true
	}
	return utf8.RuneCountInString(s) >= n
}

// prefix returns at most the first n bytes of s, cut on a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// majority is the article language: the one covering the most bytes of
// confidently detected paragraphs, or, when no paragraph is long enough,
// the detection on the whole text.
func majority(ps []para, langs []string, texts []string) string {
	bytes := map[string]int{}
	best := ""
	for i, l := range langs {
		if l == "" {
			continue
		}
		bytes[l] += len(ps[i].text)
		if best == "" || bytes[l] > bytes[best] {
			best = l
		}
	}
	if best != "" {
		return best
	}
	var b strings.Builder
	for _, t := range texts {
		if b.Len() > maxLangSample*8 {
			break
		}
		b.WriteString(t)
		b.WriteByte('\n')
	}
	l, _ := langid.Detect(b.String())
	return l
}

// assemble writes the paragraphs into a.Body, splitting long ones, and
// records the spans, languages and word count.
func assemble(a *Article, ps []para) {
	size := 0
	for _, p := range ps {
		size += len(p.text) + len(paraSep)
	}
	var b strings.Builder
	b.Grow(size)
	// Sized once: appending to slices of a hundred thousand spans would
	// allocate them five times over as they grow. Tiling adds a few
	// paragraphs; news sentences run 100 to 200 bytes.
	a.Paragraphs = make([]Paragraph, 0, len(ps)+len(ps)/8)
	a.Sentences = make([]Span, 0, max(len(ps), size/128))
	var sents []Span
	for _, p := range ps {
		sents = sentenceSpans(p.text, sents)
		cuts := tile(p.text, sents)
		lo := 0
		for k := 0; k <= len(cuts); k++ {
			hi := len(sents)
			if k < len(cuts) {
				hi = cuts[k]
			}
			start, end := 0, len(p.text)
			if len(cuts) > 0 {
				start, end = sents[lo].Start, sents[hi-1].End
			}
			writePara(a, &b, p, p.text[start:end], offsetSpans(sents[lo:hi], -start))
			lo = hi
		}
	}
	a.Body = b.String()
}

func offsetSpans(ss []Span, d int) []Span {
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = Span{s.Start + d, s.End + d}
	}
	return out
}

// writePara appends one paragraph, whose sentences are spans into text.
func writePara(a *Article, b *strings.Builder, p para, text string, sents []Span) {
	if text == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteString(paraSep)
	}
	base := b.Len()
	b.WriteString(text)
	a.Paragraphs = append(a.Paragraphs, Paragraph{Span: Span{base, base + len(text)}, Lang: p.lang, Heading: p.heading})
	for _, s := range sents {
		a.Sentences = append(a.Sentences, Span{base + s.Start, base + s.End})
	}
	a.Words += wordCount(text)
}
