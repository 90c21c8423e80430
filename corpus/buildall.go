package corpus

import (
	"runtime"
	"sync"
)

// BuildAll builds raws like Build, on all cores, in order. Articles loaded
// together vouch for each other's names in the run-together-word repair:
// "Parameswaran" written alone in one article lets "Parameswaranan" be
// split in another (see glued.go). Open and Sample build through it.
func BuildAll(raws []Raw) []*Article {
	names := sync.OnceValue(func() map[string]bool { return capitalisedWords(raws) })
	out := make([]*Article, len(raws))
	workers := min(runtime.GOMAXPROCS(0), len(raws))
	if workers <= 1 {
		for i, r := range raws {
			out[i] = build(r, names)
		}
		return out
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				out[i] = build(raws[i], names)
			}
		})
	}
	for i := range raws {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// capitalisedWords collects the capitalised ASCII words (three letters or
// more, the rest lower case) of every raw body. It runs at most once per
// BuildAll, and only if some article has a glued-word candidate.
func capitalisedWords(raws []Raw) map[string]bool {
	names := map[string]bool{}
	for _, r := range raws {
		forEachWord(r.Body, func(s, e int) {
			if w := r.Body[s:e]; len(w) >= 3 && isUpper(w[0]) && lowerTail(w) {
				names[w] = true
			}
		})
	}
	return names
}
