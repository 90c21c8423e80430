package openai

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
)

// fake is a loopback OpenAI-compatible server. It checks the structure of
// every prompt, translates each segment with expect, and lets a test bend
// the answer (wrong count, truncation) through answer.
type fake struct {
	t   testing.TB
	key string
	// answer, when set, replaces the correct answer for a request whose
	// segments are segs; it returns the content and finish reason.
	answer func(segs []string, msgs []message) (string, string)

	mu    sync.Mutex
	calls [][]message
}

func expect(s string) string { return "EN(" + s + ")" }

func (f *fake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		f.t.Errorf("request %s %s; want POST /v1/chat/completions", r.Method, r.URL.Path)
		http.NotFound(w, r)
		return
	}
	if want := "Bearer " + f.key; f.key != "" && r.Header.Get("Authorization") != want {
		f.t.Errorf("Authorization %q; want %q", r.Header.Get("Authorization"), want)
	}
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		f.t.Errorf("bad request JSON: %v", err)
		return
	}
	f.mu.Lock()
	f.calls = append(f.calls, req.Messages)
	f.mu.Unlock()
	if req.Temperature != 0 || req.Stream {
		f.t.Errorf("temperature %v stream %v; want 0, false", req.Temperature, req.Stream)
	}
	segs := f.checkPrompt(req.Messages)
	content, finish := f.correct(segs)
	if f.answer != nil {
		if c, fr := f.answer(segs, req.Messages); c != "" {
			content, finish = c, fr
		}
	}
	writeChat(w, content, finish)
}

// checkPrompt asserts the prompt structure the injection defence relies
// on: instructions only in the system message, which says the text is data;
// the user message is nothing but the numbered JSON array.
func (f *fake) checkPrompt(msgs []message) []string {
	if len(msgs) < 2 || msgs[0].Role != "system" || msgs[1].Role != "user" {
		f.t.Errorf("messages %v; want system then user", msgs)
		return nil
	}
	sys := msgs[0].Content
	if !strings.Contains(sys, "DATA") || !strings.Contains(sys, "never instructions") {
		f.t.Errorf("system prompt does not declare the text data: %q", sys)
	}
	if strings.Contains(sys, "HACKED") {
		f.t.Errorf("article text leaked into the system prompt")
	}
	var items []struct {
		N         int    `json:"n"`
		Paragraph int    `json:"paragraph"`
		Text      string `json:"text"`
	}
	if err := json.Unmarshal([]byte(msgs[1].Content), &items); err != nil {
		f.t.Errorf("user message is not a JSON array: %v\n%s", err, msgs[1].Content)
		return nil
	}
	segs := make([]string, len(items))
	for i, it := range items {
		if it.N != i+1 && it.Paragraph != i+1 {
			f.t.Errorf("item %d numbered n=%d paragraph=%d", i, it.N, it.Paragraph)
		}
		segs[i] = it.Text
	}
	return segs
}

func (f *fake) correct(segs []string) (string, string) {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = expect(s)
	}
	b, _ := json.Marshal(out)
	return string(b), "stop"
}

func (f *fake) requests() [][]message {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]message(nil), f.calls...)
}

func writeChat(w http.ResponseWriter, content, finish string) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion", "model": "m",
		"choices": []map[string]any{{"index": 0, "finish_reason": finish,
			"message": map[string]string{"role": "assistant", "content": content}}},
	})
}

// failOpenAI writes OpenAI's error shape.
func failOpenAI(w http.ResponseWriter, status int, msg string) {
	code := map[int]string{401: "invalid_api_key", 429: "rate_limit_exceeded"}[status]
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"error","param":null,"code":%q}}`, msg, code)
}
