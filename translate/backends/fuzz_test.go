package backends

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// FuzzNew: any settings give a backend or an error, never a panic; an
// error never repeats the key; a backend is the one named.
func FuzzNew(f *testing.F) {
	f.Add("openai", "http://127.0.0.1:11434", "qwen", int64(0), 0, 0.0)
	f.Add("DeepL", "https://user:pw@x", "", int64(-1), -1, -1.0)
	f.Add("", "", "", int64(time.Second), 4, 2.5)
	f.Add("google", "http://[::1", "m", int64(0), 1, 0.0)
	const key = "fuzz-SECRET-key-42"
	f.Fuzz(func(t *testing.T, name, base, model string, timeout int64, conc int, rps float64) {
		lookup := func(string) (string, bool) { return key, true }
		s := Settings{Name: name, BaseURL: base, Model: model, Timeout: time.Duration(timeout), Concurrency: conc, RPS: rps}
		b, err := build(s, lookup)
		if err != nil {
			if strings.Contains(err.Error(), key) {
				t.Fatalf("error leaks the key: %v", err)
			}
			return
		}
		if b.Name() != normalize(name) || errors.Is(err, ErrUnknown) {
			t.Fatalf("asked for %q, got %q", name, b.Name())
		}
	})
}
