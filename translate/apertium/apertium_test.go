package apertium

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"net/http"
	"net/http/httptest"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/backendtest"
)

func expect(s string) string { return "eng:" + s }

// fake speaks APY's protocol: form fields, the last q wins, errors as
// {"status":"error",...}. It has only the swa|eng pair, which Debian lacks
// but the protocol does not care.
type fake struct {
	t        testing.TB
	inflight atomic.Int32
	peak     atomic.Int32
}

func (f *fake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := f.inflight.Add(1)
	defer f.inflight.Add(-1)
	for p := f.peak.Load(); n > p && !f.peak.CompareAndSwap(p, n); p = f.peak.Load() {
	}
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	if r.URL.Path == "/listPairs" {
		_, _ = w.Write([]byte(`{"responseData": [{"sourceLanguage": "swa", "targetLanguage": "eng"}, {"sourceLanguage": "swa", "targetLanguage": "eng_US"}, {"sourceLanguage": "xyz", "targetLanguage": "eng"}], "responseDetails": null, "responseStatus": 200}`))
		return
	}
	if err := r.ParseForm(); err != nil || r.URL.Path != "/translate" {
		fail(w, 400, "Missing argument langpair")
		return
	}
	if len(r.PostForm["q"]) != 1 || r.PostForm.Get("markUnknown") != "no" {
		f.t.Errorf("form %v; want one q and markUnknown=no", r.PostForm)
	}
	switch lp := r.PostForm.Get("langpair"); lp {
	case "swa|eng":
		_ = json.NewEncoder(w).Encode(map[string]any{
			"responseData": map[string]string{"translatedText": expect(r.PostForm.Get("q"))}, "responseDetails": nil, "responseStatus": 200,
		})
	default:
		fail(w, 400, "That pair is not installed")
	}
}

func fail(w http.ResponseWriter, status int, explanation string) {
	w.Header().Set("Content-Type", "application/json; charset=UTF-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"status": "error", "code": status, "message": http.StatusText(status), "explanation": explanation})
}

func serve(t testing.TB, h http.Handler) string {
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv.URL
}

func TestConformance(t *testing.T) {
	backendtest.Run(t, backendtest.Harness{
		New: func(base string, _ translate.Secret) translate.Backend {
			return New(Config{BaseURL: base})
		},
		Handler:   &fake{t: t},
		Expect:    expect,
		Fail:      fail,
		Malformed: `{"responseData": {"translatedText": `,
		From:      "sw", To: "en",
		Keyless: true,
	})
}

func TestParallelBounded(t *testing.T) {
	f := &fake{t: t}
	c := New(Config{BaseURL: serve(t, f), Tuning: httpx.Tuning{Concurrency: 3}})
	segs := slices.Repeat([]string{"habari"}, 40)
	got, err := c.Translate(context.Background(), segs, "sw", "en")
	if err != nil || len(got) != 40 || got[39] != expect("habari") {
		t.Fatalf("got %d outputs, %v", len(got), err)
	}
	if p := f.peak.Load(); p > 3 {
		t.Fatalf("peak %d requests in flight; want ≤ 3", p)
	}
}

func TestStatusMapping(t *testing.T) {
	if err := classify(503, nil, []byte(`{"status":"error","code":503,"message":"Service Unavailable","explanation":"internal error"}`)); !translate.Retryable(err) {
		t.Errorf("503 → %v; want retryable", err)
	}
	if err := classify(400, nil, []byte(`{"status":"error","code":400,"message":"Bad Request","explanation":"That pair is not installed"}`)); !errors.Is(err, translate.ErrUnsupportedPair) {
		t.Errorf("not installed → %v; want ErrUnsupportedPair", err)
	}
	if err := classify(400, nil, []byte(`{"status":"error","code":400,"message":"Bad Request","explanation":"Missing argument q"}`)); errors.Is(err, translate.ErrUnsupportedPair) || translate.Retryable(err) {
		t.Errorf("missing q → %v; want a final, non-pair error", err)
	}
}

func TestPairsFoldVariantsAndSkipUnmapped(t *testing.T) {
	ps, err := New(Config{BaseURL: serve(t, &fake{t: t})}).Pairs(context.Background())
	if err != nil || !slices.Equal(ps, []translate.Pair{{From: "sw", To: "en"}}) {
		t.Fatalf("Pairs = %v, %v; want [sw→en]", ps, err)
	}
}

func BenchmarkTranslateLoopback(b *testing.B) {
	c := New(Config{BaseURL: serve(b, &fake{t: b})})
	segs := slices.Repeat([]string{"Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi."}, 12)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Translate(context.Background(), segs, "sw", "en"); err != nil {
			b.Fatal(err)
		}
	}
}
