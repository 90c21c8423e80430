package apertium

import (
	"encoding/json"
	"net/http"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
)

// classify reads APY's {"status":"error","code","message","explanation"}.
// A pair that is not installed is 400; a stuck pipeline is 503, retried
// like any 5xx.
func classify(status int, h http.Header, body []byte) error {
	if status/100 == 2 {
		return nil
	}
	msg := errorMessage(body)
	if status == http.StatusBadRequest && strings.Contains(strings.ToLower(msg), "not installed") {
		return httpx.Wrap(translate.ErrUnsupportedPair, status, msg)
	}
	return httpx.ByStatus(status, h, msg)
}

func errorMessage(body []byte) string {
	var e struct {
		Message     string `json:"message"`
		Explanation string `json:"explanation"`
	}
	if json.Unmarshal(body, &e) != nil || (e.Message == "" && e.Explanation == "") {
		return httpx.Snippet(string(body))
	}
	if e.Explanation != "" {
		return httpx.Snippet(e.Explanation)
	}
	return httpx.Snippet(e.Message)
}
