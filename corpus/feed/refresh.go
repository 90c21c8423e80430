package feed

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/store"
)

// RefreshOptions configures Refresh; zero values take the defaults.
type RefreshOptions struct {
	// Concurrency bounds parallel fetches (default 4).
	Concurrency int
	// Progress, when set, is called after each source finishes: done of
	// total sources are finished, src is the one that just did. Calls come
	// one at a time, with done growing by one each, from the goroutine that
	// fetched src; keep them short (e.g. send a message to the UI).
	Progress func(done, total int, src string)
	// Loader fetches and parses (default NewLoader(nil)).
	Loader *Loader
}

// SourceResult is what refreshing one source did.
type SourceResult struct {
	Source      string
	Title       string
	Added       int
	Updated     int
	NotModified bool  // the server answered 304; stored items are current
	Err         error // a *corpus.SourceError, nil on success
}

// Report sums up a refresh.
type Report struct {
	Results             []SourceResult // in the order of the sources given
	Added, Updated      int
	NotModified, Failed int
}

// Errors returns the failures, one *corpus.SourceError per failed source.
func (r Report) Errors() []error {
	var out []error
	for _, res := range r.Results {
		if res.Err != nil {
			out = append(out, res.Err)
		}
	}
	return out
}

// Refresh fetches every source concurrently and stores new and changed
// items, one committed transaction per source, so a crash mid-refresh
// keeps every source already reported done. Feeds are fetched
// conditionally with the ETag/Last-Modified the store remembers. A failing
// source is reported in its SourceResult while the rest go on; the error
// is non-nil only when ctx ends the refresh early.
func Refresh(ctx context.Context, st *store.Store, sources []string, opts RefreshOptions) (Report, error) {
	l := opts.Loader
	if l == nil {
		l = NewLoader(nil)
	}
	conc := opts.Concurrency
	if conc <= 0 {
		conc = 4
	}
	results := make([]SourceResult, len(sources))
	var mu sync.Mutex // serialises Progress so done only ever grows
	done := 0
	forEach(ctx, len(sources), conc, func(ctx context.Context, i int) {
		results[i] = refreshOne(ctx, st, l, sources[i])
		mu.Lock()
		defer mu.Unlock()
		done++
		if opts.Progress != nil {
			opts.Progress(done, len(sources), sources[i])
		}
	})
	var rep Report
	for _, res := range results {
		if res.Source == "" {
			continue // never started: the context ended first
		}
		rep.Results = append(rep.Results, res)
		rep.Added += res.Added
		rep.Updated += res.Updated
		if res.NotModified {
			rep.NotModified++
		}
		if res.Err != nil {
			rep.Failed++
		}
	}
	if err := ctx.Err(); err != nil {
		return rep, fmt.Errorf("refresh interrupted: %w", err)
	}
	return rep, nil
}

func refreshOne(ctx context.Context, st *store.Store, l *Loader, src string) SourceResult {
	res := SourceResult{Source: src}
	fail := func(err error) SourceResult {
		res.Err = &corpus.SourceError{Source: src, Err: err}
		// Recording the failure is best effort: the result carries it anyway.
		_ = st.RecordFetch(ctx, src, store.Fetch{Err: err, Time: time.Now()})
		return res
	}
	sub, err := st.GetSource(ctx, src)
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return fail(err)
	}
	if l.bigLocalFile(src) {
		res, err := refreshStream(ctx, st, l, src, sub.Lang)
		if !errors.Is(err, errNoItems) {
			if err != nil {
				return fail(err)
			}
			return res
		}
	}
	doc, err := l.read(ctx, src, Validators{ETag: sub.ETag, LastModified: sub.LastModified})
	if err != nil {
		return fail(err)
	}
	if doc.NotModified {
		res.NotModified, res.Title = true, sub.Title
		if err := st.RecordFetch(ctx, src, store.Fetch{NotModified: true, Time: time.Now()}); err != nil {
			return fail(err)
		}
		return res
	}
	f, err := l.parse(doc, src)
	if err != nil {
		return fail(err)
	}
	res.Title = f.Title
	res.Added, res.Updated, err = st.PutItems(ctx, src, storeItems(f, src, sub.Lang))
	if err != nil {
		return fail(err)
	}
	err = st.RecordFetch(ctx, src, store.Fetch{Title: res.Title, ETag: doc.ETag, LastModified: doc.LastModified, Time: time.Now()})
	if err != nil {
		return fail(err)
	}
	return res
}

// storeItems readies a feed's items for the store: the subscription's
// language fills in where the feed declares none.
func storeItems(f *Feed, src, lang string) []store.Item {
	out := make([]store.Item, len(f.Items))
	for i, it := range f.Items {
		if it.Lang == "" {
			it.Lang = lang
		}
		it.Origin = src
		out[i] = store.Item{Raw: it.Raw, GUID: it.GUID}
	}
	return out
}

// refreshStream stores a big local feed batch by batch in one transaction,
// so memory stays bounded whatever the file's size.
func refreshStream(ctx context.Context, st *store.Store, l *Loader, src, lang string) (SourceResult, error) {
	res := SourceResult{Source: src}
	put, err := st.BeginPut(ctx, src)
	if err != nil {
		return res, err
	}
	err = l.stream(src, func(f *Feed) error {
		if res.Title == "" {
			res.Title = f.Title
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		return put.Put(ctx, storeItems(f, src, lang))
	})
	if err != nil {
		put.Rollback()
		return res, err
	}
	if err := put.Commit(); err != nil {
		return res, err
	}
	res.Added, res.Updated = put.Added, put.Updated
	return res, st.RecordFetch(ctx, src, store.Fetch{Title: res.Title, Time: time.Now()})
}
