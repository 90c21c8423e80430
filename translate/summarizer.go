package translate

import "context"

// Summarizer is implemented by backends that can write a short summary row
// per paragraph in one request (the OpenAI-compatible backend). The summary
// package type-asserts a Backend to it and falls back to its own method when
// the assertion fails or Summarize returns an error.
type Summarizer interface {
	// Summarize returns exactly one short summary in language to for each
	// paragraph (written in language from), in order, or an error
	// (ErrBadResponse when the answer could not be validated).
	Summarize(ctx context.Context, paras []string, from, to string) ([]string, error)
}
