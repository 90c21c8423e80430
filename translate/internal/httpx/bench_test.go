package httpx

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkDo measures the policy's overhead on the request path against a
// loopback server.
func BenchmarkDo(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"ok":true}`))
	}))
	defer srv.Close()
	c := New(Options{Secrets: []string{"secret-key"}})
	req := Request{Method: http.MethodPost, URL: srv.URL, Body: []byte(`{"q":["a"]}`)}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Do(ctx, req, okOr500); err != nil {
			b.Fatal(err)
		}
	}
}
