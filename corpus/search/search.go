// Package search is Rosetta's full-text index: SQLite FTS5 over the original
// text and the English text of every article, one row per paragraph, with a
// small query language:
//
//	putin vietnam          every word (in one paragraph)
//	"south china sea"      an exact phrase
//	putin -korea           leave out paragraphs with a word (or -"phrase")
//	vietnam OR hanoi       either; OR binds tighter than the implicit AND
//	agree*  "south chi"*   a prefix (at least 3 letters)
//	lang:sw  source:bbc    restrict articles (repeat for either; -lang:en)
//	entity:"To Lam"        paragraphs naming an entity (or any of its aliases)
//
// Matching folds case and diacritics (rusise finds Rusisë, Nguyen finds
// Nguyễn, Dong finds Đông). Every condition applies to one paragraph: its
// original text, its English translation, or an article's title. Results
// are grouped per article, best paragraphs first.
//
// Cross-language search works three ways: English queries match the English
// text callers index beside non-English paragraphs; each paragraph row also
// indexes the entity names and aliases it mentions; and an Expander given to
// Open widens each query word to its known surface forms (Russia → Urusi,
// Rusisë).
//
// Speed on big indexes comes from never ranking every match: the newest
// matching rows (128 by default, more if they cover too few articles) are
// scored with BM25 in Go, and prefixes complete from a vocabulary snapshot.
package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// Doc is one article as the index takes it.
type Doc struct {
	Article *corpus.Article
	// English holds one English text per paragraph of Article ("" or a short
	// slice where there is none). Text equal to the original is not indexed
	// twice.
	English []string
	// Entities holds, per paragraph, the canonical names and all aliases of
	// the entities mentioned there.
	Entities [][]string
	// Published overrides Article.Published when non-zero.
	Published time.Time
	// Fill, when set, supplies English and Entities only if the article
	// has to be (re)indexed, so an up-to-date index costs no translation
	// or entity work. Version then stands for them in the change check
	// (say, the backend and model that made the English).
	Fill    func() (english []string, entities [][]string)
	Version string
}

// Expander widens a query term to the other surface forms of the same thing
// (an entity's aliases across languages). It must be safe for concurrent use.
type Expander interface {
	Expand(term string) []string
}

// ExpanderFunc adapts a function to Expander.
type ExpanderFunc func(term string) []string

// Expand calls f.
func (f ExpanderFunc) Expand(term string) []string { return f(term) }

// Option configures Open.
type Option func(*Index)

// WithExpander sets the Expander used by Search.
func WithExpander(e Expander) Option { return func(ix *Index) { ix.expander = e } }

// WithCandidates sets how many matching rows, newest first, Search ranks by
// relevance (default 128). Larger is more exact for very common terms and
// slower.
func WithCandidates(n int) Option {
	return func(ix *Index) {
		if n > 0 {
			ix.candidates = n
		}
	}
}

// Index is an open search index. Its methods are safe for concurrent use;
// updates are serialised, searches run beside them.
type Index struct {
	db         *sql.DB
	path       string
	expander   Expander
	candidates int
	vocabMin   int64      // rows from which prefixes complete from the snapshot
	writeMu    sync.Mutex // one writer at a time in this process
	refreshing atomic.Bool
	bg         sync.WaitGroup // background vocabulary refresh
	// bgCtx bounds background work to the Index's life: Close cancels it.
	bgCtx    context.Context
	bgCancel context.CancelFunc
}

// ErrPath reports an index path the driver cannot take.
var ErrPath = errors.New("unusable index path")

// DefaultPath returns where the persistent index lives:
// $XDG_CACHE_HOME/rosetta/search.db (or the platform's cache directory).
func DefaultPath() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("search: cache directory: %w", err)
	}
	return filepath.Join(dir, "rosetta", "search.db"), nil
}

// Open opens (creating if needed) the index at path. An empty path or
// ":memory:" gives a private in-memory index.
func Open(ctx context.Context, path string, opts ...Option) (*Index, error) {
	ix := &Index{path: path, candidates: 128, vocabMin: vocabMinRows}
	for _, o := range opts {
		o(ix)
	}
	memory := path == "" || path == ":memory:"
	var dsn string
	if memory {
		dsn = ":memory:"
	} else {
		if strings.ContainsAny(path, "?#") {
			return nil, fmt.Errorf("search: %q: %w: it may not contain '?' or '#'", path, ErrPath)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		dsn = "file:" + path + "?_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)" +
			"&_pragma=synchronous(NORMAL)&_txlock=immediate"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("search: open %s: %w", path, err)
	}
	if memory {
		// Every connection to ":memory:" is a different database.
		db.SetMaxOpenConns(1)
	}
	ix.db = db
	ix.bgCtx, ix.bgCancel = context.WithCancel(context.Background())
	if err := ix.migrate(ctx); err != nil {
		ix.bgCancel()
		db.Close()
		return nil, err
	}
	return ix, nil
}

// Close stops background work and releases the database.
func (ix *Index) Close() error {
	ix.bgCancel()
	ix.bg.Wait()
	if err := ix.db.Close(); err != nil {
		return fmt.Errorf("search: close: %w", err)
	}
	return nil
}

// Path returns the path the index was opened at ("" in memory).
func (ix *Index) Path() string { return ix.path }
