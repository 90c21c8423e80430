package corpus

import (
	"os"
	"path/filepath"
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
