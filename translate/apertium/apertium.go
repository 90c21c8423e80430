// Package apertium is a translation backend for Apertium APY, the HTTP
// front of the Apertium rule-based MT system (Debian: apertium-apy). APY
// translates one q per request (a repeated q is silently dropped), so each
// segment is its own request, several in flight up to the concurrency
// bound; APY needs no key and has no rate limiter.
package apertium

import (
	"cmp"
	"context"
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

// Defaults for a zero Config: APY's own default port, on loopback.
const (
	DefaultBaseURL = "http://127.0.0.1:2737"
	DefaultModel   = "apy"
)

// Config configures a Client. Zero fields take defaults.
type Config struct {
	BaseURL string
	// Model names the installed language data for the cache key: bump it
	// after upgrading the apertium-* packages.
	Model string

	// Tuning holds the HTTP settings: timeout, concurrency, rate, attempts.
	httpx.Tuning
}

// Client implements translate.Backend for Apertium APY.
type Client struct {
	base  string
	model string
	http  *httpx.Client
}

var _ translate.Backend = (*Client)(nil)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	return &Client{
		base:  strings.TrimRight(cmp.Or(strings.TrimSpace(cfg.BaseURL), DefaultBaseURL), "/"),
		model: cmp.Or(cfg.Model, DefaultModel),
		http:  httpx.New(cfg.Tuning.Options("apertium")),
	}
}

// Name implements translate.Backend.
func (c *Client) Name() string { return "apertium" }

// Model implements translate.Backend.
func (c *Client) Model() string { return c.model }

// String names the client.
func (c *Client) String() string { return "apertium(" + c.base + ")" }

type apyResponse struct {
	ResponseData struct {
		TranslatedText *string `json:"translatedText"`
	} `json:"responseData"`
	ResponseStatus int `json:"responseStatus"`
}

// Translate implements translate.Backend: one request per non-blank
// segment, so the output count always matches the input.
func (c *Client) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if from == to {
		return slices.Clone(segs), ctx.Err()
	}
	pair := code(from) + "|" + code(to)
	return batch.Run(ctx, segs, batch.Plan(segs, 1, 0), c.http.Concurrency(),
		func(ctx context.Context, b []string) ([]string, error) {
			out, err := c.one(ctx, b[0], pair)
			if err != nil {
				return nil, err
			}
			return []string{out}, nil
		})
}

func (c *Client) one(ctx context.Context, seg, pair string) (string, error) {
	form := url.Values{"langpair": {pair}, "q": {seg}, "markUnknown": {"no"}}
	body, err := c.http.Do(ctx, httpx.Request{
		Method: http.MethodPost, URL: c.base + "/translate",
		Header: http.Header{"Content-Type": {"application/x-www-form-urlencoded"}},
		Body:   []byte(form.Encode()),
	}, classify)
	if err != nil {
		return "", err
	}
	var resp apyResponse
	if err := httpx.DecodeJSON(body, &resp); err != nil {
		return "", fmt.Errorf("apertium: %w", err)
	}
	if resp.ResponseData.TranslatedText == nil {
		return "", fmt.Errorf("apertium: %w: no translatedText", translate.ErrBadResponse)
	}
	return *resp.ResponseData.TranslatedText, nil
}

// code gives APY's ISO 639-3 code; codes Rosetta has no mapping for go as
// they are (APY maps some two-letter codes itself).
func code(iso string) string {
	if c, ok := langcode.ToISO3(iso); ok {
		return c
	}
	return strings.ToLower(strings.TrimSpace(iso))
}
