package httpx

import (
	"context"
	"errors"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
)

// delay is how long to wait before attempt+1. A Retry-After from the server
// wins (the server knows best); otherwise the wait doubles each attempt up
// to MaxDelay, half of it randomised so that clients that failed together
// do not retry together.
func (c *Client) delay(attempt int, err error) time.Duration {
	var rl *translate.RateLimitedError
	if errors.As(err, &rl) && rl.RetryAfter > 0 {
		return rl.RetryAfter
	}
	d := c.opt.BaseDelay
	for i := 1; i < attempt && d < c.opt.MaxDelay; i++ {
		d *= 2
	}
	d = min(d, c.opt.MaxDelay)
	half := d / 2
	return half + rand.N(half+1)
}

// sleepCtx waits d, or returns ctx.Err() as soon as ctx ends.
func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// RetryAfter reads how long the server asked us to wait: the standard
// Retry-After header in seconds or as an HTTP date, or OpenAI's
// retry-after-ms. It returns 0 when there is no usable value.
func RetryAfter(h http.Header, now time.Time) time.Duration {
	if ms := strings.TrimSpace(h.Get("Retry-After-Ms")); ms != "" {
		if v, err := strconv.ParseFloat(ms, 64); err == nil && v > 0 && v < 1e9 {
			return time.Duration(v * float64(time.Millisecond))
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseFloat(v, 64); err == nil {
		if secs <= 0 || secs > 1e6 {
			return 0
		}
		return time.Duration(secs * float64(time.Second))
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// ByStatus maps an HTTP error status onto the typed errors every backend
// shares; backends check their protocol's special cases first and fall back
// to this. msg is the server's own (already shortened) explanation.
func ByStatus(status int, h http.Header, msg string) error {
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return withMsg(translate.ErrAuth, status, msg)
	case status == http.StatusTooManyRequests:
		return &translate.RateLimitedError{RetryAfter: RetryAfter(h, time.Now()), Msg: statusText(status, msg)}
	case status == http.StatusRequestTimeout || status >= 500:
		return &translate.TransientError{Err: &StatusError{Status: status, Msg: msg}}
	default:
		return &StatusError{Status: status, Msg: msg}
	}
}
