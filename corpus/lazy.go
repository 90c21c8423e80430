package corpus

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/corpus/langid"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

// A corpus of 100,000 stored articles cannot be built at start-up (Build
// costs ~150 µs of CPU an article). A lazy corpus holds header articles
// instead — metadata and counts, no text — and builds an article in full
// only when someone reads it (Corpus.Full).

// BuildFunc returns the full article id, e.g. by reading its raw text from
// a store and running Build. It may be called from several goroutines.
type BuildFunc func(ctx context.Context, id string) (*Article, error)

// NewLazy builds a corpus of header articles (see Article.HeaderOnly)
// whose full text build returns on demand. Duplicate ids keep the first.
func NewLazy(headers []*Article, build BuildFunc) *Corpus {
	c := New(headers)
	c.build = build
	return c
}

// Lazy reports whether some articles of c may be headers only.
func (c *Corpus) Lazy() bool { return c.build != nil }

// Full returns article id with its text: the article itself when it is
// built already, else what the corpus's BuildFunc returns. The corpus is
// not changed (it is shared, unlocked, by its readers), so each call on a
// header article builds it again: callers keep what they need.
func (c *Corpus) Full(ctx context.Context, id string) (*Article, error) {
	a, err := c.Get(id)
	if err != nil {
		return nil, err
	}
	if !a.HeaderOnly {
		return a, nil
	}
	if c.build == nil {
		return nil, fmt.Errorf("%q: header only and no way to build it: %w", id, ErrNotFound)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("building %q: %w", id, err)
	}
	full, err := c.build(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("building %q: %w", id, err)
	}
	if full == nil || full.HeaderOnly {
		return nil, fmt.Errorf("building %q: the builder returned no text: %w", id, ErrNotFound)
	}
	return full, nil
}

// headerSample is how much of a body Header reads to tell its language,
// as Build reads of each paragraph.
const headerSample = 320

// headerLangConf is the detector confidence Header needs, Build's own.
const headerLangConf = 0.9

// Header makes the header article of r cheaply (a few µs a KB, no
// segmentation), for stores to record when an article is saved so that
// listing needs no body. Its fields approximate Build's: the title is the
// given one (sanitised) or the first line of the body, the language the
// declared one or the one detected on the body's start, Words and
// Paragraphs count whitespace-separated words and blank-line-separated
// blocks. Build gives the exact figures when the article is read.
func Header(r Raw) *Article {
	body := sanitize.Text(r.Body)
	a := &Article{
		ID: r.ID, Title: metaLine(r.Title), Source: metaLine(r.Source), URL: metaLine(r.URL),
		Byline: metaLine(r.Byline), Published: r.Published, Origin: metaLine(r.Origin),
		HeaderOnly: true,
	}
	a.Lang = declaredLang(r.Lang)
	a.LangDeclared = a.Lang != ""
	if !a.LangDeclared {
		if l, conf := langid.Detect(sample(body, headerSample)); conf >= headerLangConf {
			a.Lang = l
		}
	}
	if a.Title == "" {
		a.Title = firstLine(body, 100)
	}
	if a.Title == "" {
		a.Title = metaLine(r.ID)
	}
	a.Words, a.ParagraphCount = countText(body)
	return a
}

// metaLine flattens a metadata field to one line of single spaces.
func metaLine(s string) string { return strings.Join(strings.Fields(sanitize.Line(s)), " ") }

// declaredLang normalises a language tag ("en-US", "SW") to ISO 639-1, or
// "" when it is not one.
func declaredLang(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if len(tag) != 2 || tag[0] < 'a' || tag[0] > 'z' || tag[1] < 'a' || tag[1] > 'z' {
		return ""
	}
	return tag
}

// sample returns at most the first n bytes of s, cut on a rune boundary.
func sample(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// firstLine returns the first non-blank line of s, cut to at most n runes
// at a word boundary when it can be.
func firstLine(s string, n int) string {
	for line := range strings.Lines(s) {
		if f := strings.Fields(line); len(f) > 0 {
			line = strings.Join(f, " ")
			if utf8.RuneCountInString(line) <= n {
				return line
			}
			cut := sample(line, n)
			if i := strings.LastIndexByte(cut, ' '); i > 0 {
				cut = cut[:i]
			}
			return cut + "…"
		}
	}
	return ""
}

// countText counts the words (runs of letters or digits with what joins
// them) and the paragraphs (blocks between blank lines) of s in one pass.
func countText(s string) (words, paras int) {
	inWord, blank, inPara := false, 0, false
	for _, r := range s {
		switch {
		case r == '\n':
			blank++
			inWord = false
			if blank >= 2 {
				inPara = false
			}
		case unicode.IsSpace(r):
			inWord = false
		default:
			if !inPara {
				paras++
				inPara = true
			}
			blank = 0
			if !inWord && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				words++
				inWord = true
			}
		}
	}
	return words, paras
}
