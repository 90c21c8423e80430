package tui

import (
	"context"

	"github.com/rosetta-reader/rosetta/corpus"
)

// The interfaces below are declared on the consumer side: the TUI says what
// it needs and cmd/rosetta adapts the real services (translate/summary,
// corpus/entity, corpus/search, corpus/story, corpus/store) onto them. Every
// method may be called from a tea.Cmd goroutine, never from Update.

// Row is the English (or other target) text aligned with one source
// paragraph.
type Row struct {
	Paragraph   int
	Summary     string
	Translation string
}

// OverviewPoint is one sentence of the article overview and the paragraphs
// it summarises.
type OverviewPoint struct {
	Text       string
	Paragraphs []int
}

// Summaries produces the aligned rows of the right pane.
type Summaries interface {
	// Rows returns one Row per requested paragraph. It may return partial
	// rows together with an error; the rows that came back are kept.
	Rows(ctx context.Context, a *corpus.Article, paras []int, target string) ([]Row, error)
	// Overview returns 2–4 points summarising the article.
	Overview(ctx context.Context, a *corpus.Article, target string) ([]OverviewPoint, error)
	// Backend is shown in the pane header, e.g. "gist".
	Backend() string
	// Targets lists the languages offered by the cycle-language key,
	// English first.
	Targets() []string
}

// Mention is a shared entity found in a text, as byte offsets into it.
type Mention struct {
	Start, End int
	Key        string
}

// Entity is an entity shared by several articles.
type Entity struct {
	Key, Name, Type string
	Counts          map[string]int // article id → mentions
	Forms           []string
	Colour          int // palette index
}

// Entities highlights shared entities.
type Entities interface {
	Shared() []Entity
	// InArticle returns shared-entity mentions as offsets into
	// Article.Body, sorted and non-overlapping.
	InArticle(id string) []Mention
	// InText returns shared-entity mentions found in pane text.
	InText(text, lang string) []Mention
}

// SearchHit is one search result. Spans are byte offsets into Snippet.
type SearchHit struct {
	Article   string
	Paragraph int
	Lang      string
	Field     string
	Snippet   string
	Score     float64
	Spans     [][2]int
}

// Searcher searches all articles. Its errors are shown to the user as one
// line.
type Searcher interface {
	Search(ctx context.Context, q string, limit int) ([]SearchHit, error)
}

// Story is a group of articles about one event.
type Story struct {
	Title    string
	Articles []string
}

// ArticleState is the reading state of one article.
type ArticleState struct{ Read, Starred bool }

// ReadState loads and stores reading state.
type ReadState interface {
	State(ctx context.Context) (map[string]ArticleState, error)
	SetRead(ctx context.Context, id string, read bool) error
	SetStarred(ctx context.Context, id string, starred bool) error
}

// Refresher reloads sources. source is an Article.Origin, or "" for all.
// progress may be called from any goroutine.
type Refresher interface {
	Refresh(ctx context.Context, source string, progress func(done, total int)) error
}

// CorpusProvider is optionally implemented by a Refresher: after a refresh
// the TUI swaps in the corpus it returns, so new articles appear.
type CorpusProvider interface {
	Corpus() *corpus.Corpus
}

// StorySource groups articles into stories. It is asked once, off the
// event loop, after the first frame, so grouping a large corpus never
// delays start-up; Options.Stories, when set, is used as it is instead.
type StorySource interface {
	Stories(ctx context.Context) []Story
}

// Options configures the TUI. Any field but Corpus and Summaries may be
// nil or empty: the feature that needs it is then hidden.
type Options struct {
	Corpus    *corpus.Corpus
	Summaries Summaries
	Entities  Entities
	Search    Searcher
	Stories   []Story
	// StorySource, when Stories is empty, supplies them after start.
	StorySource StorySource
	State       ReadState
	Refresh     Refresher
	// CorpusLoader, when set, supplies the complete corpus after start;
	// Corpus then holds only the first articles (see lazy.go).
	CorpusLoader CorpusLoader
	// Keys overrides key bindings: action name (see Actions) → keys.
	Keys map[string][]string
	// Mouse enables mouse-wheel scrolling.
	Mouse bool
	// Theme is "auto" (ask the terminal), "dark" or "light".
	Theme   string
	Version string
}
