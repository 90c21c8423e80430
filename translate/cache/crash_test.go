package cache

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// crashEnv names the database a re-executed test binary writes to as the
// crash child.
const crashEnv = "ROSETTA_CACHE_CRASH_CHILD"

// TestCrashSafety kills a writer with SIGKILL mid-run, three times, and
// checks that the database is intact and holds everything the writer had
// reported committed.
func TestCrashSafety(t *testing.T) {
	if path := os.Getenv(crashEnv); path != "" {
		crashChild(path)
		return
	}
	if testing.Short() {
		t.Skip("spawns child processes")
	}
	path := filepath.Join(t.TempDir(), "cache.db")
	var committed []string
	for round := range 3 {
		committed = append(committed, runAndKill(t, path, round, time.Duration(150+100*round)*time.Millisecond)...)
	}
	if len(committed) < 10 {
		t.Fatalf("children reported only %d commits; the test proves nothing", len(committed))
	}

	ctx := context.Background()
	c, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopening after kill -9: %v", err)
	}
	defer c.Close()
	var check string
	if err := c.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	for _, line := range committed {
		verifyCommitted(t, c, line)
	}
	t.Logf("%d commits reported by 3 killed writers, all present", len(committed))
}

// runAndKill starts the child, lets it write for about d, kills it with
// SIGKILL (by its PID) and returns the commits it reported.
func runAndKill(t *testing.T, path string, round int, d time.Duration) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashSafety$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path, fmt.Sprintf("ROSETTA_CACHE_CRASH_ROUND=%d", round))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 1024)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	var got []string
	deadline := time.After(d)
	for collecting := true; collecting; {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("child exited before it was killed (after %d commits)", len(got))
			}
			got = append(got, l)
		case <-deadline:
			collecting = false
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	for l := range lines { // what the child printed before it died
		got = append(got, l)
	}
	_ = cmd.Wait()
	var commits []string
	for _, l := range got {
		if strings.HasPrefix(l, "T ") || strings.HasPrefix(l, "K ") {
			commits = append(commits, l)
		}
	}
	return commits
}

// crashChild writes until killed: each round of the loop stores a batch of
// translations through Wrap (one transaction) and one KV value, printing a
// line after each commit. It stops by itself after a minute so a lost
// parent never leaves it running.
func crashChild(path string) {
	ctx := context.Background()
	c, err := Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	round := os.Getenv("ROSETTA_CACHE_CRASH_ROUND")
	w := Wrap(&counting{name: "crash", model: "m"}, c)
	stop := time.Now().Add(time.Minute)
	for i := 0; time.Now().Before(stop); i++ {
		id := round + "-" + fmt.Sprint(i)
		if _, err := w.Translate(ctx, crashSegs(id), "sw", "en"); err != nil || c.errs.Load() > 0 {
			fmt.Fprintln(os.Stderr, "translate:", err, c.errs.Load())
			os.Exit(2)
		}
		fmt.Printf("T %s\n", id)
		if err := c.Put(ctx, "crash", id, []byte("value "+id)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		fmt.Printf("K %s\n", id)
	}
	os.Exit(0)
}

func crashSegs(id string) []string {
	return []string{"aya ya kwanza " + id, "aya ya pili " + id, strings.Repeat("ndefu "+id+" ", 200)}
}

func verifyCommitted(t *testing.T, c *Cache, line string) {
	t.Helper()
	ctx := context.Background()
	kind, id, _ := strings.Cut(line, " ")
	switch kind {
	case "K":
		v, ok, err := c.Get(ctx, "crash", id)
		if err != nil || !ok || string(v) != "value "+id {
			t.Errorf("committed KV %s missing: %q, %v, %v", id, v, ok, err)
		}
	case "T":
		b := &counting{name: "crash", model: "m"}
		if _, err := Wrap(b, c).Translate(ctx, crashSegs(id), "sw", "en"); err != nil || len(b.sent()) != 0 {
			t.Errorf("committed translations %s missing (backend asked %d times, err %v)", id, len(b.sent()), err)
		}
	}
}
