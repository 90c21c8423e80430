package libretranslate

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
)

// classify reads LibreTranslate's {"error": "..."} bodies. Its statuses
// are coarse, so the message decides: app.py answers 400 for an
// unsupported language and for a missing key alike.
func classify(status int, h http.Header, body []byte) error {
	if status/100 == 2 {
		return nil
	}
	msg := errorMessage(body)
	low := strings.ToLower(msg)
	switch {
	case status == http.StatusBadRequest && (strings.Contains(low, "not supported") || strings.Contains(low, "not available as a target")):
		return httpx.Wrap(translate.ErrUnsupportedPair, status, msg)
	case status == http.StatusBadRequest && strings.Contains(low, "api key"):
		return httpx.Wrap(translate.ErrAuth, status, msg)
	case status == http.StatusBadRequest && strings.Contains(low, "exceeds"):
		return fmt.Errorf("%w (%s)", errTooBig, msg)
	case status == http.StatusForbidden && strings.Contains(low, "limits violations"):
		// A flood ban: retrying only prolongs it.
		return httpx.Wrap(translate.ErrQuota, status, msg)
	}
	return httpx.ByStatus(status, h, msg)
}

func errorMessage(body []byte) string {
	var e struct {
		Error string `json:"error"`
	}
	if json.Unmarshal(body, &e) == nil && e.Error != "" {
		return httpx.Snippet(e.Error)
	}
	return httpx.Snippet(string(body))
}
