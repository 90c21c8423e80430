package translate

import (
	"context"
	"strings"
	"testing"
)

type echo struct{ prefix string }

func (echo) Name() string  { return "echo" }
func (echo) Model() string { return "1" }
func (e echo) Translate(_ context.Context, segs []string, _, _ string) ([]string, error) {
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = e.prefix + s
	}
	return out, nil
}
func (echo) Pairs(context.Context) ([]Pair, error) { return nil, nil }

type echoSummarizer struct{ echo }

func (e echoSummarizer) Summarize(ctx context.Context, paras []string, from, to string) ([]string, error) {
	return e.Translate(ctx, paras, from, to)
}

func TestSanitizedRemovesSequencesWhole(t *testing.T) {
	evil := "\x1b]0;pwned\x07\x1b[31mred\x1b[0m \u202eevil\u202c\u009b2J"
	b := Sanitized(echo{evil})
	out, err := b.Translate(context.Background(), []string{"a\nb"}, "sw", "en")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out[0], "red evil") || !strings.HasSuffix(out[0], "a\nb") ||
		strings.ContainsAny(out[0], "\x1b\x07\u202e\u009b") || strings.Contains(out[0], "pwned") {
		t.Fatalf("got %q", out[0])
	}
	if _, ok := b.(Summarizer); ok {
		t.Fatal("a backend without Summarize must not gain one")
	}
	s, ok := Sanitized(echoSummarizer{echo{evil}}).(Summarizer)
	if !ok {
		t.Fatal("Summarize lost")
	}
	rows, _ := s.Summarize(context.Background(), []string{"x"}, "sw", "en")
	if strings.ContainsAny(rows[0], "\x1b\x07\u202e") || strings.Contains(rows[0], "pwned") {
		t.Fatalf("summary row not clean: %q", rows[0])
	}
}
