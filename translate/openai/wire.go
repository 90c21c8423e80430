package openai

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
)

type message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatRequest struct {
	Model       string    `json:"model"`
	Messages    []message `json:"messages"`
	Temperature float64   `json:"temperature"`
	MaxTokens   int       `json:"max_tokens,omitempty"`
	Stream      bool      `json:"stream"`
}

type chatResponse struct {
	Choices []struct {
		Message      message `json:"message"`
		FinishReason string  `json:"finish_reason"`
	} `json:"choices"`
}

// errTruncated: the answer hit the token limit (finish_reason "length").
var errTruncated = errors.New("answer cut off at the token limit")

// errTooLong: the server refused the prompt as longer than its context.
var errTooLong = errors.New("prompt longer than the model's context")

// chat sends one conversation and returns the assistant's text.
func (c *Client) chat(ctx context.Context, msgs []message) (string, error) {
	req, err := httpx.JSONRequest(http.MethodPost, c.endpoint, chatRequest{
		Model: c.model, Messages: msgs, MaxTokens: c.maxTokens,
	}, c.headers())
	if err != nil {
		return "", err
	}
	body, err := c.http.Do(ctx, req, classify)
	if err != nil {
		return "", err
	}
	var resp chatResponse
	if err := httpx.DecodeJSON(body, &resp); err != nil {
		return "", fmt.Errorf("openai: %w", err)
	}
	if len(resp.Choices) == 0 {
		return "", fmt.Errorf("openai: %w: no choices in answer", translate.ErrBadResponse)
	}
	ch := resp.Choices[0]
	if ch.FinishReason == "length" {
		return ch.Message.Content, errTruncated
	}
	return ch.Message.Content, nil
}

// apiError covers the error shapes OpenAI-compatible servers send:
// {"error":{"message","type","code"}} (OpenAI, llama.cpp, newer vLLM),
// {"object":"error","message","type","code"} (older vLLM) and
// {"error":"text"} (some proxies).
type apiError struct {
	Error   json.RawMessage `json:"error"`
	Object  string          `json:"object"`
	Message string          `json:"message"`
	Type    string          `json:"type"`
	Code    json.RawMessage `json:"code"`
}

type errorDetail struct {
	Message string          `json:"message"`
	Type    string          `json:"type"`
	Code    json.RawMessage `json:"code"`
}

// parseError returns the message, type and code of an error body, or
// empty strings when it has none of the known shapes.
func parseError(body []byte) (msg, typ, code string) {
	var e apiError
	if json.Unmarshal(body, &e) != nil {
		return httpx.Snippet(string(body)), "", ""
	}
	if len(e.Error) > 0 && e.Error[0] == '{' {
		var d errorDetail
		if json.Unmarshal(e.Error, &d) == nil {
			return httpx.Snippet(d.Message), d.Type, rawCode(d.Code)
		}
	}
	var s string
	if len(e.Error) > 0 && json.Unmarshal(e.Error, &s) == nil {
		return httpx.Snippet(s), "", ""
	}
	return httpx.Snippet(e.Message), e.Type, rawCode(e.Code)
}

// rawCode renders a code that is a string in OpenAI and a number in
// llama.cpp and vLLM.
func rawCode(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	if string(raw) == "null" {
		return ""
	}
	return string(raw)
}

func classify(status int, h http.Header, body []byte) error {
	if status/100 == 2 {
		return nil
	}
	msg, typ, code := parseError(body)
	switch {
	case status == http.StatusTooManyRequests && (code == "insufficient_quota" || typ == "insufficient_quota"):
		return httpx.Wrap(translate.ErrQuota, status, msg)
	case status == http.StatusBadRequest && contextOverflow(msg, code):
		return fmt.Errorf("%w (%s)", errTooLong, msg)
	}
	return httpx.ByStatus(status, h, msg)
}

func contextOverflow(msg, code string) bool {
	if code == "context_length_exceeded" {
		return true
	}
	m := strings.ToLower(msg)
	return strings.Contains(m, "context length") || strings.Contains(m, "maximum context") ||
		strings.Contains(m, "context window")
}
