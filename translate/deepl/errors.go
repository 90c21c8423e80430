package deepl

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
)

// DeepL's own statuses, beyond the usual ones.
const (
	statusQuotaExceeded = 456 // character quota used up: never retry
	statusTooMany       = 529 // "too many requests", like 429
)

// classify reads DeepL's {"message": "...", "detail"?: "..."} bodies.
func classify(status int, h http.Header, body []byte) error {
	if status/100 == 2 {
		return nil
	}
	msg := errorMessage(body)
	switch {
	case status == statusQuotaExceeded:
		return httpx.Wrap(translate.ErrQuota, status, msg)
	case status == statusTooMany:
		return httpx.ByStatus(http.StatusTooManyRequests, h, fmt.Sprintf("HTTP 529: %s", msg))
	case status == http.StatusRequestEntityTooLarge:
		return fmt.Errorf("%w (%s)", errTooBig, msg)
	case status == http.StatusBadRequest && strings.Contains(strings.ToLower(msg), "not supported"):
		return httpx.Wrap(translate.ErrUnsupportedPair, status, msg)
	}
	return httpx.ByStatus(status, h, msg)
}

func errorMessage(body []byte) string {
	var e struct {
		Message string `json:"message"`
		Detail  string `json:"detail"`
	}
	if json.Unmarshal(body, &e) != nil || e.Message == "" {
		return httpx.Snippet(string(body))
	}
	if e.Detail != "" {
		return httpx.Snippet(e.Message + ": " + e.Detail)
	}
	return httpx.Snippet(e.Message)
}
