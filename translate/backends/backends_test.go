package backends

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/rosetta-reader/rosetta/translate"
)

func TestNames(t *testing.T) {
	want := []string{"apertium", "deepl", "gist", "google", "libretranslate", "openai"}
	if got := Names(); !slices.Equal(got, want) {
		t.Fatalf("Names = %v; want %v", got, want)
	}
	if !slices.Contains(Names(), Default) {
		t.Fatalf("Default %q not registered", Default)
	}
}

func TestUnknownNamesTheValidOnes(t *testing.T) {
	_, err := New(Settings{Name: "babelfish"})
	if !errors.Is(err, ErrUnknown) {
		t.Fatalf("err = %v; want ErrUnknown", err)
	}
	for _, n := range Names() {
		if !strings.Contains(err.Error(), n) {
			t.Errorf("error %q does not list %q", err, n)
		}
	}
}

func TestEmptyNameIsGist(t *testing.T) {
	b, err := New(Settings{})
	if err != nil || b.Name() != "gist" {
		t.Fatalf("New(zero) = %v, %v; want gist", b, err)
	}
}

func TestEveryBackendBuildsWithItsName(t *testing.T) {
	t.Setenv("DEEPL_AUTH_KEY", "k:fx")
	t.Setenv("GOOGLE_API_KEY", "k")
	t.Setenv("OPENAI_API_KEY", "k")
	for _, n := range Names() {
		b, err := New(Settings{Name: " " + strings.ToUpper(n) + " "})
		if err != nil {
			t.Errorf("%s: %v", n, err)
			continue
		}
		if b.Name() != n || b.Model() == "" {
			t.Errorf("%s: Name %q Model %q", n, b.Name(), b.Model())
		}
	}
}

// keyServer records the credentials each request carries, answers 401
// echoing them, and lets the test read them back.
func keyServer(t *testing.T) (*httptest.Server, func() string) {
	got := make(chan string, 16)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		// Echo every place a key can travel: header, query, body.
		creds := r.Header.Get("Authorization") + "|" + r.URL.Query().Get("key") + "|" + strings.ReplaceAll(string(body), `"`, "'")
		select {
		case got <- creds:
		default:
		}
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprintf(w, `{"error":{"message":"bad credentials %s"},"message":"bad credentials %s"}`, creds, creds)
	}))
	t.Cleanup(srv.Close)
	return srv, func() string {
		select {
		case c := <-got:
			return c
		case <-time.After(5 * time.Second):
			return ""
		}
	}
}

func TestKeyComesFromTheNamedVariable(t *testing.T) {
	srv, creds := keyServer(t)
	t.Setenv("MY_DEEPL", "custom-secret-1")
	t.Setenv("DEEPL_AUTH_KEY", "default-secret-2")
	b, err := New(Settings{Name: "deepl", BaseURL: srv.URL, APIKeyEnv: "MY_DEEPL", MaxAttempts: 1})
	if err != nil {
		t.Fatal(err)
	}
	_, _ = b.Translate(context.Background(), []string{"a"}, "sw", "en")
	if c := creds(); !strings.Contains(c, "custom-secret-1") {
		t.Fatalf("server saw %q; want the key from MY_DEEPL", c)
	}
	b, _ = New(Settings{Name: "deepl", BaseURL: srv.URL, MaxAttempts: 1})
	_, _ = b.Translate(context.Background(), []string{"a"}, "sw", "en")
	if c := creds(); !strings.Contains(c, "default-secret-2") {
		t.Fatalf("server saw %q; want the key from DEEPL_AUTH_KEY", c)
	}
}

func TestMissingKey(t *testing.T) {
	t.Setenv("DEEPL_AUTH_KEY", "")
	t.Setenv("GOOGLE_API_KEY", "")
	t.Setenv("OPENAI_API_KEY", "")
	for _, s := range []Settings{{Name: "deepl"}, {Name: "google"}, {Name: "openai"}, {Name: "deepl", APIKeyEnv: "NOT_SET_ANYWHERE"}} {
		_, err := New(s)
		want := cmpOr(s.APIKeyEnv, map[string]string{"deepl": "DEEPL_AUTH_KEY", "google": "GOOGLE_API_KEY", "openai": "OPENAI_API_KEY"}[s.Name])
		if !errors.Is(err, translate.ErrAuth) || !strings.Contains(err.Error(), want) {
			t.Errorf("%+v: err = %v; want ErrAuth naming %s", s, err, want)
		}
	}
	// Local servers need no key.
	for _, s := range []Settings{{Name: "openai", BaseURL: "http://127.0.0.1:11434"}, {Name: "libretranslate"}, {Name: "apertium"}} {
		if _, err := New(s); err != nil {
			t.Errorf("%+v: %v", s, err)
		}
	}
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// TestErrorsNeverContainKeys drives every keyed backend into the errors a
// user meets (rejected key echoed by the server, unreachable server) and
// checks that no printout of the error or the backend holds the key.
func TestErrorsNeverContainKeys(t *testing.T) {
	const key = "sk-proj-VERYSECRET-0123456789"
	srv, _ := keyServer(t)
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	t.Setenv("ROSETTA_TEST_KEY", key)
	for _, name := range []string{"openai", "libretranslate", "deepl", "google"} {
		for _, base := range []string{srv.URL, down.URL} {
			b, err := New(Settings{Name: name, BaseURL: base, APIKeyEnv: "ROSETTA_TEST_KEY", MaxAttempts: 1})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			_, terr := b.Translate(context.Background(), []string{"a"}, "sw", "en")
			_, perr := b.Pairs(context.Background())
			if terr == nil {
				t.Errorf("%s at %s: Translate succeeded against a 401 server", name, base)
			}
			for _, p := range []string{
				fmt.Sprint(terr), fmt.Sprintf("%+v %#v", terr, terr), fmt.Sprint(perr), fmt.Sprintf("%#v", perr),
				fmt.Sprintf("%v %+v %#v %s", b, b, b, b),
			} {
				if strings.Contains(p, key) {
					t.Errorf("%s: key leaked in %q", name, p)
				}
			}
		}
	}
}

func TestValidation(t *testing.T) {
	bad := []Settings{
		{Name: "openai", BaseURL: "ftp://example.com"},
		{Name: "openai", BaseURL: "localhost:11434"},
		{Name: "openai", BaseURL: "https://user:hunter2@example.com"},
		{Name: "google", BaseURL: "https://example.com/?key=hunter2"},
		{Name: "apertium", Timeout: -time.Second},
		{Name: "apertium", Concurrency: -1},
		{Name: "apertium", RPS: -2},
		{Name: "apertium", RPS: math.Inf(1)},
		{Name: "apertium", RPS: math.NaN()},
		{Name: "apertium", MaxAttempts: -1},
	}
	t.Setenv("GOOGLE_API_KEY", "k")
	t.Setenv("OPENAI_API_KEY", "k")
	for _, s := range bad {
		_, err := New(s)
		if err == nil {
			t.Errorf("%+v accepted", s)
		} else if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("error repeats a credential: %v", err)
		}
	}
}

func TestDefaults(t *testing.T) {
	d, ok := Defaults("OpenAI")
	if !ok || d.BaseURL != "https://api.openai.com" || d.APIKeyEnv != "OPENAI_API_KEY" || d.Model == "" {
		t.Fatalf("Defaults(openai) = %+v, %v", d, ok)
	}
	for name, env := range map[string]string{"deepl": "DEEPL_AUTH_KEY", "google": "GOOGLE_API_KEY", "libretranslate": "LIBRETRANSLATE_API_KEY"} {
		if d, _ := Defaults(name); d.APIKeyEnv != env {
			t.Errorf("Defaults(%s).APIKeyEnv = %q; want %s", name, d.APIKeyEnv, env)
		}
	}
	if _, ok := Defaults("nope"); ok {
		t.Fatal("Defaults(nope) found something")
	}
}

func TestTOMLAndSelect(t *testing.T) {
	const file = `
[backend]
name = "openai"

[backends.openai]
base_url = "http://localhost:11434"
model = "qwen2.5:7b-instruct"
api_key_env = "OLLAMA_KEY"
timeout = "90s"
concurrency = 2
rps = 1.5
max_attempts = 3

[backends.deepl]
timeout = 5000000000
`
	var cfg struct {
		Backend  struct{ Name string } `toml:"backend"`
		Backends map[string]Settings   `toml:"backends"`
	}
	md, err := toml.Decode(file, &cfg)
	if err != nil || len(md.Undecoded()) != 0 {
		t.Fatalf("decode: %v, undecoded %v", err, md.Undecoded())
	}
	s := Select(cfg.Backend.Name, cfg.Backends)
	want := Settings{Name: "openai", BaseURL: "http://localhost:11434", Model: "qwen2.5:7b-instruct", APIKeyEnv: "OLLAMA_KEY",
		Timeout: 90 * time.Second, Concurrency: 2, RPS: 1.5, MaxAttempts: 3}
	if s != want {
		t.Fatalf("Select = %+v; want %+v", s, want)
	}
	if d := Select("deepl", cfg.Backends); d.Timeout != 5*time.Second {
		t.Fatalf("deepl timeout %v", d.Timeout)
	}
	if g := Select("", cfg.Backends); g.Name != Default {
		t.Fatalf("Select(\"\") = %+v", g)
	}
	b, err := New(s)
	if err != nil || b.Name() != "openai" || b.Model() != "qwen2.5:7b-instruct" {
		t.Fatalf("New = %v, %v", b, err)
	}
}
