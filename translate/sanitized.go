package translate

import (
	"context"

	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

// Sanitized returns b with every output neutralised for the terminal:
// escape sequences removed whole, controls and bidi overrides dropped.
// Backend output is outside text like any article, and cleaning it where it
// enters keeps the sequences whole; later processing (sentence splitting,
// compression) would otherwise cut them into harmless-looking remnants
// that no sanitiser downstream can recognise. The result implements
// Summarizer exactly when b does.
func Sanitized(b Backend) Backend {
	s := sanitized{b}
	if sum, ok := b.(Summarizer); ok {
		return sanitizedSummarizer{s, sum}
	}
	return s
}

type sanitized struct{ Backend }

func (s sanitized) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	out, err := s.Backend.Translate(ctx, segs, from, to)
	return cleanAll(out), err
}

type sanitizedSummarizer struct {
	sanitized
	sum Summarizer
}

func (s sanitizedSummarizer) Summarize(ctx context.Context, paras []string, from, to string) ([]string, error) {
	out, err := s.sum.Summarize(ctx, paras, from, to)
	return cleanAll(out), err
}

func cleanAll(ss []string) []string {
	for i, s := range ss {
		ss[i] = sanitize.Text(s)
	}
	return ss
}
