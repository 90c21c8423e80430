package feed

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestRefresh(t *testing.T) {
	var fetches, notModified atomic.Int32
	mux := http.NewServeMux()
	mux.HandleFunc("/sw", func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		if r.Header.Get("If-None-Match") == `"sw-1"` {
			notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"sw-1"`)
		w.Write(genRSS("Habari", "sw", 5))
	})
	mux.HandleFunc("/sq", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Last-Modified", "Thu, 20 Jun 2024 08:00:00 GMT")
		if r.Header.Get("If-Modified-Since") != "" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Write(genRSS("Lajme", "sq", 3))
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<rss><chan")) })
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", 500) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	st := openStore(t)
	ctx := context.Background()
	srcs := []string{srv.URL + "/sw", srv.URL + "/sq", srv.URL + "/broken", srv.URL + "/down", "testdata/albanian.atom"}
	var mu sync.Mutex
	var progress []int
	opts := RefreshOptions{Concurrency: 2, Loader: NewLoader(newTestFetcher(FetcherOptions{})),
		Progress: func(done, total int, src string) {
			mu.Lock()
			defer mu.Unlock()
			if total != len(srcs) {
				t.Errorf("progress total %d", total)
			}
			progress = append(progress, done)
		}}
	rep, err := Refresh(ctx, st, srcs, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 10 || rep.Failed != 2 || len(rep.Results) != 5 {
		t.Errorf("first refresh: %+v", rep)
	}
	if fmt.Sprint(progress) != "[1 2 3 4 5]" {
		t.Errorf("progress %v", progress)
	}
	for _, e := range rep.Errors() {
		var se *corpus.SourceError
		if !errors.As(e, &se) || strings.Contains(e.Error(), "\n") {
			t.Errorf("failure %q is not a one-line SourceError", e)
		}
	}
	if r := rep.Results[3]; r.Source != srv.URL+"/down" || !strings.Contains(r.Err.Error(), "HTTP 500") {
		t.Errorf("down result %+v", r)
	}
	// Second refresh: 304s keep the stored items; nothing new.
	progress = nil
	rep, err = Refresh(ctx, st, srcs, opts)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 0 || rep.Updated != 0 || rep.NotModified != 2 || notModified.Load() != 1 {
		t.Errorf("second refresh: %+v (304s served: %d)", rep, notModified.Load())
	}
	hs, err := st.Headers(ctx)
	if err != nil || len(hs) != 10 {
		t.Fatalf("%d stored articles, %v", len(hs), err)
	}
	langs := map[string]int{}
	for _, h := range hs {
		langs[h.Lang]++
	}
	if langs["sw"] != 5 || langs["sq"] != 4 || langs["en"] != 1 {
		t.Errorf("languages %v", langs)
	}
	srcRows, _ := st.Sources(ctx)
	for _, s := range srcRows {
		if s.URL == srv.URL+"/sw" && (s.ETag != `"sw-1"` || s.Title != "Habari" || s.Err != "") {
			t.Errorf("source row %+v", s)
		}
		if s.URL == srv.URL+"/down" && !strings.Contains(s.Err, "500") {
			t.Errorf("failed source row %+v", s)
		}
	}
}

func TestRefreshCancelled(t *testing.T) {
	st := openStore(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Refresh(ctx, st, []string{"testdata/swahili.rss"}, RefreshOptions{})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v", err)
	}
}

func TestRefreshSubscriptionLanguage(t *testing.T) {
	st := openStore(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "nolang.rss")
	os.WriteFile(path, []byte(`<rss version="2.0"><channel><title>N</title><item><title>Habari</title><guid>1</guid></item></channel></rss>`), 0o644)
	if err := st.AddSource(ctx, store.Source{URL: path, Lang: "sw"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Refresh(ctx, st, []string{path}, RefreshOptions{}); err != nil {
		t.Fatal(err)
	}
	hs, _ := st.Headers(ctx)
	if len(hs) != 1 || hs[0].Lang != "sw" {
		t.Errorf("headers %+v", hs)
	}
}

// Kill -9 during a refresh: the child refreshes many feeds, printing each
// one the progress callback reports done; every reported feed must be in
// the reopened store.
const refreshChildEnv = "ROSETTA_FEED_REFRESH_CHILD"

func TestRefreshChild(t *testing.T) {
	dir := os.Getenv(refreshChildEnv)
	if dir == "" {
		t.Skip("helper process for TestKillDuringRefresh")
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "r.db"))
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	srcs, _ := filepath.Glob(filepath.Join(dir, "*.rss"))
	_, err = Refresh(ctx, st, srcs, RefreshOptions{Concurrency: 2, Progress: func(done, total int, src string) {
		fmt.Println("done", src)
	}})
	if err != nil {
		fmt.Println("error", err)
	}
	os.Exit(0)
}

func TestKillDuringRefresh(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	dir := t.TempDir()
	const feeds, perFeed = 60, 200
	for i := 0; i < feeds; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("f%02d.rss", i)), genRSS(fmt.Sprintf("feed%02d", i), "sw", perFeed), 0o644)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestRefreshChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), refreshChildEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var done []string
	sc := bufio.NewScanner(out)
	deadline := time.Now().Add(30 * time.Second)
	for sc.Scan() && len(done) < 10 && time.Now().Before(deadline) {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
		if src, ok := strings.CutPrefix(line, "done "); ok {
			done = append(done, src)
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if len(done) < 3 {
		t.Fatalf("only %d feeds done before the kill", len(done))
	}
	ctx := context.Background()
	st, err := store.Open(ctx, filepath.Join(dir, "r.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Check(ctx); err != nil {
		t.Fatal(err)
	}
	hs, err := st.Headers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	perSource := map[string]int{}
	for _, h := range hs {
		perSource[h.Origin]++
	}
	for _, src := range done {
		if perSource[src] != perFeed {
			t.Errorf("%s reported done but has %d of %d items", src, perSource[src], perFeed)
		}
	}
	for src, n := range perSource {
		if n != perFeed {
			t.Errorf("%s stored partially: %d of %d (a feed must commit whole)", src, n, perFeed)
		}
	}
	t.Logf("killed after %d of %d feeds; %d articles intact", len(done), feeds, len(hs))
}

func TestRefreshBigLocalFileStreams(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.rss")
	data := genRSS("Big", "sw", 20000)
	if len(data) <= streamThreshold {
		t.Fatalf("generated %d bytes, not above the %d streaming threshold", len(data), streamThreshold)
	}
	os.WriteFile(path, data, 0o644)
	st := openStore(t)
	ctx := context.Background()
	l := NewLoader(NewFetcher(FetcherOptions{MaxBytes: 1 << 20})) // streaming ignores the whole-read limit
	rep, err := Refresh(ctx, st, []string{path}, RefreshOptions{Loader: l})
	if err != nil || rep.Added != 20000 || rep.Failed != 0 || rep.Results[0].Title != "Big" {
		t.Fatalf("first refresh %+v, %v", rep, err)
	}
	rep, err = Refresh(ctx, st, []string{path}, RefreshOptions{Loader: l})
	if err != nil || rep.Added != 0 || rep.Updated != 0 {
		t.Fatalf("second refresh %+v, %v", rep, err)
	}
	raws, err := l.Load(ctx, path)
	if err != nil || len(raws) != 20000 {
		t.Fatalf("Load: %d raws, %v", len(raws), err)
	}
}
