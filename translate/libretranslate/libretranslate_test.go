package libretranslate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/backendtest"
)

func expect(s string) string { return "EN:" + s }

// fake is a loopback LibreTranslate speaking app.py's protocol. It accepts
// sq→en only, as a server with just the Argos sq_en package would; limit
// (>0) mimics --batch-limit.
type fake struct {
	t     testing.TB
	key   string
	limit int
	hits  atomic.Int32
}

func (f *fake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.hits.Add(1)
	w.Header().Set("Content-Type", "application/json")
	if r.Method == http.MethodGet && r.URL.Path == "/languages" {
		fmt.Fprint(w, `[{"code":"en","name":"English","targets":["en","sq","zh-Hans"]},{"code":"sq","name":"Albanian","targets":["en","sq"]},{"code":"zh-Hans","name":"Chinese","targets":["en"]}]`)
		return
	}
	if r.Method != http.MethodPost || r.URL.Path != "/translate" {
		fail(w, 404, "Not Found")
		return
	}
	if r.Header.Get("Authorization") != "" {
		f.t.Errorf("key sent in a header; LibreTranslate takes api_key in the body")
	}
	var req translateRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		f.t.Errorf("bad JSON: %v", err)
		fail(w, 400, "Invalid request")
		return
	}
	switch {
	case f.key != "" && req.APIKey != f.key:
		fail(w, 403, "Invalid API key")
	case req.Format != "text":
		f.t.Errorf("format %q; want text", req.Format)
	case req.Source != "sq" && req.Source != "sw":
		fail(w, 400, req.Source+" is not supported")
	case req.Source == "sw":
		fail(w, 400, "sw is not supported")
	case f.limit > 0 && len(req.Q) > f.limit:
		fail(w, 400, fmt.Sprintf("Invalid request: request (%d) exceeds text limit (%d)", len(req.Q), f.limit))
	default:
		out := make([]string, len(req.Q))
		for i, q := range req.Q {
			out[i] = expect(q)
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"translatedText": out})
	}
}

func fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
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
		Fail:      fail,
		Malformed: `{"translatedText": ["unterminated`,
		From:      "sq", To: "en",
	})
}

func TestErrors(t *testing.T) {
	base := serve(t, &fake{t: t, key: "right-key"})
	cases := []struct {
		key, from string
		is        error
	}{
		{"wrong-key", "sq", translate.ErrAuth},
		{"right-key", "sw", translate.ErrUnsupportedPair},
	}
	for _, tc := range cases {
		_, err := New(Config{BaseURL: base, APIKey: translate.Secret(tc.key)}).Translate(context.Background(), []string{"a"}, tc.from, "en")
		if !errors.Is(err, tc.is) || translate.Retryable(err) {
			t.Errorf("key %s from %s: err %v; want final %v", tc.key, tc.from, err, tc.is)
		}
	}
	for _, msg := range []string{"Please contact the server operator to get an API key", "Invalid API key"} {
		status := map[bool]int{true: 400, false: 403}[strings.HasPrefix(msg, "Please")]
		err := classify(status, nil, []byte(`{"error":"`+msg+`"}`))
		if !errors.Is(err, translate.ErrAuth) {
			t.Errorf("%d %q → %v; want ErrAuth", status, msg, err)
		}
	}
	if err := classify(403, nil, []byte(`{"error":"Too many request limits violations"}`)); !errors.Is(err, translate.ErrQuota) {
		t.Errorf("flood ban → %v; want ErrQuota", err)
	}
}

func TestBatchLimitSplits(t *testing.T) {
	f := &fake{t: t, limit: 2}
	segs := []string{"a", "b", "c", "d", "e"}
	got, err := New(Config{BaseURL: serve(t, f)}).Translate(context.Background(), segs, "sq", "en")
	want := []string{"EN:a", "EN:b", "EN:c", "EN:d", "EN:e"}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("got %q, %v", got, err)
	}
}

func TestWrongCountIsBadResponse(t *testing.T) {
	base := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"translatedText":["only one"]}`)
	}))
	_, err := New(Config{BaseURL: base}).Translate(context.Background(), []string{"a", "b"}, "sq", "en")
	if !errors.Is(err, translate.ErrBadResponse) {
		t.Fatalf("err = %v; want ErrBadResponse", err)
	}
}

func TestPairs(t *testing.T) {
	ps, err := New(Config{BaseURL: serve(t, &fake{t: t})}).Pairs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []translate.Pair{{From: "sq", To: "en"}, {From: "en", To: "sq"}, {From: "zh", To: "en"}, {From: "en", To: "zh"}} {
		if !slices.Contains(ps, p) {
			t.Errorf("Pairs %v lacks %v", ps, p)
		}
	}
	if slices.Contains(ps, translate.Pair{From: "en", To: "en"}) || len(ps) != 4 {
		t.Errorf("Pairs = %v; want 4 pairs, no self pair", ps)
	}
}

func BenchmarkTranslate(b *testing.B) {
	c := New(Config{BaseURL: serve(b, &fake{t: b})})
	segs := slices.Repeat([]string{"Presidenti rus po synon të forcojë lidhjet me Vietnamin."}, 12)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Translate(context.Background(), segs, "sq", "en"); err != nil {
			b.Fatal(err)
		}
	}
}
