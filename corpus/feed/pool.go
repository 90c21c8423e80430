package feed

import (
	"context"
	"sync"
)

// forEach calls fn(i) for i in [0, n) on at most limit goroutines and
// returns when all calls are done. Once ctx is cancelled no new call starts;
// fn sees the cancellation through ctx.
func forEach(ctx context.Context, n, limit int, fn func(ctx context.Context, i int)) {
	if limit < 1 {
		limit = 1
	}
	sem := make(chan struct{}, limit)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		select {
		case <-ctx.Done():
			wg.Wait()
			return
		case sem <- struct{}{}:
		}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			fn(ctx, i)
		}()
	}
	wg.Wait()
}
