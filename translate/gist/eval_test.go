package gist

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDump writes gist translations of evaluation files for chrF
// scoring with /work/shared/tools/chrf. It runs only when GIST_EVAL names
// an output folder:
//
//	GIST_EVAL=/tmp/gist go test -run TestEvalDump ./translate/gist/
func TestEvalDump(t *testing.T) {
	dir := os.Getenv("GIST_EVAL")
	if dir == "" {
		t.Skip("set GIST_EVAL to an output folder")
	}
	data := filepath.Join("..", "..", "..", "shared", "data")
	jobs := []struct{ lang, in, out string }{
		{"sq", filepath.Join("testdata", "seed001.sq.txt"), "seed.sq.hyp"},
		{"sq", filepath.Join(data, "ntrex128", "newstest2019-ref.sqi.txt"), "ntrex.sq.hyp"},
		{"sw", filepath.Join(data, "ntrex128", "newstest2019-ref.swa.txt"), "ntrex.sw.hyp"},
	}
	e := New()
	for _, j := range jobs {
		segs, err := readLines(j.in, 500)
		if err != nil {
			t.Skipf("evaluation data missing: %v", err)
		}
		out, err := e.Translate(context.Background(), segs, j.lang, "en")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, j.out), []byte(strings.Join(out, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readLines(path string, limit int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() && len(out) < limit {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}
