// Package deepl is a translation backend for the DeepL API v2. Free keys
// (ending in ":fx") go to api-free.deepl.com, others to api.deepl.com; the
// key travels in the Authorization header. Requests hold at most 50 texts
// and 128 KiB.
package deepl

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
)

// Hosts and limits from DeepL's API reference.
const (
	FreeURL = "https://api-free.deepl.com"
	ProURL  = "https://api.deepl.com"
	// MaxTexts and MaxBody are DeepL's per-request limits.
	MaxTexts = 50
	MaxBody  = 128 << 10
	// textBudget plans batches well under MaxBody: JSON quoting can grow
	// text, and the encoded size is checked again before sending.
	textBudget = 96 << 10
)

// Config configures a Client. Zero fields take defaults.
type Config struct {
	// BaseURL overrides the host chosen from the key.
	BaseURL string
	// Model is DeepL's model_type ("quality_optimized", ...); empty sends
	// none, which Swahili and Albanian need or accept.
	Model  string
	APIKey translate.Secret

	// Tuning holds the HTTP settings: timeout, concurrency, rate, attempts.
	httpx.Tuning
}

// Client implements translate.Backend for DeepL.
type Client struct {
	base  string
	model string
	key   translate.Secret
	http  *httpx.Client
}

var _ translate.Backend = (*Client)(nil)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	base := strings.TrimRight(strings.TrimSpace(cfg.BaseURL), "/")
	if base == "" {
		base = ProURL
		if strings.HasSuffix(cfg.APIKey.Reveal(), ":fx") {
			base = FreeURL
		}
	}
	return &Client{
		base:  base,
		model: strings.TrimSpace(cfg.Model),
		key:   cfg.APIKey,
		http:  httpx.New(cfg.Tuning.Options("deepl", cfg.APIKey.Reveal())),
	}
}

// Name implements translate.Backend.
func (c *Client) Name() string { return "deepl" }

// Model implements translate.Backend: the model_type, or "default".
func (c *Client) Model() string { return cmp.Or(c.model, "default") }

// String names the client without its key.
func (c *Client) String() string { return "deepl(" + c.base + ")" }

// GoString keeps %#v from dumping the struct, key included.
func (c *Client) GoString() string { return c.String() }

func (c *Client) headers() http.Header {
	return http.Header{"Authorization": {"DeepL-Auth-Key " + c.key.Reveal()}}
}

type translateRequest struct {
	Text       []string `json:"text"`
	SourceLang string   `json:"source_lang,omitempty"`
	TargetLang string   `json:"target_lang"`
	ModelType  string   `json:"model_type,omitempty"`
}

type translateResponse struct {
	Translations []struct {
		DetectedSourceLanguage string `json:"detected_source_language"`
		Text                   string `json:"text"`
	} `json:"translations"`
}

// errTooBig: the request is over DeepL's size limit (413, or our own
// check before sending).
var errTooBig = errors.New("request larger than DeepL accepts")

// Translate implements translate.Backend. Batches are planned under the
// limits by text size; one whose JSON still comes out too large (escaping
// grows some text) is halved until it fits.
func (c *Client) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if from == to {
		return slices.Clone(segs), ctx.Err()
	}
	send := func(ctx context.Context, b []string) ([]string, error) { return c.send(ctx, b, from, to) }
	tooBig := func(err error) bool { return errors.Is(err, errTooBig) }
	return batch.Run(ctx, segs, batch.Plan(segs, MaxTexts, textBudget), c.http.Concurrency(),
		func(ctx context.Context, b []string) ([]string, error) { return batch.Halve(ctx, b, send, tooBig) })
}

func (c *Client) send(ctx context.Context, segs []string, from, to string) ([]string, error) {
	req, err := httpx.JSONRequest(http.MethodPost, c.base+"/v2/translate", translateRequest{
		Text: segs, SourceLang: sourceCode(from), TargetLang: targetCode(to), ModelType: c.model,
	}, c.headers())
	if err != nil {
		return nil, err
	}
	if len(req.Body) > MaxBody {
		return nil, fmt.Errorf("deepl: %w: %d bytes", errTooBig, len(req.Body))
	}
	body, err := c.http.Do(ctx, req, classify)
	if err != nil {
		return nil, err
	}
	var resp translateResponse
	if err := httpx.DecodeJSON(body, &resp); err != nil {
		return nil, fmt.Errorf("deepl: %w", err)
	}
	if len(resp.Translations) != len(segs) {
		return nil, fmt.Errorf("deepl: %w: %d translations for %d texts",
			translate.ErrBadResponse, len(resp.Translations), len(segs))
	}
	out := make([]string, len(segs))
	for i, t := range resp.Translations {
		out[i] = t.Text
	}
	return out, nil
}
