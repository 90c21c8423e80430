// Package libretranslate is a translation backend for LibreTranslate
// (Argos Translate models), self-hosted or libretranslate.com. Batches go
// out as one POST /translate with q as an array; the key travels in the
// body as api_key.
package libretranslate

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/batch"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"github.com/rosetta-reader/rosetta/translate/internal/langcode"
)

// Defaults for a zero Config. A self-hosted server listens on
// 127.0.0.1:5000; libretranslate.com needs a key.
const (
	DefaultBaseURL    = "http://127.0.0.1:5000"
	DefaultModel      = "argos"
	DefaultBatch      = 25
	DefaultBatchBytes = 20000
)

// Config configures a Client. Zero fields take defaults.
type Config struct {
	BaseURL string
	// Model only names the installed models for the cache key: bump it
	// after updating the server's Argos packages.
	Model             string
	APIKey            translate.Secret
	Batch, BatchBytes int

	// Tuning holds the HTTP settings: timeout, concurrency, rate, attempts.
	httpx.Tuning
}

// Client implements translate.Backend for LibreTranslate.
type Client struct {
	base      string
	model     string
	key       translate.Secret
	batch     int
	batchSize int
	http      *httpx.Client
}

var _ translate.Backend = (*Client)(nil)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	return &Client{
		base:      strings.TrimRight(cmp.Or(strings.TrimSpace(cfg.BaseURL), DefaultBaseURL), "/"),
		model:     cmp.Or(cfg.Model, DefaultModel),
		key:       cfg.APIKey,
		batch:     cmp.Or(cfg.Batch, DefaultBatch),
		batchSize: cmp.Or(cfg.BatchBytes, DefaultBatchBytes),
		http:      httpx.New(cfg.Tuning.Options("libretranslate", cfg.APIKey.Reveal())),
	}
}

// Name implements translate.Backend.
func (c *Client) Name() string { return "libretranslate" }

// Model implements translate.Backend.
func (c *Client) Model() string { return c.model }

// String names the client without its key.
func (c *Client) String() string { return "libretranslate(" + c.base + ")" }

// GoString keeps %#v from dumping the struct, key included.
func (c *Client) GoString() string { return c.String() }

type translateRequest struct {
	Q      []string `json:"q"`
	Source string   `json:"source"`
	Target string   `json:"target"`
	Format string   `json:"format"`
	APIKey string   `json:"api_key,omitempty"`
}

type translateResponse struct {
	TranslatedText []string `json:"translatedText"`
}

// errTooBig: the server's --char-limit or --batch-limit refused the batch.
var errTooBig = errors.New("request exceeds the server's limit")

// Translate implements translate.Backend. Batches the server refuses as
// over its --char-limit or --batch-limit (off by default, set on public
// servers) are halved until they fit.
func (c *Client) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if from == to {
		return slices.Clone(segs), ctx.Err()
	}
	send := func(ctx context.Context, b []string) ([]string, error) { return c.send(ctx, b, from, to) }
	tooBig := func(err error) bool { return errors.Is(err, errTooBig) }
	return batch.Run(ctx, segs, batch.Plan(segs, c.batch, c.batchSize), c.http.Concurrency(),
		func(ctx context.Context, b []string) ([]string, error) { return batch.Halve(ctx, b, send, tooBig) })
}

func (c *Client) send(ctx context.Context, segs []string, from, to string) ([]string, error) {
	req, err := httpx.JSONRequest(http.MethodPost, c.base+"/translate", translateRequest{
		Q: segs, Source: code(from), Target: code(to), Format: "text", APIKey: c.key.Reveal(),
	}, nil)
	if err != nil {
		return nil, err
	}
	body, err := c.http.Do(ctx, req, classify)
	if err != nil {
		return nil, err
	}
	var resp translateResponse
	if err := httpx.DecodeJSON(body, &resp); err != nil {
		return nil, fmt.Errorf("libretranslate: %w", err)
	}
	if len(resp.TranslatedText) != len(segs) {
		return nil, fmt.Errorf("libretranslate: %w: %d translations for %d segments",
			translate.ErrBadResponse, len(resp.TranslatedText), len(segs))
	}
	return resp.TranslatedText, nil
}

// code maps an ISO 639-1 code to LibreTranslate's: the same, except
// Chinese, which it splits by script.
func code(iso string) string {
	c := langcode.Base(iso)
	if c == "zh" {
		return "zh-Hans"
	}
	return c
}
