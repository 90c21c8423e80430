package cache

import (
	"context"
	"fmt"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/batch"
)

// storeTimeout bounds writing fresh translations after the caller's
// context has ended: they were paid for, so they are kept even when the
// user has already left the article.
const storeTimeout = 5 * time.Second

// Wrap returns b with a cache in front: only segments not already stored
// for b's name, model and the pair go to b, in one batch, and the results
// are stored in one transaction. Name and Model are b's. With a nil Cache,
// b comes back unwrapped. If b is a translate.Summarizer, so is the
// result (summaries are cached by the summary package through Get/Put).
//
// Cache failures never fail a translation: a failed lookup translates
// everything and a failed store only loses the caching; both are counted
// in Stats.Errors.
func Wrap(b translate.Backend, c *Cache) translate.Backend {
	if c == nil || b == nil {
		return b
	}
	w := &cached{b: b, c: c}
	if s, ok := b.(translate.Summarizer); ok {
		return &cachedSummarizer{cached: w, s: s}
	}
	return w
}

type cached struct {
	b translate.Backend
	c *Cache
}

func (w *cached) Name() string  { return w.b.Name() }
func (w *cached) Model() string { return w.b.Model() }

// Unwrap returns the backend behind the cache.
func (w *cached) Unwrap() translate.Backend { return w.b }

func (w *cached) String() string { return fmt.Sprintf("cached %v", w.b) }

func (w *cached) Pairs(ctx context.Context) ([]translate.Pair, error) { return w.b.Pairs(ctx) }

// Translate implements translate.Backend.
func (w *cached) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	name, model := w.b.Name(), w.b.Model()
	out := make([]string, len(segs))
	keys := make([]string, len(segs))
	var want []string
	for i, s := range segs {
		if batch.Blank(s) {
			out[i] = s
			continue
		}
		keys[i] = entryKey(name, model, from, to, s)
		want = append(want, keys[i])
	}
	found, err := w.c.lookup(ctx, want)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		w.c.errs.Add(1)
		found = nil
	}
	miss, missKeys := w.fill(segs, keys, found, out)
	if len(miss) == 0 {
		return out, nil
	}
	res, err := w.b.Translate(ctx, miss, from, to)
	if err != nil {
		return nil, err
	}
	if len(res) != len(miss) {
		return nil, fmt.Errorf("%s: %w: %d translations for %d segments", name, translate.ErrBadResponse, len(res), len(miss))
	}
	w.save(ctx, name, model, from, to, missKeys, res)
	byKey := make(map[string]string, len(res))
	for i, k := range missKeys {
		byKey[k] = res[i]
	}
	for i, k := range keys {
		if v, ok := byKey[k]; ok {
			out[i] = v
		}
	}
	return out, nil
}

// fill copies hits into out and returns the distinct missing segments with
// their keys; a paragraph repeated in the article is translated once.
func (w *cached) fill(segs, keys []string, found map[string]string, out []string) (miss, missKeys []string) {
	seen := map[string]bool{}
	for i, k := range keys {
		if k == "" {
			continue
		}
		if v, ok := found[k]; ok {
			out[i] = v
			w.c.hits.Add(1)
			continue
		}
		w.c.misses.Add(1)
		if !seen[k] {
			seen[k] = true
			miss = append(miss, segs[i])
			missKeys = append(missKeys, k)
		}
	}
	return miss, missKeys
}

func (w *cached) save(ctx context.Context, name, model, from, to string, keys, res []string) {
	entries := make([]entry, len(keys))
	for i := range keys {
		entries[i] = entry{key: keys[i], output: res[i]}
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), storeTimeout)
	defer cancel()
	if err := w.c.store(sctx, name, model, from, to, entries); err != nil {
		w.c.errs.Add(1)
	}
}

type cachedSummarizer struct {
	*cached
	s translate.Summarizer
}

// Summarize passes through to the wrapped backend.
func (w *cachedSummarizer) Summarize(ctx context.Context, paras []string, from, to string) ([]string, error) {
	return w.s.Summarize(ctx, paras, from, to)
}
