package httpx

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
)

// okOr500 accepts 2xx and maps everything else through ByStatus.
func okOr500(status int, h http.Header, body []byte) error {
	if status/100 == 2 {
		return nil
	}
	return ByStatus(status, h, Snippet(string(body)))
}

// recordSleeps replaces the client's sleep so tests run fast and can check
// the waits the policy chose.
func recordSleeps(c *Client) *[]time.Duration {
	var mu sync.Mutex
	var got []time.Duration
	c.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		got = append(got, d)
		mu.Unlock()
		return ctx.Err()
	}
	return &got
}

// script serves the given statuses in turn (the last one repeats), each
// with its headers.
type step struct {
	status int
	header map[string]string
	body   string
}

func script(t *testing.T, steps ...step) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		i := int(n.Add(1)) - 1
		s := steps[min(i, len(steps)-1)]
		for k, v := range s.header {
			w.Header().Set(k, v)
		}
		w.WriteHeader(s.status)
		_, _ = w.Write([]byte(s.body))
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func get(url string) Request { return Request{Method: http.MethodGet, URL: url} }

func TestRetriesTransientThenSucceeds(t *testing.T) {
	srv, n := script(t, step{status: 503}, step{status: 502}, step{status: 200, body: "ok"})
	c := New(Options{Name: "x"})
	sleeps := recordSleeps(c)
	body, err := c.Do(context.Background(), get(srv.URL), okOr500)
	if err != nil || string(body) != "ok" {
		t.Fatalf("Do = %q, %v; want ok", body, err)
	}
	if n.Load() != 3 || len(*sleeps) != 2 {
		t.Fatalf("requests %d sleeps %v; want 3 requests and 2 sleeps", n.Load(), *sleeps)
	}
	// Exponential: the second wait's range starts where the first one's ends.
	b := defaultBaseDelay
	if d := (*sleeps)[0]; d < b/2 || d > b {
		t.Errorf("first backoff %v outside [%v, %v]", d, b/2, b)
	}
	if d := (*sleeps)[1]; d < b || d > 2*b {
		t.Errorf("second backoff %v outside [%v, %v]", d, b, 2*b)
	}
}

func TestHonoursRetryAfterSecondsAndDate(t *testing.T) {
	date := time.Now().Add(3 * time.Second).UTC().Format(http.TimeFormat)
	srv, _ := script(t,
		step{status: 429, header: map[string]string{"Retry-After": "2"}},
		step{status: 429, header: map[string]string{"Retry-After": date}},
		step{status: 200})
	c := New(Options{})
	sleeps := recordSleeps(c)
	if _, err := c.Do(context.Background(), get(srv.URL), okOr500); err != nil {
		t.Fatal(err)
	}
	if got := *sleeps; len(got) != 2 || got[0] != 2*time.Second || got[1] < time.Second || got[1] > 3*time.Second {
		t.Fatalf("sleeps %v; want [2s, ~3s]", got)
	}
}

func TestGivesUpWhenRetryAfterExceedsBudget(t *testing.T) {
	srv, n := script(t, step{status: 429, header: map[string]string{"Retry-After": "120"}})
	c := New(Options{MaxWait: 10 * time.Second})
	sleeps := recordSleeps(c)
	_, err := c.Do(context.Background(), get(srv.URL), okOr500)
	var rl *translate.RateLimitedError
	if !errors.As(err, &rl) || rl.RetryAfter != 120*time.Second {
		t.Fatalf("err = %v; want RateLimitedError with RetryAfter 120s", err)
	}
	if n.Load() != 1 || len(*sleeps) != 0 {
		t.Fatalf("requests %d sleeps %v; want 1 request, no sleep", n.Load(), *sleeps)
	}
}

func TestCapsAttempts(t *testing.T) {
	srv, n := script(t, step{status: 500})
	c := New(Options{MaxAttempts: 3})
	recordSleeps(c)
	_, err := c.Do(context.Background(), get(srv.URL), okOr500)
	var tr *translate.TransientError
	if !errors.As(err, &tr) || n.Load() != 3 {
		t.Fatalf("err %v after %d requests; want TransientError after 3", err, n.Load())
	}
}

func TestFinalErrorsAreNotRetried(t *testing.T) {
	for _, status := range []int{400, 401, 403, 404} {
		srv, n := script(t, step{status: status, body: "nope"})
		c := New(Options{})
		recordSleeps(c)
		_, err := c.Do(context.Background(), get(srv.URL), okOr500)
		if err == nil || translate.Retryable(err) || n.Load() != 1 {
			t.Errorf("status %d: err %v after %d requests; want one final error", status, err, n.Load())
		}
		if (status == 401 || status == 403) != errors.Is(err, translate.ErrAuth) {
			t.Errorf("status %d: errors.Is(ErrAuth) = %v", status, errors.Is(err, translate.ErrAuth))
		}
	}
}

func TestDroppedConnectionIsRetried(t *testing.T) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if n.Add(1) == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		_, _ = w.Write([]byte("ok"))
	}))
	defer srv.Close()
	c := New(Options{})
	recordSleeps(c)
	body, err := c.Do(context.Background(), get(srv.URL), okOr500)
	if err != nil || string(body) != "ok" || n.Load() != 2 {
		t.Fatalf("Do = %q, %v after %d requests; want ok after 2", body, err, n.Load())
	}
}

func TestCancelStopsSlowRequestPromptly(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	c := New(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	start := time.Now()
	_, err := c.Do(ctx, get(srv.URL), okOr500)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v; want context.Canceled", err)
	}
	if el := time.Since(start); el > time.Second {
		t.Fatalf("returned after %v; want promptly after cancel", el)
	}
}

func TestCancelDuringBackoff(t *testing.T) {
	srv, _ := script(t, step{status: 503})
	c := New(Options{BaseDelay: time.Hour, MaxDelay: time.Hour, MaxWait: 10 * time.Hour})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Do(ctx, get(srv.URL), okOr500)
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
		t.Fatalf("err = %v after %v; want deadline exceeded promptly", err, time.Since(start))
	}
}

func TestAttemptTimeoutIsTransient(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	c := New(Options{Timeout: 30 * time.Millisecond, MaxAttempts: 2})
	recordSleeps(c)
	_, err := c.Do(context.Background(), get(srv.URL), okOr500)
	var tr *translate.TransientError
	if !errors.As(err, &tr) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v; want TransientError that does not pose as the caller's deadline", err)
	}
	if !strings.Contains(err.Error(), "30ms") {
		t.Fatalf("err = %v; want it to name the attempt timeout", err)
	}
}

func TestResponseSizeLimit(t *testing.T) {
	srv, _ := script(t, step{status: 200, body: strings.Repeat("x", 2048)})
	c := New(Options{MaxBody: 1024})
	_, err := c.Do(context.Background(), get(srv.URL), okOr500)
	if !errors.Is(err, translate.ErrBadResponse) {
		t.Fatalf("err = %v; want ErrBadResponse", err)
	}
}

func TestUserAgentAndHeaders(t *testing.T) {
	var ua, auth string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua, auth = r.UserAgent(), r.Header.Get("Authorization")
	}))
	defer srv.Close()
	c := New(Options{UserAgent: "rosetta-test/1"})
	req := get(srv.URL)
	req.Header = http.Header{"Authorization": {"Bearer k"}}
	if _, err := c.Do(context.Background(), req, okOr500); err != nil {
		t.Fatal(err)
	}
	if ua != "rosetta-test/1" || auth != "Bearer k" {
		t.Fatalf("User-Agent %q, Authorization %q", ua, auth)
	}
}

func TestSecretsNeverInErrors(t *testing.T) {
	const key = "sk-SECRET-12345"
	// The server echoes the request URL (with ?key=) in its error body, and
	// a closed port makes the transport error quote the URL too.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "bad key in "+r.URL.String(), http.StatusForbidden)
	}))
	closed := httptest.NewServer(http.NotFoundHandler())
	closed.Close()
	for _, base := range []string{srv.URL, closed.URL} {
		c := New(Options{Secrets: []string{key}, MaxAttempts: 1})
		_, err := c.Do(context.Background(), get(base+"/v2?key="+key), okOr500)
		if err == nil || strings.Contains(err.Error(), key) {
			t.Errorf("error %q leaks the key (or is nil)", err)
		}
	}
	srv.Close()
}

func TestConcurrencyBound(t *testing.T) {
	var cur, peak atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := cur.Add(1)
		for {
			p := peak.Load()
			if v <= p || peak.CompareAndSwap(p, v) {
				break
			}
		}
		time.Sleep(20 * time.Millisecond)
		cur.Add(-1)
	}))
	defer srv.Close()
	c := New(Options{Concurrency: 2})
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() { _, _ = c.Do(context.Background(), get(srv.URL), okOr500) })
	}
	wg.Wait()
	if peak.Load() > 2 {
		t.Fatalf("peak in-flight %d; want ≤ 2", peak.Load())
	}
}

func TestRateLimit(t *testing.T) {
	srv, _ := script(t, step{status: 200})
	c := New(Options{RPS: 20})
	start := time.Now()
	for range 30 {
		if _, err := c.Do(context.Background(), get(srv.URL), okOr500); err != nil {
			t.Fatal(err)
		}
	}
	// Burst 20 then 10 more at 20/s: at least ~0.5 s.
	if el := time.Since(start); el < 400*time.Millisecond {
		t.Fatalf("30 requests at 20 rps took %v; want ≥ 0.4s", el)
	}
}

func TestRetryAfterParsing(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	cases := []struct {
		h    http.Header
		want time.Duration
	}{
		{http.Header{}, 0},
		{http.Header{"Retry-After": {"7"}}, 7 * time.Second},
		{http.Header{"Retry-After": {"1.5"}}, 1500 * time.Millisecond},
		{http.Header{"Retry-After": {"-3"}}, 0},
		{http.Header{"Retry-After": {"soon"}}, 0},
		{http.Header{"Retry-After": {now.Add(90 * time.Second).Format(http.TimeFormat)}}, 90 * time.Second},
		{http.Header{"Retry-After": {now.Add(-time.Minute).Format(http.TimeFormat)}}, 0},
		{http.Header{"Retry-After-Ms": {"250"}, "Retry-After": {"9"}}, 250 * time.Millisecond},
	}
	for _, c := range cases {
		if got := RetryAfter(c.h, now); got != c.want {
			t.Errorf("RetryAfter(%v) = %v; want %v", c.h, got, c.want)
		}
	}
}
