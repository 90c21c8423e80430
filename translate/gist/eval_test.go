package gist

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalDump writes gist translations, sources and references of the
// evaluation sets for chrF scoring; it runs only when GIST_EVAL names an
// output folder:
//
//	GIST_EVAL=/tmp/gist go test -run TestEvalDump ./translate/gist/
//	/work/shared/tools/chrf /tmp/gist/ntrex500.sq.hyp /tmp/gist/ntrex500.sq.ref
//
// Sets: seed (sample 001 vs 003, aligned by hand), ntrex500 (the first 500
// NTREX-128 lines, looked at while choosing vocabulary), ntrexrest (lines
// 501-1997, never looked at), flores (SIB-200/FLORES train+dev, never
// looked at). *.src scored against *.ref is the copy baseline.
func TestEvalDump(t *testing.T) {
	dir := os.Getenv("GIST_EVAL")
	if dir == "" {
		t.Skip("set GIST_EVAL to an output folder")
	}
	data := filepath.Join("..", "..", "..", "shared", "data")
	ntrex := func(f string) string { return filepath.Join(data, "ntrex128", "newstest2019-"+f+".txt") }
	flores := func(l string) []string {
		return []string{filepath.Join(data, "sib200_flores", l, "train.tsv"), filepath.Join(data, "sib200_flores", l, "dev.tsv")}
	}
	type set struct {
		name, lang string
		src, ref   []string
		from, to   int
		tsv        bool
	}
	sets := []set{
		{"seed", "sq", []string{filepath.Join("testdata", "seed001.sq.txt")}, []string{filepath.Join("testdata", "seed003.en.txt")}, 0, 1 << 30, false},
		{"ntrex500", "sq", []string{ntrex("ref.sqi")}, []string{ntrex("src.eng")}, 0, 500, false},
		{"ntrex500", "sw", []string{ntrex("ref.swa")}, []string{ntrex("src.eng")}, 0, 500, false},
		{"ntrexrest", "sq", []string{ntrex("ref.sqi")}, []string{ntrex("src.eng")}, 500, 1 << 30, false},
		{"ntrexrest", "sw", []string{ntrex("ref.swa")}, []string{ntrex("src.eng")}, 500, 1 << 30, false},
		{"flores", "sq", flores("als_Latn"), flores("eng_Latn"), 0, 1 << 30, true},
		{"flores", "sw", flores("swh_Latn"), flores("eng_Latn"), 0, 1 << 30, true},
	}
	e := New()
	for _, s := range sets {
		src, err := readSegments(s.src, s.tsv)
		if err != nil {
			t.Skipf("evaluation data missing: %v", err)
		}
		ref, err := readSegments(s.ref, s.tsv)
		if err != nil {
			t.Skipf("evaluation data missing: %v", err)
		}
		src, ref = src[s.from:min(s.to, len(src))], ref[s.from:min(s.to, len(ref))]
		hyp, err := e.Translate(context.Background(), src, s.lang, "en")
		if err != nil {
			t.Fatal(err)
		}
		for ext, lines := range map[string][]string{"src": src, "ref": ref, "hyp": hyp} {
			path := filepath.Join(dir, s.name+"."+s.lang+"."+ext)
			if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// readSegments reads one segment per line; tsv files keep their third
// column (SIB-200: index, category, text) and drop the header.
func readSegments(paths []string, tsv bool) ([]string, error) {
	var out []string
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for first := true; sc.Scan(); first = false {
			line := sc.Text()
			if tsv {
				cols := strings.Split(line, "\t")
				if first || len(cols) < 3 {
					continue
				}
				line = cols[2]
			}
			out = append(out, line)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
