package summary

import (
	"sync"
	"unsafe"
	"weak"

	"github.com/rosetta-reader/rosetta/corpus"
)

// The reader asks for the rows of one article many times (a screen at a
// time, the overview, the pager), often several calls at once. What a call
// derives from the whole article, its digest in every cache key and its
// entity index, costs a pass over the article (a SHA-256 over 50 MB, a
// recognition of every paragraph), so a Summarizer keeps them for the last
// few articles it was asked about, by article pointer: articles are not
// changed once built (corpus shares them unlocked among readers).

// maxArticles bounds the articles a Summarizer keeps derived data for: the
// one being read and a few the reader may go back to.
const maxArticles = 4

// articleInfo is what a Summarizer derives from one article, each part
// computed on first need by one caller while concurrent callers wait.
type articleInfo struct {
	ctxOnce sync.Once
	context string // digest(a.Lang, a.Body)

	indexOnce sync.Once
	index     entityIndex

	scaleOnce sync.Once
	scale     float64
}

// articleCache maps articles to their articleInfo. It holds the articles
// weakly: leaving a 50 MB article must not keep it in memory.
type articleCache struct {
	mu      sync.Mutex
	entries []articleEntry // least recently used first, at most maxArticles
}

type articleEntry struct {
	ptr weak.Pointer[corpus.Article]
	id  articleID
	// info is shared with the calls that use it.
	info *articleInfo
}

// articleID identifies the fields the derived data comes from, so a
// caller that swaps an article's body or paragraphs under the same pointer
// gets fresh data. Addresses are kept as integers: a pointer would keep
// the body alive.
type articleID struct {
	body, paras uintptr
	size, n     int
	lang        string
}

func idOf(a *corpus.Article) articleID {
	return articleID{
		body:  uintptr(unsafe.Pointer(unsafe.StringData(a.Body))),
		paras: uintptr(unsafe.Pointer(unsafe.SliceData(a.Paragraphs))),
		size:  len(a.Body), n: len(a.Paragraphs), lang: a.Lang,
	}
}

// get returns a's info, making an entry for it when there is none.
// Entries of collected articles are dropped, and the least recently used
// one when the cache is full.
func (c *articleCache) get(a *corpus.Article) *articleInfo {
	wp, id := weak.Make(a), idOf(a)
	c.mu.Lock()
	defer c.mu.Unlock()
	kept := c.entries[:0]
	var info *articleInfo
	for _, e := range c.entries {
		switch {
		case e.ptr == wp:
			if e.id == id {
				info = e.info
			}
		case e.ptr.Value() != nil:
			kept = append(kept, e)
		}
	}
	if info == nil {
		info = &articleInfo{}
	}
	if len(kept) >= maxArticles {
		kept = append(kept[:0], kept[1:]...)
	}
	kept = append(kept, articleEntry{ptr: wp, id: id, info: info})
	if n := len(kept); n < len(c.entries) {
		clear(c.entries[n:]) // let dropped infos go
	}
	c.entries = kept
	return info
}

// The accessors take the article rather than keeping it: an info must not
// hold its article alive.

func (ai *articleInfo) contextDigest(a *corpus.Article) string {
	ai.ctxOnce.Do(func() { ai.context = digest(a.Lang, a.Body) })
	return ai.context
}

func (ai *articleInfo) entities(a *corpus.Article, rec recognizer) entityIndex {
	ai.indexOnce.Do(func() { ai.index = newEntityIndex(a, rec) })
	return ai.index
}

func (ai *articleInfo) rowScale(a *corpus.Article) float64 {
	ai.scaleOnce.Do(func() { ai.scale = articleScale(a) })
	return ai.scale
}
