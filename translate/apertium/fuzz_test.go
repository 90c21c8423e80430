package apertium

import (
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
)

func FuzzClassify(f *testing.F) {
	f.Add(400, `{"status": "error", "code": 400, "message": "Bad Request", "explanation": "That pair is not installed"}`)
	f.Add(503, `{"status": "error", "code": 503, "explanation": "internal error"}`)
	f.Add(404, `<html><title>404: Not Found</title></html>`)
	f.Fuzz(func(t *testing.T, status int, body string) {
		err := classify(status, nil, []byte(body))
		if (status/100 == 2) != (err == nil) {
			t.Fatalf("status %d: err %v", status, err)
		}
		if status >= 500 && status < 600 && !translate.Retryable(err) {
			t.Fatalf("%d not retryable", status)
		}
	})
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{"es", "en", "sw", "sq", "SPA", " xx ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, iso string) {
		c := code(iso)
		if strings.ContainsAny(c, "|&= ") && !strings.ContainsAny(strings.TrimSpace(iso), "|&= ") {
			t.Fatalf("code(%q) = %q adds separators", iso, c)
		}
		if c != strings.ToLower(c) {
			t.Fatalf("code(%q) = %q not lower case", iso, c)
		}
	})
}
