package libretranslate

import (
	"errors"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
)

func FuzzClassify(f *testing.F) {
	f.Add(400, `{"error":"sw is not supported"}`)
	f.Add(403, `{"error":"Invalid API key"}`)
	f.Add(429, `{"error":"Slowdown: 10 per 1 minute"}`)
	f.Add(500, `<html>oops</html>`)
	f.Add(200, `{}`)
	f.Fuzz(func(t *testing.T, status int, body string) {
		err := classify(status, nil, []byte(body))
		if (status/100 == 2) != (err == nil) {
			t.Fatalf("status %d: err %v", status, err)
		}
		if status == 429 && !translate.Retryable(err) {
			t.Fatalf("429 not retryable: %v", err)
		}
		if status >= 500 && status < 600 && !translate.Retryable(err) {
			t.Fatalf("%d not retryable: %v", status, err)
		}
		if errors.Is(err, translate.ErrAuth) && translate.Retryable(err) {
			t.Fatalf("auth error retryable: %v", err)
		}
	})
}
