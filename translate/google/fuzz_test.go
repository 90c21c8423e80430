package google

import (
	"errors"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
)

func FuzzClassify(f *testing.F) {
	f.Add(403, `{"error":{"code":403,"message":"User Rate Limit Exceeded","errors":[{"domain":"usageLimits","reason":"userRateLimitExceeded"}]}}`)
	f.Add(403, `{"error":{"code":403,"message":"Daily Limit Exceeded","errors":[{"reason":"dailyLimitExceeded"}]}}`)
	f.Add(400, `{"error":{"code":400,"message":"Bad language pair: sw|xx","errors":[{"reason":"invalid"}]}}`)
	f.Add(500, `not json`)
	f.Fuzz(func(t *testing.T, status int, body string) {
		err := classify(status, nil, []byte(body))
		if (status/100 == 2) != (err == nil) {
			t.Fatalf("status %d: err %v", status, err)
		}
		if errors.Is(err, translate.ErrQuota) && translate.Retryable(err) {
			t.Fatalf("quota error retryable: %v", err)
		}
		if status == 429 && !translate.Retryable(err) {
			t.Fatalf("429 not retryable: %v", err)
		}
	})
}
