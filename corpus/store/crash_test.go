package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
)

// The crash test re-executes the test binary as a child that marks and
// stores in a loop, printing a line after each commit; the parent kills it
// with SIGKILL mid-loop, reopens the database and checks that everything
// the child reported is there.
const crashEnv = "ROSETTA_STORE_CRASH_CHILD"

func TestCrashChild(t *testing.T) {
	path := os.Getenv(crashEnv)
	if path == "" {
		t.Skip("helper process for TestKillLosesNothing")
	}
	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(2)
	}
	for i := 0; ; i++ {
		id := "art-" + strconv.Itoa(i)
		raws := []corpus.Raw{{ID: id, Title: "t" + id, Body: strings.Repeat("maneno ", 50) + id}}
		if _, _, err := st.PutArticles(ctx, "src-"+strconv.Itoa(i%7), raws); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		if err := st.SetRead(ctx, id, true); err != nil {
			fmt.Println("error", err)
			os.Exit(2)
		}
		if i%3 == 0 {
			if err := st.SetStarred(ctx, id, true); err != nil {
				fmt.Println("error", err)
				os.Exit(2)
			}
		}
		fmt.Println("ok", i) // written only after every commit of round i
	}
}

func TestKillLosesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns a child process")
	}
	path := t.TempDir() + "/crash.db"
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	last := -1
	sc := bufio.NewScanner(out)
	deadline := time.Now().Add(20 * time.Second)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "error") {
			t.Fatalf("child: %s", line)
		}
		if n, ok := strings.CutPrefix(line, "ok "); ok {
			last, _ = strconv.Atoi(n)
		}
		if last >= 300 || time.Now().After(deadline) {
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no cleanup runs
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if last < 10 {
		t.Fatalf("child committed only %d rounds before the kill", last+1)
	}

	ctx := context.Background()
	st, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Check(ctx); err != nil {
		t.Fatal(err)
	}
	state, err := st.State(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i <= last; i++ {
		id := "art-" + strconv.Itoa(i)
		if _, err := st.Body(ctx, id); err != nil {
			t.Errorf("%s reported stored but lost: %v", id, err)
		}
		if s := state[id]; !s.Read || s.Starred != (i%3 == 0) {
			t.Errorf("%s reported marked but state is %+v", id, s)
		}
	}
	t.Logf("killed after %d committed rounds; all present", last+1)
}
