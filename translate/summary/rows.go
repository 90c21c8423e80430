package summary

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/translate"
)

// articleRun holds what one call needs to know about its article: the
// backend's identity, the cache method and the article's entity profile.
type articleRun struct {
	a       *corpus.Article
	to      string
	method  string // "llm" or "extract": rows from different methods never share a key
	context string // digest of the whole article: rows depend on its entity profile
	llm     translate.Summarizer
	info    *articleInfo // what the Summarizer keeps of the article across calls
	plain   recognizer   // the Summarizer's recognizer, without the memo
	prof    *profile     // made on first need: warm calls never pay for it
	// rec recognizes through a memo: rows, overview and compression look
	// at the same sentences again. A run serves one call, so the memo
	// needs no lock.
	rec  recognizer
	memo map[string][]mention
}

func (s *Summarizer) newRun(a *corpus.Article, to string) *articleRun {
	r := &articleRun{plain: s.rec, a: a, to: to, method: "extract", memo: map[string][]mention{}}
	r.rec = func(text, lang string) []mention {
		k := lang + "\x00" + text
		ms, ok := r.memo[k]
		if !ok {
			ms = s.rec(text, lang)
			r.memo[k] = ms
		}
		return ms
	}
	if llm, ok := s.backend.(translate.Summarizer); ok {
		r.llm, r.method = llm, "llm"
	}
	r.info = s.arts.get(a)
	r.context = r.info.contextDigest(a)
	return r
}

// profile returns the run's view of the article's entity index, which is
// built once per article with the plain recognizer: through the run's
// memo it would keep a copy of every paragraph for the run's lifetime.
func (r *articleRun) profile() *profile {
	if r.prof == nil {
		r.prof = newProfile(r.a, r.info.entities(r.a, r.plain))
	}
	return r.prof
}

// Rows returns the rows of paragraphs paras (indices into a.Paragraphs) in
// the order asked, duplicates dropped. Rows are cached per paragraph, so
// the TUI can ask for the visible ones first and cancel ctx when the user
// leaves. When some paragraphs fail, the rows returned are the ones that
// succeeded and the error is a *PartialError naming the others.
func (s *Summarizer) Rows(ctx context.Context, a *corpus.Article, paras []int, to string) ([]Row, error) {
	if a == nil {
		return nil, errNilArticle
	}
	want := make([]int, 0, len(paras))
	for _, p := range paras {
		if p < 0 || p >= len(a.Paragraphs) {
			return nil, fmt.Errorf("paragraph %d of %d: %w", p, len(a.Paragraphs), ErrNoParagraph)
		}
		if !slices.Contains(want, p) {
			want = append(want, p)
		}
	}
	return s.rows(ctx, s.newRun(a, to), want)
}

// rows returns the rows of paragraphs want (valid, distinct), from the
// cache or computed, in that order.
func (s *Summarizer) rows(ctx context.Context, run *articleRun, want []int) ([]Row, error) {
	got := make(map[int]Row, len(want))
	var missing []int
	for _, p := range want {
		var c cachedRow
		if s.load(ctx, kindRow, s.rowKey(run, p), &c) {
			got[p] = Row{Paragraph: p, Text: c.Text, Translation: c.Translation}
			continue
		}
		missing = append(missing, p)
	}
	failed := s.compute(ctx, run, missing, got)
	out := make([]Row, 0, len(got))
	for _, p := range want {
		if r, ok := got[p]; ok {
			out = append(out, r)
		}
	}
	return out, partial(failed)
}

// compute makes the rows of paragraphs ps, storing them in got, and
// returns the failures by paragraph.
func (s *Summarizer) compute(ctx context.Context, run *articleRun, ps []int, got map[int]Row) map[int]error {
	if len(ps) == 0 {
		return nil
	}
	tr := s.translations(ctx, run, ps)
	var llmRows map[int]string
	if run.llm != nil {
		llmRows = s.llmRows(ctx, run, ps)
	}
	x := &extractor{rec: run.rec, to: run.to, room: run.info.rowScale(run.a)}
	for _, p := range ps {
		row, keep, ok := s.makeRow(run, x, p, tr, llmRows)
		if !ok {
			continue
		}
		got[p] = row
		if keep {
			s.save(ctx, kindRow, s.rowKey(run, p), cachedRow{Text: row.Text, Translation: row.Translation})
		}
	}
	failed := map[int]error{}
	for _, p := range ps {
		if _, ok := got[p]; !ok {
			failed[p] = tr.failed[p]
		}
	}
	return failed
}

// makeRow builds the row of paragraph p from its translation and, with an
// article-summarising backend, its row. keep says whether the row is what
// the configured method would give on a good day and so may be cached; a
// fallback row is not, so the next call tries the backend again.
func (s *Summarizer) makeRow(run *articleRun, x *extractor, p int, tr *batchResult, llmRows map[int]string) (row Row, keep, ok bool) {
	sents, translated := tr.done[p]
	row = Row{Paragraph: p, Translation: strings.Join(sents, " ")}
	heading := run.a.Paragraphs[p].Heading
	short := translated && (heading || wordCount(row.Translation) <= shortRowWords)
	switch {
	case !short && llmRows[p] != "":
		row.Text = llmRows[p]
		return row, translated, true
	case translated:
		x.prof = run.profile()
		row.Text = x.row(p, heading, wordCount(run.a.ParagraphText(p)), sents)
		return row, run.llm == nil || short, true
	}
	return row, false, false
}

// translations returns each paragraph's translated sentences, from the
// cache or the backend (one call per source language, bisected on failure).
// A paragraph already in the target language is its own translation.
func (s *Summarizer) translations(ctx context.Context, run *articleRun, ps []int) *batchResult {
	res := &batchResult{done: map[int][]string{}, failed: map[int]error{}}
	pending := map[string][]job{}
	var langs []string
	for _, p := range ps {
		segs := sourceSegments(run.a, p)
		from := paragraphLang(run.a, p)
		if from == run.to {
			res.done[p] = splitAll(segs)
			continue
		}
		var cached []string
		if s.load(ctx, kindTranslation, s.translationKey(from, run.to, segs), &cached) {
			res.done[p] = cached
			continue
		}
		if _, ok := pending[from]; !ok {
			langs = append(langs, from)
		}
		pending[from] = append(pending[from], job{para: p, segs: segs})
	}
	for _, from := range langs {
		batch := &batchResult{done: map[int][]string{}, failed: res.failed}
		s.translateJobs(ctx, pending[from], from, run.to, batch)
		for _, j := range pending[from] {
			out, ok := batch.done[j.para]
			if !ok {
				continue
			}
			res.done[j.para] = splitAll(out)
			s.save(ctx, kindTranslation, s.translationKey(from, run.to, j.segs), res.done[j.para])
		}
	}
	return res
}

// llmRows asks an article-summarising backend for the rows of ps in one
// request. Any failure (bad JSON, wrong count, timeout) returns nil: the
// caller falls back to extraction.
func (s *Summarizer) llmRows(ctx context.Context, run *articleRun, ps []int) map[int]string {
	texts := make([]string, len(ps))
	for i, p := range ps {
		texts[i] = clean(run.a.ParagraphText(p))
	}
	from := run.a.Lang
	if from == "" && len(ps) > 0 {
		from = paragraphLang(run.a, ps[0])
	}
	out, err := run.llm.Summarize(ctx, texts, from, run.to)
	if err != nil || len(out) != len(ps) {
		return nil
	}
	rows := make(map[int]string, len(ps))
	for i, p := range ps {
		rows[p] = clean(out[i])
	}
	return rows
}

// sourceSegments returns the cleaned sentences of paragraph p, or the whole
// paragraph when the segmenter found none inside it.
func sourceSegments(a *corpus.Article, p int) []string {
	var segs []string
	for _, sp := range a.ParagraphSentences(p) {
		if t := clean(a.Text(sp)); t != "" {
			segs = append(segs, t)
		}
	}
	if len(segs) == 0 {
		segs = []string{clean(a.ParagraphText(p))}
	}
	return segs
}

// splitAll splits each translated segment into sentences: a backend may
// render one source sentence as two, and the segmenter may have left a
// paragraph whole.
func splitAll(segs []string) []string {
	var out []string
	for _, s := range segs {
		out = append(out, splitSentences(s)...)
	}
	return out
}

// rowKey identifies a row: backend, model, method, languages, the
// paragraph's segments and heading flag, and the article it sits in.
func (s *Summarizer) rowKey(run *articleRun, p int) string {
	para := digest(append(sourceSegments(run.a, p), strconv.FormatBool(run.a.Paragraphs[p].Heading))...)
	return key(methodVersion, s.backend.Name(), s.backend.Model(), run.method, paragraphLang(run.a, p), run.to,
		para, run.context)
}

func (s *Summarizer) translationKey(from, to string, segs []string) string {
	return key(translationVersion, s.backend.Name(), s.backend.Model(), from, to, digest(segs...))
}

// partial turns per-paragraph failures into a *PartialError (nil if none).
func partial(failed map[int]error) error {
	if len(failed) == 0 {
		return nil
	}
	pe := &PartialError{}
	for p := range failed {
		pe.Failed = append(pe.Failed, p)
	}
	slices.Sort(pe.Failed)
	pe.Err = failed[pe.Failed[0]]
	if pe.Err == nil {
		pe.Err = errors.New("no translation")
	}
	return pe
}
