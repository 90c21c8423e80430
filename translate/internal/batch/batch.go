// Package batch splits a list of segments into requests a remote service
// accepts and runs those requests with bounded parallelism.
package batch

import (
	"context"
	"strings"
	"sync"
)

// Blank reports whether s has nothing to translate. Blank segments are
// never sent: they come back unchanged, which keeps the output count equal
// to the input count without spending a request.
func Blank(s string) bool { return strings.TrimSpace(s) == "" }

// Plan groups the indices of the non-blank segments into batches of at most
// maxN segments and at most maxBytes bytes of text (a single segment larger
// than maxBytes gets a batch of its own). maxN or maxBytes ≤ 0 means no
// limit of that kind. Order is preserved.
func Plan(segs []string, maxN, maxBytes int) [][]int {
	var out [][]int
	var cur []int
	size := 0
	for i, s := range segs {
		if Blank(s) {
			continue
		}
		full := maxN > 0 && len(cur) >= maxN
		over := maxBytes > 0 && len(cur) > 0 && size+len(s) > maxBytes
		if full || over {
			out = append(out, cur)
			cur, size = nil, 0
		}
		cur = append(cur, i)
		size += len(s)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// Pick returns segs[idx...].
func Pick(segs []string, idx []int) []string {
	out := make([]string, len(idx))
	for j, i := range idx {
		out[j] = segs[i]
	}
	return out
}

// Each calls fn(ctx, i) for i in [0, n) with at most par calls running at
// once. The first error cancels the context given to the remaining calls
// and is returned; later errors (usually context.Canceled) are dropped.
func Each(ctx context.Context, par, n int, fn func(ctx context.Context, i int) error) error {
	if n == 0 {
		return ctx.Err()
	}
	par = max(1, min(par, n))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	var (
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
		next  = make(chan int)
	)
	for range par {
		wg.Go(func() {
			for i := range next {
				if err := fn(ctx, i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
						cancel()
					}
					mu.Unlock()
				}
			}
		})
	}
	feed(ctx, next, n)
	wg.Wait()
	if first != nil {
		return first
	}
	return ctx.Err()
}

// feed hands out the indices until done or ctx ends, then closes next.
func feed(ctx context.Context, next chan<- int, n int) {
	defer close(next)
	for i := range n {
		// select picks at random among ready cases: without this check a
		// waiting worker would keep getting indices after ctx ended.
		if ctx.Err() != nil {
			return
		}
		select {
		case next <- i:
		case <-ctx.Done():
			return
		}
	}
}
