package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// These tests drive the built binary in a real terminal (tmux), as a user
// would: send keys, read the screen.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// rosettaBinary builds cmd/rosetta once per test run.
func rosettaBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "rosetta-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "rosetta")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// tmuxSession is one detached tmux server+session running a command.
type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

func newTmux(t *testing.T, cols, rows int, env []string, cmdline string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	s := &tmuxSession{t: t, socket: fmt.Sprintf("rosetta-test-%d-%d", os.Getpid(), time.Now().UnixNano()), name: "r"}
	// The command's exit status is printed after it ends, then the pane
	// stays open so the test can read it.
	script := fmt.Sprintf("%s; echo EXIT=$?; sleep 30", cmdline)
	args := []string{"new-session", "-d", "-s", s.name, "-x", fmt.Sprint(cols), "-y", fmt.Sprint(rows)}
	for _, kv := range env {
		args = append(args, "-e", kv)
	}
	args = append(args, "sh", "-c", script)
	s.run(args...)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	return s
}

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.run(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

func (s *tmuxSession) screen() string {
	s.t.Helper()
	return s.run("capture-pane", "-p", "-t", s.name)
}

// waitFor polls the screen until every want string is on it.
func (s *tmuxSession) waitFor(timeout time.Duration, want ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(timeout)
	var scr string
	for time.Now().Before(deadline) {
		scr = s.screen()
		missing := false
		for _, w := range want {
			if !strings.Contains(scr, w) {
				missing = true
				break
			}
		}
		if !missing {
			return scr
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("timed out waiting for %q; screen:\n%s", want, scr)
	return ""
}

func isolatedEnv(t *testing.T) []string {
	d := t.TempDir()
	return []string{
		"XDG_CACHE_HOME=" + filepath.Join(d, "cache"),
		"XDG_DATA_HOME=" + filepath.Join(d, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(d, "config"),
		"TERM=xterm-256color",
	}
}

func TestTmuxReaderOnSample(t *testing.T) {
	bin := rosettaBinary(t)
	s := newTmux(t, 120, 40, isolatedEnv(t), bin)
	scr := s.waitFor(20*time.Second, "Rais wa Urusi", "Presidenti rus", "What is Putin expecting",
		"Putin signed dozens", "After his controversial visit")
	for _, code := range []string{" sw ", " sq ", " en "} {
		if !strings.Contains(scr, code) {
			t.Errorf("list does not show language code %q:\n%s", code, scr)
		}
	}
	// The Swahili article is first in the list.
	s.keys("Enter")
	// The English rows arrive after the article: wait for them.
	s.waitFor(20*time.Second, "English", "gist", "Urusi", "Russia")
	s.keys("]")
	s.waitFor(15*time.Second, "Presidenti rus")
	s.keys("l")
	time.Sleep(300 * time.Millisecond)
	s.keys("q")
	s.waitFor(15*time.Second, "EXIT=0")
}

// TestTmuxHostileText opens every article of the hostile-text corpus (escape
// sequences, C1 controls, bidi overrides, zero-width and wide characters,
// a 10,000-character word, invalid UTF-8) and checks that none of them
// reaches the terminal: the pane title and clipboard are untouched and the
// frame around the article (header, separator, status and help lines)
// stays where it belongs.
func TestTmuxHostileText(t *testing.T) {
	bin := rosettaBinary(t)
	dir, err := filepath.Abs("../../corpus/testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.*"))
	if len(files) < 10 {
		t.Fatalf("hostile corpus missing: %d files in %s", len(files), dir)
	}
	const cols, rows = 100, 30
	s := newTmux(t, cols, rows, isolatedEnv(t), bin+" --corpus "+dir)
	s.run("set-option", "-t", s.name, "set-clipboard", "external")
	s.waitFor(20*time.Second, fmt.Sprintf("%d articles", len(files)))
	// The reader names its window; no article may rename it.
	title := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{pane_title}"))
	for i := range files {
		s.keys("Enter")
		scr := s.waitFor(15*time.Second, "English")
		checkFrame(t, scr, cols, rows, i)
		if got := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{pane_title}")); got != title {
			t.Fatalf("article %d changed the pane title to %q", i, got)
		}
		s.keys("G")
		checkFrame(t, s.screen(), cols, rows, i)
		s.keys("Escape")
		time.Sleep(100 * time.Millisecond)
		s.keys("j")
	}
	if bufs := strings.TrimSpace(s.run("list-buffers")); bufs != "" {
		t.Errorf("an article wrote to the clipboard (OSC 52): %s", bufs)
	}
	s.keys("q")
	s.waitFor(15*time.Second, "EXIT=0")
}

// checkFrame asserts the reader's frame is intact: the screen has exactly
// its rows, no line is wider than the terminal, the pane separator stays
// in one column on every body line, and the help line is the last line.
func checkFrame(t *testing.T, scr string, cols, rows, article int) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(scr, "\n"), "\n")
	if len(lines) > rows {
		t.Fatalf("article %d: %d lines on a %d-line screen", article, len(lines), rows)
	}
	sepCol := -1
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > cols {
			t.Fatalf("article %d: line %d is %d cells wide:\n%s", article, i, w, scr)
		}
		if i < 1 || i >= len(lines)-2 {
			continue
		}
		c := strings.IndexRune(l, '│')
		if c < 0 {
			continue
		}
		col := ansi.StringWidth(l[:c])
		if sepCol == -1 {
			sepCol = col
		} else if col != sepCol {
			t.Fatalf("article %d: pane separator moved from column %d to %d on line %d:\n%s", article, sepCol, col, i, scr)
		}
	}
	if sepCol == -1 {
		t.Fatalf("article %d: no pane separator on screen:\n%s", article, scr)
	}
	if !strings.HasPrefix(lines[len(lines)-1], "j/↓ down") {
		t.Fatalf("article %d: help line missing or displaced:\n%s", article, scr)
	}
}
