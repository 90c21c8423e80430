// Package google is a translation backend for Google Cloud Translation -
// Basic (v2) with an API key. Requests carry at most 128 segments, ask for
// format "text" (the default, html, returns entities such as &#39;) and
// stay under the 100K-byte request limit.
package google

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/batch"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"github.com/rosetta-reader/rosetta/translate/internal/langcode"
)

// Defaults and limits from Google's documentation.
const (
	DefaultBaseURL = "https://translation.googleapis.com"
	DefaultModel   = "nmt"
	// MaxSegments per request; MaxBody is the size Basic rejects above.
	MaxSegments = 128
	MaxBody     = 100_000
	// textBudget keeps requests near the recommended size (5K code
	// points is the latency sweet spot; this trades a little latency for
	// fewer requests) and well under MaxBody.
	textBudget = 30_000
)

// Config configures a Client. Zero fields take defaults.
type Config struct {
	BaseURL string
	// Model is the v2 "model" parameter ("nmt" or "base"); it also keys
	// the cache.
	Model  string
	APIKey translate.Secret

	// Tuning holds the HTTP settings: timeout, concurrency, rate, attempts.
	httpx.Tuning
}

// Client implements translate.Backend for Google Translation v2.
type Client struct {
	base  string
	model string
	key   translate.Secret
	http  *httpx.Client
}

var _ translate.Backend = (*Client)(nil)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	return &Client{
		base:  strings.TrimRight(cmp.Or(strings.TrimSpace(cfg.BaseURL), DefaultBaseURL), "/"),
		model: cmp.Or(strings.TrimSpace(cfg.Model), DefaultModel),
		key:   cfg.APIKey,
		http:  httpx.New(cfg.Tuning.Options("google", cfg.APIKey.Reveal())),
	}
}

// Name implements translate.Backend.
func (c *Client) Name() string { return "google" }

// Model implements translate.Backend.
func (c *Client) Model() string { return c.model }

// String names the client without its key.
func (c *Client) String() string { return "google(" + c.base + ")" }

// GoString keeps %#v from dumping the struct, key included.
func (c *Client) GoString() string { return c.String() }

// endpoint builds a v2 URL with the key in the query, as the v2 API takes
// it. httpx redacts queries from every error.
func (c *Client) endpoint(path string, q url.Values) string {
	if q == nil {
		q = url.Values{}
	}
	if c.key.Set() {
		q.Set("key", c.key.Reveal())
	}
	u := c.base + "/language/translate/v2" + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	return u
}

type translateRequest struct {
	Q      []string `json:"q"`
	Source string   `json:"source"`
	Target string   `json:"target"`
	Format string   `json:"format"`
	Model  string   `json:"model,omitempty"`
}

type translateResponse struct {
	Data struct {
		Translations []struct {
			TranslatedText string `json:"translatedText"`
		} `json:"translations"`
	} `json:"data"`
}

var errTooBig = errors.New("request larger than Google accepts")

// Translate implements translate.Backend.
func (c *Client) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if from == to {
		return slices.Clone(segs), ctx.Err()
	}
	send := func(ctx context.Context, b []string) ([]string, error) { return c.send(ctx, b, from, to) }
	tooBig := func(err error) bool { return errors.Is(err, errTooBig) }
	return batch.Run(ctx, segs, batch.Plan(segs, MaxSegments, textBudget), c.http.Concurrency(),
		func(ctx context.Context, b []string) ([]string, error) { return batch.Halve(ctx, b, send, tooBig) })
}

func (c *Client) send(ctx context.Context, segs []string, from, to string) ([]string, error) {
	req, err := httpx.JSONRequest(http.MethodPost, c.endpoint("", nil), translateRequest{
		Q: segs, Source: code(from), Target: code(to), Format: "text", Model: c.model,
	}, nil)
	if err != nil {
		return nil, err
	}
	if len(req.Body) > MaxBody {
		return nil, fmt.Errorf("google: %w: %d bytes", errTooBig, len(req.Body))
	}
	body, err := c.http.Do(ctx, req, classify)
	if err != nil {
		return nil, err
	}
	var resp translateResponse
	if err := httpx.DecodeJSON(body, &resp); err != nil {
		return nil, fmt.Errorf("google: %w", err)
	}
	tr := resp.Data.Translations
	if len(tr) != len(segs) {
		return nil, fmt.Errorf("google: %w: %d translations for %d segments", translate.ErrBadResponse, len(tr), len(segs))
	}
	out := make([]string, len(tr))
	for i, t := range tr {
		out[i] = t.TranslatedText
	}
	return out, nil
}

// code maps ISO 639-1 to Google's codes, which are the same except that
// Chinese needs its script.
func code(iso string) string {
	switch c := langcode.Base(iso); c {
	case "zh":
		return "zh-CN"
	default:
		return c
	}
}
