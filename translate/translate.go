// Package translate turns article text into another language through a
// pluggable Backend: the offline gist engine by default, or a remote service
// (OpenAI-compatible, LibreTranslate, DeepL, Google, Apertium APY).
package translate

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Pair is a language pair in ISO 639-1 codes.
type Pair struct {
	From string `json:"from"`
	To   string `json:"to"`
}

func (p Pair) String() string { return p.From + "→" + p.To }

// Backend translates batches of segments. Implementations must return exactly
// one output per input, in order, or an error; they must honour ctx.
type Backend interface {
	// Name is the registry name ("gist", "openai", ...).
	Name() string
	// Model names the model or engine version; part of the cache key so a
	// new model never serves stale output.
	Model() string
	// Translate translates segs from one language to another.
	Translate(ctx context.Context, segs []string, from, to string) ([]string, error)
	// Pairs lists the language pairs the backend supports.
	Pairs(ctx context.Context) ([]Pair, error)
}

// Errors callers branch on. Match with errors.Is / errors.As.
var (
	// ErrUnsupportedPair: the backend cannot translate this pair. Final.
	ErrUnsupportedPair = errors.New("language pair not supported")
	// ErrAuth: missing or rejected credentials. Final.
	ErrAuth = errors.New("authentication failed")
	// ErrQuota: the account's quota is used up. Final, never retried.
	ErrQuota = errors.New("quota exceeded")
	// ErrBadResponse: the service answered with something unusable
	// (malformed JSON, wrong segment count after re-asking).
	ErrBadResponse = errors.New("bad response from backend")
)

// RateLimitedError: the service asked us to slow down. Retry after RetryAfter
// (zero when the service did not say).
type RateLimitedError struct {
	RetryAfter time.Duration
	Msg        string
}

func (e *RateLimitedError) Error() string {
	if e.RetryAfter > 0 {
		return fmt.Sprintf("rate limited (retry after %s): %s", e.RetryAfter, e.Msg)
	}
	return "rate limited: " + e.Msg
}

// TransientError: a failure worth retrying (5xx, timeout, dropped connection).
type TransientError struct{ Err error }

func (e *TransientError) Error() string { return "temporary failure: " + e.Err.Error() }
func (e *TransientError) Unwrap() error { return e.Err }

// Unsupported returns an ErrUnsupportedPair error naming the pair.
func Unsupported(backend, from, to string) error {
	return fmt.Errorf("%s cannot translate %s→%s: %w", backend, from, to, ErrUnsupportedPair)
}

// Retryable reports whether err is worth another attempt.
func Retryable(err error) bool {
	var rl *RateLimitedError
	var tr *TransientError
	return errors.As(err, &rl) || errors.As(err, &tr)
}
