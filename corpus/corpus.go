package corpus

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Raw is an article as a loader found it, before cleaning and segmentation.
type Raw struct {
	ID        string
	Title     string // empty: derived from the body
	Body      string // may be invalid UTF-8 or carry controls; Build cleans it
	Lang      string // declared language (ISO 639-1), empty if unknown
	Source    string
	URL       string
	Byline    string
	Published time.Time
	Origin    string
}

// Loader reads articles from one kind of source (a directory of text files,
// a feed, a web page). Loaders live beside corpus (corpus/feed...) and are
// handed to Open by the caller, so corpus imports none of them.
type Loader interface {
	// Match reports whether this loader reads src (a path or URL).
	Match(src string) bool
	// Load reads src. A partial result with a *SourceError list is fine:
	// Open keeps what loaded and reports the rest as warnings.
	Load(ctx context.Context, src string) ([]Raw, error)
}

// SourceError says which source (or file inside it) failed and why. Callers
// print it as one line.
type SourceError struct {
	Source string
	Err    error
}

func (e *SourceError) Error() string { return fmt.Sprintf("%s: %v", e.Source, e.Err) }
func (e *SourceError) Unwrap() error { return e.Err }

// Errors callers branch on.
var (
	ErrNotFound  = errors.New("no such article")
	ErrNoArticle = errors.New("no articles found")
)

// Corpus is an ordered set of articles with unique ids.
type Corpus struct {
	Articles []*Article
	byID     map[string]int
	build    BuildFunc // nil: every article is built (see NewLazy)
}

// New builds a corpus from articles, keeping the first of duplicate ids.
func New(arts []*Article) *Corpus {
	c := &Corpus{byID: make(map[string]int, len(arts))}
	for _, a := range arts {
		if _, dup := c.byID[a.ID]; dup {
			continue
		}
		c.byID[a.ID] = len(c.Articles)
		c.Articles = append(c.Articles, a)
	}
	return c
}

// Get returns the article with the given id.
func (c *Corpus) Get(id string) (*Article, error) {
	i, ok := c.byID[id]
	if !ok {
		return nil, fmt.Errorf("%q: %w", id, ErrNotFound)
	}
	return c.Articles[i], nil
}

// Index returns the position of article id, or -1.
func (c *Corpus) Index(id string) int {
	if i, ok := c.byID[id]; ok {
		return i
	}
	return -1
}

// Len returns the number of articles.
func (c *Corpus) Len() int { return len(c.Articles) }

// Open loads every source with the first loader that matches it. Sources
// that fail are returned as warnings (one *SourceError each) while the rest
// load; the error is non-nil only when nothing loaded at all.
func Open(ctx context.Context, srcs []string, loaders ...Loader) (*Corpus, []error, error) {
	var raws []Raw
	var warns []error
	for _, src := range srcs {
		var l Loader
		for _, cand := range loaders {
			if cand.Match(src) {
				l = cand
				break
			}
		}
		if l == nil {
			warns = append(warns, &SourceError{Source: src, Err: errors.New("no loader reads this kind of source")})
			continue
		}
		got, err := l.Load(ctx, src)
		if err != nil {
			warns = append(warns, splitErrors(src, err)...)
		}
		raws = append(raws, got...)
	}
	// Built together: in parallel, and vouching for each other's names.
	arts := BuildAll(raws)
	if len(arts) == 0 {
		if len(warns) == 1 {
			return nil, nil, warns[0]
		}
		return nil, warns, fmt.Errorf("%d source(s): %w", len(srcs), ErrNoArticle)
	}
	return New(arts), warns, nil
}

func splitErrors(src string, err error) []error {
	var j interface{ Unwrap() []error }
	if errors.As(err, &j) {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, splitErrors(src, e)...)
		}
		return out
	}
	var se *SourceError
	if errors.As(err, &se) {
		return []error{err}
	}
	return []error{&SourceError{Source: src, Err: err}}
}
