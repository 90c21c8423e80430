package search_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus/search"
	"github.com/rosetta-reader/rosetta/corpus/search/internal/gen"
	_ "modernc.org/sqlite"
)

// genDocs returns n generated docs (deterministic for a seed).
func genDocs(n int, seed uint64) []search.Doc {
	g := gen.New(gen.Options{Seed: seed, English: true})
	docs := make([]search.Doc, n)
	for i := range docs {
		docs[i] = g.Next()
	}
	return docs
}

const crashEnv = "ROSETTA_SEARCH_CRASH_CHILD"

// TestMain lets the test binary act as the child process of
// TestKilledWhileIndexing: it indexes into the path given in crashEnv until
// it is killed.
func TestMain(m *testing.M) {
	if path := os.Getenv(crashEnv); path != "" {
		ix, err := search.Open(context.Background(), path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Println("indexing")
		if _, err := ix.Update(context.Background(), genDocs(crashDocs, 9), search.BatchSize(25)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

const crashDocs = 1500

func TestKilledWhileIndexing(t *testing.T) {
	if testing.Short() {
		t.Skip("re-executes the test binary")
	}
	path := t.TempDir() + "/search.db"
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 9)
	if _, err := out.Read(buf); err != nil || !strings.HasPrefix(string(buf), "indexing") {
		t.Fatalf("child did not start: %q %v", buf, err)
	}
	// Let it commit some batches, then kill it mid-way.
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if st, err := os.Stat(path + "-wal"); err == nil && st.Size() > 2<<20 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	ctx := context.Background()
	ix, err := search.Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	defer ix.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check after kill: %q %v", res, err)
	}
	var before int
	db.QueryRow(`SELECT count(*) FROM doc`).Scan(&before)
	t.Logf("%d of %d articles were committed before the kill", before, crashDocs)
	if before == crashDocs {
		t.Log("the child finished before it was killed; the repair step is trivial")
	}
	st, err := ix.Update(ctx, genDocs(crashDocs, 9))
	if err != nil {
		t.Fatalf("update after kill: %v", err)
	}
	if st.Unchanged != before || st.Added != crashDocs-before || st.Changed != 0 {
		t.Errorf("repair update %+v: want %d unchanged, %d added", st, before, crashDocs-before)
	}
	if _, err := db.Exec(`INSERT INTO fts(fts) VALUES('integrity-check')`); err != nil {
		t.Errorf("fts5 integrity-check after repair: %v", err)
	}
	var after int
	db.QueryRow(`SELECT count(*) FROM doc`).Scan(&after)
	if after != crashDocs {
		t.Errorf("%d articles after repair, want %d", after, crashDocs)
	}
	if r, err := ix.Search(ctx, "putin", 5); err != nil || len(r.Hits) == 0 {
		t.Errorf("search after repair: %v, %v", r, err)
	}
}

// TestSearchWhileIndexing runs searches beside a long Update, on disk (WAL,
// several connections) and in memory (one connection); run with -race.
func TestSearchWhileIndexing(t *testing.T) {
	docs := genDocs(600, 4)
	for _, path := range []string{t.TempDir() + "/search.db", ""} {
		ctx := context.Background()
		ix, err := search.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		done := make(chan struct{})
		errs := make(chan error, 8)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(done)
			if _, err := ix.Update(ctx, docs, search.BatchSize(40)); err != nil {
				errs <- err
			}
		}()
		for w := 0; w < 3; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				q := []string{"putin", `"South China Sea"`, "vietnam OR hanoi lang:sq"}[w]
				for {
					select {
					case <-done:
						return
					default:
					}
					if _, err := ix.Search(ctx, q, 10); err != nil {
						errs <- err
						return
					}
				}
			}(w)
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("%q: %v", path, err)
		}
		if r, err := ix.Search(ctx, "putin", 20); err != nil || r.Articles != 20 {
			t.Errorf("after indexing: %d articles, %v", r.Articles, err)
		}
		ix.Close()
	}
}
