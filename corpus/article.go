// Package corpus holds the articles Rosetta reads: loading them from files,
// cleaning and segmenting their text, and telling their language. It knows
// nothing of translation or of the terminal; callers hand it English text
// where it needs some (search, stories).
package corpus

import (
	"time"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) into an article's Body.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Paragraph is one readable unit of an article: the unit a summary row is
// aligned with.
type Paragraph struct {
	Span
	// Lang is the ISO 639-1 code detected for this paragraph, or the
	// article's language when the paragraph is too short to tell.
	Lang string `json:"lang"`
	// Heading marks a short title line (e.g. "Silaha na Nishati").
	Heading bool `json:"heading,omitempty"`
}

// Article is one source text of the corpus, cleaned and segmented.
// Body holds the display text: valid UTF-8, free of terminal controls.
type Article struct {
	ID        string
	Title     string
	Lang      string // ISO 639-1
	Source    string // publisher, when it can be told
	URL       string
	Byline    string
	Published time.Time
	Body      string
	// Paragraphs and Sentences are byte ranges into Body, in order and
	// non-overlapping; every sentence lies inside one paragraph.
	Paragraphs []Paragraph
	Sentences  []Span
	Words      int
	// LangDeclared is true when Lang came from metadata (feed, HTML) rather
	// than detection; declared language wins.
	LangDeclared bool
	// Origin names where the article was read from (a path, URL or "sample").
	Origin string
	// HeaderOnly marks a header article of a lazy corpus (see NewLazy):
	// its metadata, Words and ParagraphCount are set (approximately, by
	// Header) but Body, Paragraphs and Sentences are empty until
	// Corpus.Full builds it.
	HeaderOnly bool
	// ParagraphCount is the paragraph count of a header article (Build
	// leaves it 0); NumParagraphs reads the right figure for either.
	ParagraphCount int
}

// NumParagraphs returns the article's paragraph count, expected for a
// header article.
func (a *Article) NumParagraphs() int {
	if a.HeaderOnly {
		return a.ParagraphCount
	}
	return len(a.Paragraphs)
}

// Text returns the body text covered by s.
func (a *Article) Text(s Span) string { return a.Body[s.Start:s.End] }

// ParagraphText returns the text of paragraph i.
func (a *Article) ParagraphText(i int) string { return a.Text(a.Paragraphs[i].Span) }

// ParagraphSentences returns the sentences that lie inside paragraph i.
func (a *Article) ParagraphSentences(i int) []Span {
	p := a.Paragraphs[i].Span
	var out []Span
	for _, s := range a.Sentences {
		if s.Start >= p.Start && s.End <= p.End {
			out = append(out, s)
		}
	}
	return out
}

// Valid reports whether the article's spans respect the invariants the rest
// of Rosetta relies on: inside Body, ordered, on rune boundaries.
func (a *Article) Valid() bool {
	if !utf8.ValidString(a.Body) {
		return false
	}
	ok := func(s Span, prevEnd int) bool {
		return s.Start >= prevEnd && s.Start <= s.End && s.End <= len(a.Body) &&
			(s.Start == len(a.Body) || utf8.RuneStart(a.Body[s.Start])) &&
			(s.End == len(a.Body) || utf8.RuneStart(a.Body[s.End]))
	}
	prev := 0
	for _, p := range a.Paragraphs {
		if !ok(p.Span, prev) {
			return false
		}
		prev = p.End
	}
	prev = 0
	for _, s := range a.Sentences {
		if !ok(s, prev) {
			return false
		}
		prev = s.End
	}
	return true
}
