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
// more, the rest lower case) of every raw body, a share of the raws per
// core. It runs at most once per BuildAll, and only if some article has a
// glued-word candidate that its own text cannot vouch for.
func capitalisedWords(raws []Raw) map[string]bool {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(raws)))
	parts := make([]map[string]bool, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			names := map[string]bool{}
			for i := w; i < len(raws); i += workers {
				addCapitalised(names, raws[i].Body)
			}
			parts[w] = names
		})
	}
	wg.Wait()
	for _, p := range parts[1:] {
		for w := range p {
			parts[0][w] = true
		}
	}
	return parts[0]
}

// addCapitalised adds to names the words of p (runs of letters) that are
// an ASCII capital and two or more lower-case ASCII letters. It looks only
// at capitals, passing the rest of the text eight bytes at a time: the
// whole batch is read this way.
func addCapitalised(names map[string]bool, p string) {
	for i := 0; i < len(p); i++ {
		// Eight bytes at a time while they hold no capital.
		for i+8 <= len(p) && !hasUpper(load64(p, i)) {
			i += 8
		}
		if i >= len(p) {
			break
		}
		if !isUpper(p[i]) || letterBefore(p, i) {
			continue
		}
		j := i + 1
		for j < len(p) && isLower(p[j]) {
			j++
		}
		// Names recur: a look-up is cheaper than storing again.
		if w := p[i:j]; j-i >= 3 && !names[w] && !letterAfter(p, j) {
			names[w] = true
		}
		i = j - 1
	}
}

// hasUpper reports whether one of the eight bytes of x is an ASCII capital
// (a "has a byte between" bit trick: bytes of 0x80 and above never count).
func hasUpper(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low := x & (ones * 0x7f)
	return (ones*(127+'Z'+1)-low)&^x&(low+ones*(127-('A'-1)))&highs != 0
}
