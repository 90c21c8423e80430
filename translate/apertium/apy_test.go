package apertium

import (
	"context"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// Debian's APY and the Spanish–English pair; the test skips without them.
const (
	python     = "/usr/bin/python3" // pyenv's python3 on PATH lacks tornado
	apyModule  = "/usr/lib/python3/dist-packages/apertium_apy/apy.py"
	modesDir   = "/usr/share/apertium/modes"
	spaEngMode = "/usr/share/apertium/modes/spa-eng.mode"
	langNames  = "/usr/share/apertium-apy/langNames.db"
)

// launcher runs APY bound to 127.0.0.1 only: APY 0.11.7 has no host option
// and would otherwise listen on every interface.
const launcher = `import sys, tornado.httpserver as h
_bind = h.HTTPServer.bind
h.HTTPServer.bind = lambda self, port, address=None, *a, **kw: _bind(self, port, "127.0.0.1", *a, **kw)
from apertium_apy.apy import main
sys.argv[0] = "apertium-apy"
sys.exit(main())
`

// startAPY returns the base URL of a real APY: $APY_URL when set (CI may
// start one itself), else one started for this test on a free loopback
// port and stopped by its PID when the test ends.
func startAPY(t *testing.T) string {
	t.Helper()
	if u := os.Getenv("APY_URL"); u != "" {
		return u
	}
	for _, p := range []string{python, apyModule, modesDir, spaEngMode} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("apertium-apy and apertium-eng-spa are not installed (%s missing); apt-get install apertium-apy apertium-eng-spa", p)
		}
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "apy-loopback.py")
	if err := os.WriteFile(script, []byte(launcher), 0o600); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	args := []string{script, "-p", strconv.Itoa(port)}
	if _, err := os.Stat(langNames); err == nil {
		args = append(args, "-l", langNames)
	}
	cmd := exec.Command(python, append(args, modesDir)...)
	cmd.Env = append(os.Environ(), "LC_ALL=C.UTF-8", "LANG=C.UTF-8")
	logf, err := os.Create(filepath.Join(dir, "apy.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer logf.Close()
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting APY: %v", err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { stop(t, cmd, exited) })

	base := "http://127.0.0.1:" + strconv.Itoa(port)
	waitReady(t, base, exited, filepath.Join(dir, "apy.log"))
	return base
}

// stop ends APY by its PID: SIGTERM (APY exits 0 and its pipelines follow),
// then SIGKILL if it lingers.
func stop(t *testing.T, cmd *exec.Cmd, exited <-chan error) {
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		t.Logf("APY pid %d ignored SIGTERM; killing it", cmd.Process.Pid)
		_ = cmd.Process.Kill()
		<-exited
	}
}

func waitReady(t *testing.T, base string, exited <-chan error, logPath string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/listPairs", nil)
		resp, err := http.DefaultClient.Do(req)
		cancel()
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		select {
		case err := <-exited:
			log, _ := os.ReadFile(logPath)
			t.Fatalf("APY exited before it was ready (%v):\n%s", err, log)
		case <-time.After(100 * time.Millisecond):
		}
	}
	log, _ := os.ReadFile(logPath)
	t.Fatalf("APY not ready after 30 s:\n%s", log)
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
