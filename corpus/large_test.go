package corpus

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// largeBody is about size bytes of English paragraphs from the sample,
// with a headline first line, like a long article file.
func largeBody(t testing.TB, size int) string {
	raws := syntheticRaws(t, 40)
	var b strings.Builder
	b.Grow(size + 4096)
	b.WriteString("Putin aims to deepen the strategic partnership with Vietnam\n\n")
	for i := 0; b.Len() < size; i++ {
		body := raws[i%len(raws)].Body
		b.WriteString(body[strings.Index(body, "\n\n")+2:])
	}
	return b.String()
}

// heapAfterGC is the live heap once collected.
func heapAfterGC() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// TestBuildFreesRaw: an article keeps its Body and spans, not the raw text
// it was built from. A title cut from the raw body (a substring) used to
// keep the whole raw text alive: twice the article's size for as long as
// it was open.
func TestBuildFreesRaw(t *testing.T) {
	const size = 4 << 20
	before := heapAfterGC()
	a := Build(Raw{ID: "big", Body: largeBody(t, size)})
	kept := heapAfterGC() - before
	if a.Title != "Putin aims to deepen the strategic partnership with Vietnam" {
		t.Fatalf("title %q", a.Title)
	}
	// Body (size) and its paragraph and sentence spans (these short sample
	// paragraphs take about 0.4 bytes of spans a byte); with the raw text
	// it was 2.4 times the size.
	if limit := uint64(size) * 16 / 10; kept > limit {
		t.Errorf("a %d MB article keeps %.1f MB alive, want under %.1f MB (is the raw text still referenced?)",
			size>>20, float64(kept)/(1<<20), float64(limit)/(1<<20))
	}
	runtime.KeepAlive(a)
}

// TestOpenLargeFileAllocs: opening a large file allocates its text twice
// (read, then Body) plus its spans and Build's working slices, not once
// more to turn the bytes read into a string, nor the spans many times over
// as slices grow (5.9 bytes a byte before, 3.8 since).
func TestOpenLargeFileAllocs(t *testing.T) {
	if raceDetector {
		t.Skip("allocation counts under the race detector are its own")
	}
	const size = 4 << 20
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(largeBody(t, size)), 0o644); err != nil {
		t.Fatal(err)
	}
	var ms0, ms1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms0)
	c, warns, err := Open(context.Background(), []string{path}, DirLoader{})
	runtime.ReadMemStats(&ms1)
	if err != nil || len(warns) > 0 || c.Len() != 1 {
		t.Fatalf("Open: %v, %v", warns, err)
	}
	perByte := float64(ms1.TotalAlloc-ms0.TotalAlloc) / size
	t.Logf("%.2f bytes allocated per byte of file", perByte)
	if perByte > 4.5 {
		t.Errorf("opening a %d MB file allocates %.2f bytes per byte, want under 4.5", size>>20, perByte)
	}
}

// BenchmarkOpenLarge opens one 16 MB article file, as `rosetta list` and
// the reader do; alloc-B/B is the bytes allocated per byte of file.
func BenchmarkOpenLarge(b *testing.B) {
	const size = 16 << 20
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(largeBody(b, size)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	var ms0, ms1 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	for b.Loop() {
		if _, _, err := Open(context.Background(), []string{path}, DirLoader{}); err != nil {
			b.Fatal(err)
		}
	}
	runtime.ReadMemStats(&ms1)
	b.ReportMetric(float64(ms1.TotalAlloc-ms0.TotalAlloc)/float64(b.N)/size, "alloc-B/B")
}
