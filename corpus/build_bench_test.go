package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkBuild builds each sample article (003 is the 3 KB English one;
// 001 exercises tiling, 004 the glued-word repair).
func BenchmarkBuild(b *testing.B) {
	files, _ := filepath.Glob("sample/*.txt")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		raw := Raw{ID: filepath.Base(f), Body: string(data)}
		b.Run(filepath.Base(f)[:3], func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Build(raw)
			}
		})
	}
}

// syntheticRaws makes n articles of about 3 KB each from the seed
// paragraphs, each with its own mix and order, like a generated corpus.
func syntheticRaws(b testing.TB, n int) []Raw {
	files, _ := filepath.Glob("sample/*.txt")
	var paras []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if len(l) > 40 && len(l) < 1000 {
				paras = append(paras, l)
			}
		}
	}
	raws := make([]Raw, n)
	for i := range raws {
		var sb strings.Builder
		sb.WriteString("Headline number " + strconv.Itoa(i) + " about the visit\n\n")
		for k := 0; sb.Len() < 3000; k++ {
			sb.WriteString(paras[(i*7+k*13)%len(paras)])
			sb.WriteString("\n\n")
		}
		raws[i] = Raw{ID: strconv.Itoa(i), Body: sb.String()}
	}
	return raws
}

// BenchmarkBuildAll builds 1,000 synthetic 3 KB articles per op on all
// cores; the µs/article metric times 10,000 is the cost of loading a
// 10,000-article corpus.
func BenchmarkBuildAll(b *testing.B) {
	raws := syntheticRaws(b, 1000)
	size := 0
	for _, r := range raws {
		size += len(r.Body)
	}
	b.SetBytes(int64(size))
	reportCPU := cpuMetric(b)
	for b.Loop() {
		BuildAll(raws)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(raws)), "µs/article")
	reportCPU(len(raws))
}

// cpuMetric starts measuring the process's CPU time; the function it
// returns reports it per article ("cpu-µs/article": user plus system time
// on all cores, the figure the 60 µs budget is set in).
func cpuMetric(b *testing.B) func(articles int) {
	start, ok := processCPU()
	return func(articles int) {
		if end, ok2 := processCPU(); ok && ok2 {
			b.ReportMetric(float64((end-start).Microseconds())/float64(b.N*articles), "cpu-µs/article")
		}
	}
}

// BenchmarkBuildAllDir builds the articles of the directory named by
// ROSETTA_BENCH_DIR (e.g. `go run ./bench/gen -n 10000 -out /tmp/c10k`),
// as `rosetta list` does after loading them; skipped when it is unset.
func BenchmarkBuildAllDir(b *testing.B) {
	dir := os.Getenv("ROSETTA_BENCH_DIR")
	if dir == "" {
		b.Skip("ROSETTA_BENCH_DIR is not set")
	}
	raws, err := DirLoader{}.Load(context.Background(), dir)
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, r := range raws {
		size += len(r.Body)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	reportCPU := cpuMetric(b)
	for b.Loop() {
		BuildAll(raws)
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(raws)), "µs/article")
	reportCPU(len(raws))
}

// BenchmarkOpenDir loads a directory of 10,000 synthetic 3 KB articles
// through DirLoader and BuildAll, as `rosetta list` does.
func BenchmarkOpenDir(b *testing.B) {
	dir := b.TempDir()
	raws := syntheticRaws(b, 10000)
	for _, r := range raws {
		if err := os.WriteFile(filepath.Join(dir, r.ID+".txt"), []byte(r.Body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU := cpuMetric(b)
	for b.Loop() {
		c, warns, err := Open(context.Background(), []string{dir}, DirLoader{})
		if err != nil || len(warns) > 0 || c.Len() != len(raws) {
			b.Fatalf("Open: %d articles, %v, %v", c.Len(), warns, err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(raws)), "µs/article")
	reportCPU(len(raws))
}
