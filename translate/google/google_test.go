package google

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/backendtest"
)

func expect(s string) string { return "en:" + s }

// fake is a loopback Translation v2 server enforcing the documented limits.
type fake struct {
	t   testing.TB
	key string

	mu    sync.Mutex
	sizes []int
}

func (f *fake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("key") != f.key {
		fail(w, 400, "API key not valid. Please pass a valid API key.", "badRequest")
		return
	}
	switch {
	case r.Method == http.MethodGet && r.URL.Path == "/language/translate/v2/languages":
		fmt.Fprint(w, `{"data":{"languages":[{"language":"en"},{"language":"sq"},{"language":"sw"},{"language":"zh-CN"},{"language":"zh-TW"}]}}`)
		return
	case r.Method != http.MethodPost || r.URL.Path != "/language/translate/v2":
		fail(w, 404, "Not Found", "notFound")
		return
	}
	body, _ := io.ReadAll(r.Body)
	var req translateRequest
	switch err := json.Unmarshal(body, &req); {
	case err != nil:
		fail(w, 400, "Invalid JSON payload received.", "invalid")
	case len(body) > MaxBody:
		fail(w, 400, "Request payload size exceeds the limit", "invalid")
	case len(req.Q) > MaxSegments:
		fail(w, 400, "Too many text segments", "invalid")
	case req.Format != "text":
		f.t.Errorf("format %q; want text", req.Format)
		fail(w, 400, "format", "invalid")
	case req.Target != "en" || req.Source != "sw":
		fail(w, 400, "Bad language pair: "+req.Source+"|"+req.Target, "invalid")
	default:
		f.mu.Lock()
		f.sizes = append(f.sizes, len(req.Q))
		f.mu.Unlock()
		tr := make([]map[string]string, len(req.Q))
		for i, q := range req.Q {
			tr[i] = map[string]string{"translatedText": expect(q)}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"data": map[string]any{"translations": tr}})
	}
}

func fail(w http.ResponseWriter, status int, msg, reason string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"code":%d,"message":%q,"errors":[{"message":%q,"domain":"global","reason":%q}]}}`, status, msg, msg, reason)
}

func serve(t testing.TB, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		New: func(base string, key translate.Secret) translate.Backend {
			return New(Config{BaseURL: base, APIKey: key})
		},
		Handler:   &fake{t: t, key: backendtest.Key},
		Expect:    expect,
		Fail:      func(w http.ResponseWriter, status int, msg string) { fail(w, status, msg, "backendError") },
		Malformed: `{"data":{"translations":[`,
		From:      "sw", To: "en",
	})
}

func TestQuotaReasons(t *testing.T) {
	cases := []struct {
		status int
		reason string
		check  func(error) bool
		what   string
	}{
		{403, "userRateLimitExceeded", translate.Retryable, "retryable"},
		{403, "rateLimitExceeded", translate.Retryable, "retryable"},
		{403, "dailyLimitExceeded", func(err error) bool { return errors.Is(err, translate.ErrQuota) && !translate.Retryable(err) }, "final ErrQuota"},
		{403, "forbidden", func(err error) bool { return errors.Is(err, translate.ErrAuth) }, "ErrAuth"},
		{401, "authError", func(err error) bool { return errors.Is(err, translate.ErrAuth) }, "ErrAuth"},
		{429, "RESOURCE_EXHAUSTED", translate.Retryable, "retryable"},
	}
	for _, tc := range cases {
		rec := httptest.NewRecorder()
		fail(rec, tc.status, "Limit message", tc.reason)
		err := classify(tc.status, rec.Header(), rec.Body.Bytes())
		if !tc.check(err) {
			t.Errorf("%d %s → %v; want %s", tc.status, tc.reason, err, tc.what)
		}
	}
}

func TestChunksAt128(t *testing.T) {
	f := &fake{t: t, key: "k"}
	segs := make([]string, 300)
	for i := range segs {
		segs[i] = fmt.Sprintf("sentensi %d", i)
	}
	got, err := New(Config{BaseURL: serve(t, f), APIKey: "k"}).Translate(context.Background(), segs, "sw", "en")
	if err != nil {
		t.Fatal(err)
	}
	for i := range segs {
		if got[i] != expect(segs[i]) {
			t.Fatalf("segment %d = %q", i, got[i])
		}
	}
	slices.Sort(f.sizes)
	if !slices.Equal(f.sizes, []int{44, 128, 128}) {
		t.Fatalf("request sizes %v; want 128+128+44", f.sizes)
	}
}

func TestBadKeyIsAuth(t *testing.T) {
	_, err := New(Config{BaseURL: serve(t, &fake{t: t, key: "right"}), APIKey: "wrong-key-123"}).Translate(context.Background(), []string{"a"}, "sw", "en")
	if !errors.Is(err, translate.ErrAuth) || strings.Contains(err.Error(), "wrong-key-123") {
		t.Fatalf("err = %v; want ErrAuth without the key", err)
	}
}

func TestUnsupportedPair(t *testing.T) {
	_, err := New(Config{BaseURL: serve(t, &fake{t: t, key: "k"}), APIKey: "k"}).Translate(context.Background(), []string{"a"}, "sw", "xx")
	if !errors.Is(err, translate.ErrUnsupportedPair) {
		t.Fatalf("err = %v; want ErrUnsupportedPair", err)
	}
}

func TestKeyNotInTransportErrors(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	srv.Close()
	const key = "AIzaSy-secret-key-value"
	_, err := New(Config{BaseURL: srv.URL, APIKey: key, Tuning: httpx.Tuning{MaxAttempts: 1}}).Translate(context.Background(), []string{"a"}, "sw", "en")
	if err == nil || strings.Contains(err.Error(), key) || strings.Contains(fmt.Sprintf("%#v", err), key) {
		t.Fatalf("err %v leaks the key or is nil", err)
	}
}

func TestPairs(t *testing.T) {
	ps, err := New(Config{BaseURL: serve(t, &fake{t: t, key: "k"}), APIKey: "k"}).Pairs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	// en, sq, sw, zh (two scripts folded): 4×3 ordered pairs.
	if len(ps) != 12 || !slices.Contains(ps, translate.Pair{From: "sw", To: "en"}) || !slices.Contains(ps, translate.Pair{From: "zh", To: "sq"}) {
		t.Fatalf("Pairs = %v", ps)
	}
}

func BenchmarkTranslate(b *testing.B) {
	c := New(Config{BaseURL: serve(b, &fake{t: b, key: "k"}), APIKey: "k"})
	segs := slices.Repeat([]string{"Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi."}, 12)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Translate(context.Background(), segs, "sw", "en"); err != nil {
			b.Fatal(err)
		}
	}
}
