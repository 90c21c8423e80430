// Command searchbench measures the search index on a generated corpus:
// build time, size against the text, reopen time, query latency per query
// class (p50/p99 for top-20 results) and peak RSS.
//
//	go run ./corpus/search/internal/searchbench -n 100000 -db /tmp/search-bench.db
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/rosetta-reader/rosetta/corpus/search"
	"github.com/rosetta-reader/rosetta/corpus/search/internal/cputime"
	"github.com/rosetta-reader/rosetta/corpus/search/internal/gen"
)

// candidates, verbose and batch are the -candidates, -v and -batch flags.
var (
	candidates int
	verbose    bool
	batch      int
)

func main() {
	n := flag.Int("n", 100000, "articles to generate")
	path := flag.String("db", "/tmp/rosetta-search-bench.db", "index path (removed first unless -reuse)")
	english := flag.Bool("english", true, "give Swahili and Albanian articles English text")
	reuse := flag.Bool("reuse", false, "keep an existing index and only measure queries")
	runs := flag.Int("runs", 20, "timed runs per query")
	cands := flag.Int("candidates", 0, "search.WithCandidates (0: the default)")
	flag.BoolVar(&verbose, "v", false, "print each query's times")
	flag.IntVar(&batch, "batch", 0, "search.BatchSize (0: the default)")
	prof := flag.String("cpuprofile", "", "write a CPU profile")
	flag.BoolVar(&optimize, "optimize", true, "merge the index into one segment after building (the app never does)")
	flag.Parse()
	if *prof != "" {
		f, err := os.Create(*prof)
		if err != nil {
			fmt.Fprintln(os.Stderr, "searchbench:", err)
			os.Exit(1)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "searchbench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	candidates = *cands
	if err := run(context.Background(), *n, *path, *english, *reuse, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "searchbench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(ctx context.Context, n int, path string, english, reuse bool, runs int) error {
	if !reuse {
		for _, suf := range []string{"", "-wal", "-shm"} {
			os.Remove(path + suf)
		}
		if err := build(ctx, n, path, english); err != nil {
			return err
		}
	}
	t0 := time.Now()
	ix, err := search.Open(ctx, path, search.WithCandidates(candidates), search.WithExpander(gen.Expander()))
	if err != nil {
		return err
	}
	if _, err := ix.Search(ctx, "putin", 1); err != nil {
		return err
	}
	fmt.Printf("reopen + first query: %v\n", time.Since(t0).Round(time.Millisecond))
	defer ix.Close()
	return measure(ctx, ix, runs)
}

func build(ctx context.Context, n int, path string, english bool) error {
	ix, err := search.Open(ctx, path)
	if err != nil {
		return err
	}
	g := gen.New(gen.Options{Seed: 1, English: english})
	var text int64
	var upWall, upCPU time.Duration
	t0, c0 := time.Now(), cputime.Process()
	const chunk = 2000
	docs := make([]search.Doc, 0, chunk)
	for i := 0; i < n; i++ {
		d := g.Next()
		text += int64(len(d.Article.Body) + len(d.Article.Title))
		for _, e := range d.English {
			text += int64(len(e))
		}
		docs = append(docs, d)
		if len(docs) == chunk || i == n-1 {
			u0, uc := time.Now(), cputime.Process()
			if _, err := ix.Update(ctx, docs, search.BatchSize(batch)); err != nil {
				return err
			}
			upWall += time.Since(u0)
			upCPU += cputime.Process() - uc
			docs = docs[:0]
		}
	}
	el, cpu := time.Since(t0), cputime.Process()-c0
	if optimize {
		o0, oc := time.Now(), cputime.Process()
		if err := ix.Optimize(ctx); err != nil {
			return err
		}
		fmt.Printf("optimize (merge + vocabulary): wall %v, cpu %v\n", time.Since(o0).Round(time.Millisecond), (cputime.Process() - oc).Round(time.Millisecond))
	}
	if err := ix.Close(); err != nil {
		return err
	}
	var size int64
	for _, suf := range []string{"", "-wal"} {
		if st, err := os.Stat(path + suf); err == nil {
			size += st.Size()
		}
	}
	fmt.Printf("build %d articles (english=%v): Update wall %v, cpu %v; with generation wall %v, cpu %v\n", n, english,
		upWall.Round(time.Millisecond), upCPU.Round(time.Millisecond), el.Round(time.Millisecond), cpu.Round(time.Millisecond))
	fmt.Printf("text %.1f MB, index %.1f MB, ratio %.2f\n", float64(text)/1e6, float64(size)/1e6, float64(size)/float64(text))
	return nil
}

// optimize: run Index.Optimize after the build.
var optimize bool

var classes = []struct {
	name    string
	queries []string
}{
	{"common 1 word", []string{"the", "ya", "të", "putin", "vietnam", "and", "na", "në"}},
	{"rare 1 word", []string{"kaliraa3", "moneze1", "shitu2", "zeboto4", "Bezdetko", "Parameswaran", "semiconductors", "rouble"}},
	{"2-3 words", []string{"putin vietnam", "the of and", "russia sanctions", "ya na wa", "moska vietnamit", "war crimes", "the visit hanoi", "kaliraa3 the"}},
	{"phrase", []string{`"South China Sea"`, `"the United States"`, `"arrest warrant"`, `"ya Marekani"`, `"of the"`, `"Vladimir Putin"`, `"në Vietnam"`, `"International Criminal Court"`}},
	{"prefix/typing", []string{"vie*", "put*", "agree*", "sanction*", "kim*", "putin viet*", `"south china"*`, "the*"}},
	{"filters", []string{"putin lang:sw", "vietnam source:bbc", "entity:Moscow lang:sq", "the -putin", "russia OR urusi", "hanoi -lang:en"}},
	{"entity aliases", []string{"russia", "moscow putin", "rusisë vietnam", "urusi the"}},
}

func measure(ctx context.Context, ix *search.Index, runs int) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var all, allCPU []time.Duration
	for _, c := range classes {
		var ds, cpu []time.Duration
		var hits int
		for _, q := range c.queries {
			if _, err := ix.Search(ctx, q, 20); err != nil { // warm-up
				return fmt.Errorf("%s: %w", q, err)
			}
			qStart := len(cpu)
			for r := 0; r < runs; r++ {
				t0, c0 := time.Now(), cputime.Thread()
				res, err := ix.Search(ctx, q, 20)
				ds = append(ds, time.Since(t0))
				cpu = append(cpu, cputime.Thread()-c0)
				if err != nil {
					return fmt.Errorf("%s: %w", q, err)
				}
				hits += len(res.Hits)
			}
			if verbose {
				fmt.Printf("    %-28s cpu p50 %7.2f max %7.2f ms\n", q, ms(pct(cpu[qStart:], 50)), ms(pct(cpu[qStart:], 100)))
			}
		}
		all, allCPU = append(all, ds...), append(allCPU, cpu...)
		fmt.Printf("%-15s wall p50 %7.2f p99 %7.2f ms | cpu p50 %7.2f p99 %7.2f ms  (%d queries × %d, avg %d hits)\n",
			c.name, ms(pct(ds, 50)), ms(pct(ds, 99)), ms(pct(cpu, 50)), ms(pct(cpu, 99)), len(c.queries), runs, hits/len(ds))
	}
	fmt.Printf("%-15s wall p50 %7.2f p99 %7.2f ms | cpu p50 %7.2f p99 %7.2f ms\n", "all",
		ms(pct(all, 50)), ms(pct(all, 99)), ms(pct(allCPU, 50)), ms(pct(allCPU, 99)))
	fmt.Printf("peak RSS: %s\n", peakRSS())
	return nil
}

func pct(ds []time.Duration, p int) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
		}
	}
	return "unknown"
}
