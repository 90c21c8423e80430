package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"time"
)

// Limits and defaults for fetching.
const (
	DefaultTimeout  = 30 * time.Second
	DefaultMaxBytes = 16 << 20
	maxRedirects    = 5
)

// Errors callers branch on.
var (
	ErrTooLarge         = errors.New("response larger than the size limit")
	ErrRedirectLoop     = errors.New("redirect loop")
	ErrTooManyRedirects = fmt.Errorf("more than %d redirects", maxRedirects)
	ErrTimeout          = errors.New("timed out")
)

// HTTPError is a response with a status other than 200 or 304.
type HTTPError struct {
	StatusCode int
	Status     string
}

func (e *HTTPError) Error() string { return "HTTP " + e.Status }

// Validators are the conditional-request values of the last full response.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched document.
type Response struct {
	Body        []byte
	ContentType string
	URL         string // after redirects
	Validators
	// NotModified is true when the server answered 304: Body is empty and
	// what was stored before is still current.
	NotModified bool
}

// Fetcher gets feeds and pages over HTTP(S): conditional requests, gzip,
// proxies from the environment, a per-request timeout, a size limit and at
// most five redirects. It is safe for concurrent use.
type Fetcher struct {
	client    *http.Client
	userAgent string
	timeout   time.Duration
	maxBytes  int64
}

// FetcherOptions configures NewFetcher; zero values take the defaults.
type FetcherOptions struct {
	Version  string        // goes into the User-Agent "rosetta/<version>"
	Timeout  time.Duration // whole request, body included
	MaxBytes int64         // largest accepted (decompressed) body
	// Transport replaces the default transport (tests, custom TLS).
	Transport http.RoundTripper
}

// NewFetcher returns a Fetcher.
func NewFetcher(o FetcherOptions) *Fetcher {
	if o.Version == "" {
		o.Version = "dev"
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	rt := o.Transport
	if rt == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.Proxy = http.ProxyFromEnvironment
		t.MaxResponseHeaderBytes = 1 << 20
		rt = t
	}
	return &Fetcher{
		client:    &http.Client{Transport: rt, CheckRedirect: checkRedirect},
		userAgent: "rosetta/" + o.Version,
		timeout:   o.Timeout,
		maxBytes:  o.MaxBytes,
	}
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	for _, prev := range via {
		if prev.URL.String() == req.URL.String() {
			return fmt.Errorf("%w via %s", ErrRedirectLoop, req.URL.Redacted())
		}
	}
	if len(via) > maxRedirects {
		return ErrTooManyRedirects
	}
	return nil
}

// Fetch gets rawURL, sending v as If-None-Match / If-Modified-Since.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	ctx, cancel := context.WithTimeout(ctx, f.timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", f.userAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.clean(err)
	}
	defer resp.Body.Close()
	out := &Response{
		ContentType: resp.Header.Get("Content-Type"),
		URL:         resp.Request.URL.String(),
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode != http.StatusOK:
		return nil, &HTTPError{StatusCode: resp.StatusCode, Status: resp.Status}
	case resp.ContentLength > f.maxBytes:
		// Refuse before reading a byte of it.
		return nil, fmt.Errorf("%w: %d bytes > %d", ErrTooLarge, resp.ContentLength, f.maxBytes)
	}
	// The transport has already undone gzip, so the limit bounds the
	// decompressed size too (no gzip bombs).
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return nil, f.clean(err)
	}
	if int64(len(body)) > f.maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, f.maxBytes)
	}
	out.Body = body
	return out, nil
}

// clean turns transport errors into short messages without the URL (the
// caller's SourceError names the source already), keeping the chain.
func (f *Fetcher) clean(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var ne net.Error
	if errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()) {
		return fmt.Errorf("%w after %s: %w", ErrTimeout, f.timeout, err)
	}
	return err
}
