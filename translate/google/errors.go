package google

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
)

type apiError struct {
	Error struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
		Status  string `json:"status"`
		Errors  []struct {
			Domain string `json:"domain"`
			Reason string `json:"reason"`
		} `json:"errors"`
	} `json:"error"`
}

// classify reads Google's {"error":{"code","message","errors":[{reason}]}}.
// Google reports quota overruns as 403 with a reason: rate-limit reasons
// are worth a retry, the daily limit is not.
func classify(status int, h http.Header, body []byte) error {
	if status/100 == 2 {
		return nil
	}
	msg, reasons := parseError(body)
	switch {
	case status == http.StatusForbidden && hasReason(reasons, func(r string) bool { return r == "dailyLimitExceeded" || r == "quotaExceeded" }):
		return httpx.Wrap(translate.ErrQuota, status, msg)
	case status == http.StatusForbidden && hasReason(reasons, func(r string) bool { return strings.HasSuffix(r, "RateLimitExceeded") || r == "rateLimitExceeded" }):
		return httpx.ByStatus(http.StatusTooManyRequests, h, fmt.Sprintf("HTTP 403: %s", msg))
	case status == http.StatusBadRequest && strings.Contains(strings.ToLower(msg), "api key"):
		// "API key not valid. Please pass a valid API key." comes as 400.
		return httpx.Wrap(translate.ErrAuth, status, msg)
	case status == http.StatusBadRequest && languageProblem(msg, reasons):
		return httpx.Wrap(translate.ErrUnsupportedPair, status, msg)
	case status == http.StatusRequestEntityTooLarge || (status == http.StatusBadRequest && strings.Contains(strings.ToLower(msg), "too large")):
		return fmt.Errorf("%w (%s)", errTooBig, msg)
	}
	return httpx.ByStatus(status, h, msg)
}

func parseError(body []byte) (string, []string) {
	var e apiError
	if json.Unmarshal(body, &e) != nil || e.Error.Message == "" {
		return httpx.Snippet(string(body)), nil
	}
	var reasons []string
	for _, d := range e.Error.Errors {
		reasons = append(reasons, d.Reason)
	}
	return httpx.Snippet(e.Error.Message), reasons
}

func hasReason(reasons []string, match func(string) bool) bool {
	for _, r := range reasons {
		if match(r) {
			return true
		}
	}
	return false
}

// languageProblem spots v2's answers to an unknown language or pair
// ("Bad language pair: sw|xx", "Invalid Value" on target).
func languageProblem(msg string, reasons []string) bool {
	m := strings.ToLower(msg)
	return strings.Contains(m, "language pair") || strings.Contains(m, "not supported") ||
		(hasReason(reasons, func(r string) bool { return r == "invalid" }) && strings.Contains(m, "invalid value"))
}
