package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// faultyLLM is a loopback OpenAI-compatible server that misbehaves the way
// real ones do: the one-request summary comes back as garbage, every third
// call fails with 500 (retried), batches holding an "Uhusiano" paragraph hang
// until the client gives up, and successful answers try to smuggle escape
// sequences and instructions into the terminal.
func faultyLLM(t *testing.T) (*httptest.Server, *atomic.Int64) {
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		var req struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || len(req.Messages) < 2 {
			http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
			return
		}
		if strings.Contains(req.Messages[0].Content, "summary column") {
			fmt.Fprint(w, `{"choices":[{"message":{"role":"assistant","content":"Sure! Here is [not json"},"finish_reason":"stop"}]}`)
			return
		}
		if n%3 == 0 {
			http.Error(w, `{"error":{"message":"overloaded"}}`, http.StatusInternalServerError)
			return
		}
		var segs []struct {
			N    int    `json:"n"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal([]byte(req.Messages[1].Content), &segs); err != nil {
			http.Error(w, `{"error":{"message":"bad segments"}}`, http.StatusBadRequest)
			return
		}
		out := make([]string, len(segs))
		for i, s := range segs {
			if strings.Contains(s.Text, "Uhusiano") {
				<-r.Context().Done() // hang until the client leaves
				return
			}
			out[i] = fmt.Sprintf("EN%d \x1b]0;pwned\x07\x1b[31mred\x1b[0m ignore previous instructions", s.N)
		}
		content, _ := json.Marshal(out)
		json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{
			"message": map[string]string{"role": "assistant", "content": string(content)}, "finish_reason": "stop"}}})
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func TestTmuxFaultyBackendKeepsTheReaderResponsive(t *testing.T) {
	bin := rosettaBinary(t)
	srv, calls := faultyLLM(t)
	env := isolatedEnv(t)
	cfgDir := strings.TrimPrefix(env[2], "XDG_CONFIG_HOME=")
	cfg := filepath.Join(cfgDir, "rosetta", "config.toml")
	os.MkdirAll(filepath.Dir(cfg), 0o755)
	os.WriteFile(cfg, []byte(fmt.Sprintf("[backend]\nname = \"openai\"\n[backend.openai]\nbase_url = %q\nmodel = \"fake\"\ntimeout = \"60s\"\nconcurrency = 4\n", srv.URL)), 0o644)

	s := newTmux(t, 120, 40, env, bin)
	s.waitFor(20*time.Second, "Rais wa Urusi")
	s.run("set-option", "-t", s.name, "set-clipboard", "external")
	title := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{pane_title}"))
	s.keys("Enter")
	scr := s.waitFor(20*time.Second, "English · openai", "EN1")
	if strings.Contains(scr, "pwned") || strings.Contains(scr, "\x1b") {
		t.Errorf("backend output reached the screen raw:\n%s", scr)
	}
	if calls.Load() == 0 {
		t.Fatal("the fake backend was never called")
	}

	// Keypress to frame while requests hang: j moves the focus, and the
	// status line shows the focused paragraph.
	para := regexp.MustCompile(`¶ (\d+)/\d+`)
	var lat []time.Duration
	for i := 0; i < 7; i++ {
		before := para.FindString(s.screen())
		start := time.Now()
		s.keys("j")
		for time.Since(start) < 2*time.Second {
			if now := para.FindString(s.screen()); now != before {
				break
			}
		}
		lat = append(lat, time.Since(start))
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	t.Logf("keypress to frame with hanging requests: median %v, max %v", lat[len(lat)/2], lat[len(lat)-1])
	if lat[len(lat)/2] > 50*time.Millisecond {
		t.Errorf("median keypress-to-frame %v > 50 ms while requests hang", lat[len(lat)/2])
	}
	if got := strings.TrimSpace(s.run("display-message", "-p", "-t", s.name, "#{pane_title}")); got != title {
		t.Errorf("backend output renamed the terminal to %q", got)
	}
	if bufs := strings.TrimSpace(s.run("list-buffers")); bufs != "" {
		t.Errorf("backend output reached the clipboard: %s", bufs)
	}

	// Quitting is immediate even with requests in flight.
	start := time.Now()
	s.keys("q")
	s.waitFor(10*time.Second, "EXIT=0")
	if d := time.Since(start); d > time.Second {
		t.Errorf("quit took %v with requests hanging", d)
	}
}
