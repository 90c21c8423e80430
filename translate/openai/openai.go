// Package openai is a translation backend for any server speaking the
// OpenAI chat-completions protocol: OpenAI itself, Ollama, llama.cpp's
// llama-server and vLLM. Segments go out as a numbered JSON array under a
// strict system prompt that treats article text as data, and the answer
// must be a JSON array of the same length; bad answers are re-asked once
// and then split in halves.
package openai

import (
	"cmp"
	"context"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"github.com/rosetta-reader/rosetta/translate/internal/langcode"
)

// Defaults for a zero Config.
const (
	DefaultBaseURL = "https://api.openai.com"
	DefaultModel   = "gpt-4o-mini"
	// DefaultBatch and DefaultBatchBytes bound one request: small enough
	// that a local 7B model keeps count, large enough to save round trips.
	DefaultBatch      = 12
	DefaultBatchBytes = 6000
	// DefaultTimeout and DefaultConcurrency suit a local model on a CPU,
	// which may take minutes per batch and serves requests one or two at
	// a time; queued requests would otherwise time out while waiting.
	DefaultTimeout     = 3 * time.Minute
	DefaultConcurrency = 2
)

// Config configures a Client. Zero fields take defaults.
type Config struct {
	// BaseURL is the server root, e.g. http://localhost:11434 for Ollama;
	// a trailing /v1 is accepted.
	BaseURL string
	Model   string
	// APIKey is sent as a Bearer token when set.
	APIKey translate.Secret
	// Batch and BatchBytes bound the segments per request.
	Batch, BatchBytes int
	// MaxTokens caps the answer; 0 leaves it to the server.
	MaxTokens int

	// Tuning holds the HTTP settings: timeout, concurrency, rate, attempts.
	httpx.Tuning
}

// Client translates through an OpenAI-compatible server. It implements
// translate.Backend and translate.Summarizer.
type Client struct {
	endpoint  string
	host      string
	model     string
	key       translate.Secret
	batch     int
	batchSize int
	maxTokens int
	http      *httpx.Client
}

var (
	_ translate.Backend    = (*Client)(nil)
	_ translate.Summarizer = (*Client)(nil)
)

// New returns a Client for cfg.
func New(cfg Config) *Client {
	base := strings.TrimRight(strings.TrimSpace(cfg.BaseURL), "/")
	if base == "" {
		base = DefaultBaseURL
	}
	base = strings.TrimSuffix(base, "/v1")
	c := &Client{
		endpoint:  base + "/v1/chat/completions",
		host:      hostOf(base),
		model:     cmp.Or(cfg.Model, DefaultModel),
		key:       cfg.APIKey,
		batch:     cmp.Or(cfg.Batch, DefaultBatch),
		batchSize: cmp.Or(cfg.BatchBytes, DefaultBatchBytes),
		maxTokens: cfg.MaxTokens,
	}
	t := cfg.Tuning
	t.Timeout = cmp.Or(t.Timeout, DefaultTimeout)
	t.Concurrency = cmp.Or(t.Concurrency, DefaultConcurrency)
	c.http = httpx.New(t.Options("openai", cfg.APIKey.Reveal()))
	return c
}

// Name implements translate.Backend.
func (c *Client) Name() string { return "openai" }

// Model implements translate.Backend.
func (c *Client) Model() string { return c.model }

// String names the client without its key.
func (c *Client) String() string { return "openai(" + c.model + " @ " + c.host + ")" }

// GoString keeps %#v from dumping the struct, key included.
func (c *Client) GoString() string { return c.String() }

// Pairs implements translate.Backend. A chat model has no fixed pair list:
// every pair between the languages Rosetta knows names for is offered, and
// the model's quality decides the rest.
func (c *Client) Pairs(ctx context.Context) ([]translate.Pair, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	known := langcode.Known()
	out := make([]translate.Pair, 0, len(known)*(len(known)-1))
	for _, f := range known {
		for _, t := range known {
			if f != t {
				out = append(out, translate.Pair{From: f, To: t})
			}
		}
	}
	return out, nil
}

func (c *Client) headers() http.Header {
	h := http.Header{}
	if c.key.Set() {
		h.Set("Authorization", "Bearer "+c.key.Reveal())
	}
	return h
}

func hostOf(base string) string {
	u, err := url.Parse(base)
	if err != nil || u.Host == "" {
		return "?"
	}
	return u.Host
}
