package deepl

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
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

func expect(s string) string { return "EN-US:" + s }

// fake is a loopback DeepL /v2 server enforcing the documented limits.
type fake struct {
	t   testing.TB
	key string

	mu       sync.Mutex
	sizes    []int // texts per request
	tooLarge int   // requests refused with 413
}

func (f *fake) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if got, want := r.Header.Get("Authorization"), "DeepL-Auth-Key "+f.key; got != want {
		fail(w, 403, "Authorization failed. Please supply a valid auth_key parameter.")
		return
	}
	if r.Method == http.MethodGet && r.URL.Path == "/v2/languages" {
		f.languages(w, r.URL.Query().Get("type"))
		return
	}
	if r.Method != http.MethodPost || r.URL.Path != "/v2/translate" {
		fail(w, 404, "Not found")
		return
	}
	body, _ := io.ReadAll(r.Body)
	if len(body) > MaxBody {
		f.mu.Lock()
		f.tooLarge++
		f.mu.Unlock()
		fail(w, 413, "Request Entity Too Large")
		return
	}
	var req translateRequest
	if err := json.Unmarshal(body, &req); err != nil {
		fail(w, 400, "Invalid request: JSON")
		return
	}
	switch {
	case len(req.Text) > MaxTexts:
		fail(w, 400, "Too many texts")
	case req.TargetLang == "EN":
		fail(w, 400, "Value for 'target_lang' not supported: use EN-GB or EN-US")
	case req.TargetLang != "EN-US" || req.SourceLang != "SW":
		fail(w, 400, fmt.Sprintf("Value for 'target_lang' not supported: %s", req.TargetLang))
	default:
		f.mu.Lock()
		f.sizes = append(f.sizes, len(req.Text))
		f.mu.Unlock()
		tr := make([]map[string]string, len(req.Text))
		for i, s := range req.Text {
			tr[i] = map[string]string{"detected_source_language": "SW", "text": expect(s)}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"translations": tr})
	}
}

func (f *fake) languages(w http.ResponseWriter, kind string) {
	if kind == "source" {
		fmt.Fprint(w, `[{"language":"EN","name":"English"},{"language":"SQ","name":"Albanian"},{"language":"SW","name":"Swahili"}]`)
		return
	}
	fmt.Fprint(w, `[{"language":"EN-GB","name":"English (British)","supports_formality":false},{"language":"EN-US","name":"English (American)","supports_formality":false},{"language":"SQ","name":"Albanian"}]`)
}

func fail(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"message": msg})
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
		Malformed: `{"translations":[{"text":`,
		From:      "sw", To: "en",
	})
}

func TestHostFromKey(t *testing.T) {
	if s := New(Config{APIKey: "abc:fx"}).String(); !strings.Contains(s, FreeURL) {
		t.Errorf("free key → %s; want %s", s, FreeURL)
	}
	if s := New(Config{APIKey: "abc"}).String(); !strings.Contains(s, ProURL) {
		t.Errorf("pro key → %s; want %s", s, ProURL)
	}
}

func TestChunksByCountAndSize(t *testing.T) {
	f := &fake{t: t, key: "k"}
	c := New(Config{BaseURL: serve(t, f), APIKey: "k"})
	segs := make([]string, 120)
	for i := range segs {
		segs[i] = fmt.Sprintf("aya %d", i)
	}
	// Three paragraphs of 20 KiB of control characters: small as text, but
	// JSON writes each byte as \u00XX, so two in one request would be 240
	// KiB. The client must notice before sending and split.
	for i := range 3 {
		segs[i*7] = strings.Repeat("\x01", 20<<10)
	}
	got, err := c.Translate(context.Background(), segs, "sw", "en")
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range segs {
		if got[i] != expect(s) {
			t.Fatalf("segment %d wrong", i)
		}
	}
	total := 0
	for _, n := range f.sizes {
		total += n
		if n > MaxTexts {
			t.Errorf("request with %d texts", n)
		}
	}
	if total != len(segs) || len(f.sizes) < 5 || f.tooLarge != 0 {
		t.Errorf("requests %v, %d refused as too large; want ≥ 5 within limits covering all %d texts", f.sizes, f.tooLarge, len(segs))
	}
}

func TestStatusMapping(t *testing.T) {
	cases := []struct {
		status int
		check  func(error) bool
		what   string
	}{
		{456, func(err error) bool { return errors.Is(err, translate.ErrQuota) && !translate.Retryable(err) }, "final ErrQuota"},
		{403, func(err error) bool { return errors.Is(err, translate.ErrAuth) }, "ErrAuth"},
		{529, func(err error) bool { var rl *translate.RateLimitedError; return errors.As(err, &rl) }, "RateLimitedError"},
		{429, func(err error) bool { var rl *translate.RateLimitedError; return errors.As(err, &rl) }, "RateLimitedError"},
		{504, func(err error) bool { var tr *translate.TransientError; return errors.As(err, &tr) }, "TransientError"},
	}
	for _, tc := range cases {
		err := classify(tc.status, http.Header{}, []byte(`{"message":"nope"}`))
		if !tc.check(err) || !strings.Contains(err.Error(), "nope") {
			t.Errorf("%d → %v; want %s with the message", tc.status, err, tc.what)
		}
	}
	var hits int
	base := serve(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		fail(w, 456, "Quota exceeded")
	}))
	if _, err := New(Config{BaseURL: base, APIKey: "k"}).Translate(context.Background(), []string{"a"}, "sw", "en"); !errors.Is(err, translate.ErrQuota) || hits != 1 {
		t.Errorf("456: err %v after %d requests; want ErrQuota after 1", err, hits)
	}
}

func TestUnsupportedPair(t *testing.T) {
	c := New(Config{BaseURL: serve(t, &fake{t: t, key: "k"}), APIKey: "k"})
	_, err := c.Translate(context.Background(), []string{"a"}, "sw", "xx")
	if !errors.Is(err, translate.ErrUnsupportedPair) {
		t.Fatalf("err = %v; want ErrUnsupportedPair", err)
	}
}

func TestCodes(t *testing.T) {
	for in, want := range map[string]string{"en": "EN-US", "en-gb": "EN-GB", "pt": "PT-BR", "zh": "ZH-HANS", "sq": "SQ", "sw": "SW"} {
		if got := targetCode(in); got != want {
			t.Errorf("targetCode(%q) = %q; want %q", in, got, want)
		}
	}
	if got := sourceCode("en-US"); got != "EN" {
		t.Errorf("sourceCode(en-US) = %q", got)
	}
}

func TestPairs(t *testing.T) {
	ps, err := New(Config{BaseURL: serve(t, &fake{t: t, key: "k"}), APIKey: "k"}).Pairs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := []translate.Pair{{From: "en", To: "sq"}, {From: "sq", To: "en"}, {From: "sw", To: "en"}, {From: "sw", To: "sq"}}
	slices.SortFunc(ps, func(a, b translate.Pair) int { return strings.Compare(a.String(), b.String()) })
	if !slices.Equal(ps, want) {
		t.Fatalf("Pairs = %v; want %v", ps, want)
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
