// Package httpx is the HTTP behaviour every remote translation backend
// shares: a per-attempt timeout, bounded concurrency, a client-side rate
// limit, retries with exponential backoff and jitter that honour
// Retry-After, a response size limit, a User-Agent, and errors mapped onto
// the typed errors of package translate with API keys scrubbed out.
//
// Backends describe the protocol (how to build a request, how to read an
// error body); this package owns the policy.
package httpx

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"golang.org/x/time/rate"

	"github.com/rosetta-reader/rosetta/translate"
)

// Defaults used when an Options field is zero.
const (
	DefaultTimeout     = 60 * time.Second
	DefaultConcurrency = 4
	DefaultMaxAttempts = 4
	DefaultMaxWait     = 30 * time.Second
	DefaultMaxBody     = 8 << 20
	DefaultUserAgent   = "rosetta-reader/1 (+https://github.com/rosetta-reader/rosetta)"
	defaultBaseDelay   = 500 * time.Millisecond
	defaultMaxDelay    = 8 * time.Second
)

// Options configure a Client. The zero value is usable: every zero field
// takes its default.
type Options struct {
	// Name prefixes error messages ("deepl: ...").
	Name string
	// Timeout bounds one attempt (connect, send, read the whole body).
	Timeout time.Duration
	// Concurrency bounds the requests in flight at once.
	Concurrency int
	// RPS is the client-side request rate; zero or negative means no limit.
	RPS float64
	// MaxAttempts caps tries per request, the first included.
	MaxAttempts int
	// MaxWait caps the total time spent sleeping between attempts; a
	// Retry-After longer than what is left ends the retries at once.
	MaxWait time.Duration
	// BaseDelay and MaxDelay shape the exponential backoff.
	BaseDelay, MaxDelay time.Duration
	// MaxBody caps the response body in bytes.
	MaxBody int64
	// UserAgent is sent with every request.
	UserAgent string
	// HTTPClient sends the requests; nil means a fresh http.Client.
	HTTPClient *http.Client
	// Secrets are scrubbed from every error this client returns.
	Secrets []string
}

// Request is one HTTP request, rebuilt for each attempt so the body can be
// sent again.
type Request struct {
	Method string
	URL    string
	Header http.Header
	Body   []byte
}

// Classifier inspects a complete response and returns nil when it is a
// success, or the error it stands for. Errors that are
// *translate.RateLimitedError or *translate.TransientError are retried.
type Classifier func(status int, h http.Header, body []byte) error

// Client sends requests with the shared policy. It is safe for concurrent
// use.
type Client struct {
	opt     Options
	http    *http.Client
	sem     chan struct{}
	limiter *rate.Limiter
	scrub   scrubber
	// sleep waits d or until ctx ends; replaced in tests.
	sleep func(ctx context.Context, d time.Duration) error
}

// New returns a Client with the zero fields of opt set to their defaults.
func New(opt Options) *Client {
	opt = withDefaults(opt)
	c := &Client{
		opt:   opt,
		http:  opt.HTTPClient,
		sem:   make(chan struct{}, opt.Concurrency),
		scrub: newScrubber(opt.Secrets),
		sleep: sleepCtx,
	}
	if c.http == nil {
		// The default transport keeps 2 idle connections per host; with
		// more requests in flight the rest would be torn down and
		// re-dialled every time.
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = opt.Concurrency
		c.http = &http.Client{Transport: t}
	}
	if opt.RPS > 0 && opt.RPS < 1e6 { // NaN fails both tests: no limit
		burst := max(1, int(opt.RPS))
		c.limiter = rate.NewLimiter(rate.Limit(opt.RPS), burst)
	}
	return c
}

func withDefaults(o Options) Options {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = DefaultMaxAttempts
	}
	if o.MaxWait <= 0 {
		o.MaxWait = DefaultMaxWait
	}
	if o.BaseDelay <= 0 {
		o.BaseDelay = defaultBaseDelay
	}
	if o.MaxDelay <= 0 {
		o.MaxDelay = defaultMaxDelay
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	return o
}

// Concurrency reports the bound on requests in flight, so backends that fan
// out one request per segment can size their worker pool.
func (c *Client) Concurrency() int { return c.opt.Concurrency }

// Do sends req until classify accepts the response, a final error occurs,
// the attempts or the wait budget run out, or ctx ends. It returns the
// response body. When ctx ends the error matches ctx.Err() with errors.Is.
func (c *Client) Do(ctx context.Context, req Request, classify Classifier) ([]byte, error) {
	body, err := c.do(ctx, req, classify)
	if err != nil {
		return nil, c.scrub.wrap(fmt.Errorf("%s: %w", c.opt.Name, err))
	}
	return body, nil
}

func (c *Client) do(ctx context.Context, req Request, classify Classifier) ([]byte, error) {
	var waited time.Duration
	for attempt := 1; ; attempt++ {
		body, err := c.attempt(ctx, req, classify)
		if err == nil {
			return body, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if !translate.Retryable(err) || attempt >= c.opt.MaxAttempts {
			return nil, err
		}
		d := c.delay(attempt, err)
		if waited+d > c.opt.MaxWait {
			return nil, err
		}
		if serr := c.sleep(ctx, d); serr != nil {
			return nil, serr
		}
		waited += d
	}
}

// attempt sends req once, holding a concurrency slot only while the request
// is in flight so that backoff sleeps do not starve other requests.
func (c *Client) attempt(ctx context.Context, req Request, classify Classifier) ([]byte, error) {
	if c.limiter != nil {
		if err := c.limiter.Wait(ctx); err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			// The limiter refuses a wait that would outlast ctx's deadline.
			return nil, fmt.Errorf("rate limit wait: %w", err)
		}
	}
	select {
	case c.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-c.sem }()

	actx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	hreq, err := c.build(actx, req)
	if err != nil {
		return nil, err
	}
	resp, err := c.http.Do(hreq)
	if err != nil {
		return nil, c.transportError(ctx, actx, req, err)
	}
	defer resp.Body.Close()
	body, err := readLimited(resp.Body, c.opt.MaxBody)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, fmt.Errorf("%w: response larger than %d bytes", translate.ErrBadResponse, c.opt.MaxBody)
		}
		return nil, c.transportError(ctx, actx, req, err)
	}
	return body, classify(resp.StatusCode, resp.Header, body)
}

func (c *Client) build(ctx context.Context, req Request) (*http.Request, error) {
	var rd io.Reader
	if req.Body != nil {
		rd = bytes.NewReader(req.Body)
	}
	hreq, err := http.NewRequestWithContext(ctx, req.Method, req.URL, rd)
	if err != nil {
		// url.Parse errors quote the URL, which may carry a key.
		return nil, fmt.Errorf("building %s request for %s: invalid URL", req.Method, redactURL(req.URL))
	}
	for k, vs := range req.Header {
		for _, v := range vs {
			hreq.Header.Add(k, v)
		}
	}
	hreq.Header.Set("User-Agent", c.opt.UserAgent)
	return hreq, nil
}

// transportError turns a failure to get a response into a retryable error,
// unless the caller's context ended, which is final. An attempt that ran
// out of time is reported as such rather than as context.DeadlineExceeded,
// which would read as the caller's own deadline. The URL is redacted
// because *url.Error prints it whole, query (and any key) included.
func (c *Client) transportError(ctx, attemptCtx context.Context, req Request, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	if attemptCtx.Err() != nil {
		err = fmt.Errorf("no complete answer within %s", c.opt.Timeout)
	} else {
		err = unwrapURLError(err)
	}
	return &translate.TransientError{Err: fmt.Errorf("%s %s: %w", req.Method, redactURL(req.URL), err)}
}

var errTooLarge = errors.New("response too large")

func readLimited(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errTooLarge
	}
	return b, nil
}

// Tuning is the part of Options a user sets per backend (the config
// file's timeout, concurrency, rps, max_attempts); every backend's Config
// embeds it.
type Tuning struct {
	Timeout     time.Duration
	Concurrency int
	RPS         float64
	MaxAttempts int
	HTTPClient  *http.Client
}

// Options returns Options for a client called name carrying t, with
// secrets to redact from its errors.
func (t Tuning) Options(name string, secrets ...string) Options {
	return Options{Name: name, Timeout: t.Timeout, Concurrency: t.Concurrency, RPS: t.RPS,
		MaxAttempts: t.MaxAttempts, HTTPClient: t.HTTPClient, Secrets: secrets}
}
