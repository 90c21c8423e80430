// Package summary builds the aligned English summary Rosetta shows beside
// an article: one short row per source paragraph, so a reader who knows no
// Swahili or Albanian can follow the original paragraph by paragraph, and
// an overview of 2–4 main points linked to their paragraphs.
//
// Rows come from the configured translate.Backend. A translation backend
// (gist, LibreTranslate, DeepL…) translates the sentences in one batch, then
// each paragraph's most central sentence is picked (TextRank over sentence
// similarity, personalised by shared entities and content words) and
// compressed by deletion only: asides go (parentheticals, credits,
// attributions), then clauses and tails while over the row's budget (0.2
// of the paragraph's source words, more where its names need room, less in
// an article whose subheads spend its allowance: see allocate.go), then
// headline style drops articles, auxiliaries, copulas before adjectives
// and titles before names, and calls a person as the article does once it
// has ("Putin"). One move is allowed: a quotation whose attribution went
// may open with its speaker ("Prashanth Parameswaran: “…”"). The
// paragraph's names the clause still misses are listed after a dash as far
// as the row's room allows ("… on Thursday — Kim Jong Un, Pyongyang."):
// a word or two each, where a second clause costs a dozen. A row never
// holds a word its paragraph's translation lacks, bar the "…" marking a
// shortened quotation. Photo captions get a few words: who is pictured
// doing what.
//
// A backend that can summarise a whole article in one request (the
// OpenAI-compatible client) writes the rows itself, with the extractive
// path as fallback. English sources skip translation.
//
// Rows, translations and overviews are cached in a Store (translate/cache)
// under keys naming the backend, model, method, languages and a digest of
// the text, so reopening an article costs no backend call. A backend fault
// costs only the paragraphs it touches: the others come back intact with a
// *PartialError naming the failed ones.
package summary

import (
	"context"
	"errors"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/translate"
)

// Row is the summary of one source paragraph.
type Row struct {
	Paragraph   int    // index into the article's Paragraphs
	Text        string // the short summary row, one line
	Translation string // the full translation of the paragraph, one line
}

// Point is one main point of the overview, linked to the paragraphs it
// comes from (ascending).
type Point struct {
	Text       string
	Paragraphs []int
}

// Summary is a whole article's summary: one row per paragraph, in order.
type Summary struct {
	Lang, Backend string
	Overview      []Point
	Rows          []Row
}

// Summarizer produces rows and overviews through one backend and an
// optional cache. It is safe for concurrent use: the TUI may fill rows for
// several articles at once.
type Summarizer struct {
	backend      translate.Backend
	store        Store
	rec          recognizer
	callTimeout  time.Duration
	onStoreError func(error)
	arts         articleCache // per-article digests and entity indexes
}

// Option configures a Summarizer.
type Option func(*Summarizer)

// WithCallTimeout bounds each backend call. A call that times out is split
// and retried like any other per-segment failure, so one stuck paragraph
// costs only its own row. Zero (the default) leaves timing to ctx.
func WithCallTimeout(d time.Duration) Option {
	return func(s *Summarizer) { s.callTimeout = d }
}

// WithStoreErrors receives cache read/write errors, which never fail a
// summary (the cache only saves time).
func WithStoreErrors(f func(error)) Option {
	return func(s *Summarizer) { s.onStoreError = f }
}

// New returns a Summarizer over backend b, caching in c (nil: no cache).
func New(b translate.Backend, c Store, opts ...Option) *Summarizer {
	s := &Summarizer{backend: b, store: c, rec: recognize}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Summarize returns the whole summary of a: exactly one row per paragraph,
// in order, and the overview. When some paragraphs fail, their rows have
// empty Text, the others are intact, and the error is a *PartialError
// naming the failed paragraphs.
func (s *Summarizer) Summarize(ctx context.Context, a *corpus.Article, to string) (*Summary, error) {
	if a == nil {
		return nil, errNilArticle
	}
	run := s.newRun(a, to)
	rows, rowErr := s.rows(ctx, run, allParagraphs(a))
	var pe *PartialError
	if rowErr != nil && !errors.As(rowErr, &pe) {
		return nil, rowErr
	}
	sum := &Summary{Lang: to, Backend: s.backend.Name(), Rows: make([]Row, len(a.Paragraphs))}
	for i := range sum.Rows {
		sum.Rows[i].Paragraph = i
	}
	for _, r := range rows {
		sum.Rows[r.Paragraph] = r
	}
	sum.Overview = s.overview(ctx, run, sum.Rows, rowErr == nil)
	return sum, rowErr
}

// Overview returns 2–4 main points of a (fewer for very short articles),
// in article order. Like Summarize, it returns what it could with a
// *PartialError when some paragraphs failed.
func (s *Summarizer) Overview(ctx context.Context, a *corpus.Article, to string) ([]Point, error) {
	if a == nil {
		return nil, errNilArticle
	}
	var pts []Point
	if s.load(ctx, kindOverview, s.overviewKey(s.newRun(a, to)), &pts) {
		return pts, nil
	}
	sum, err := s.Summarize(ctx, a, to)
	if sum == nil {
		return nil, err
	}
	return sum.Overview, err
}

var errNilArticle = errors.New("summary: nil article")

func allParagraphs(a *corpus.Article) []int {
	out := make([]int, len(a.Paragraphs))
	for i := range out {
		out[i] = i
	}
	return out
}
