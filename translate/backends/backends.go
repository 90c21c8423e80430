// Package backends is the registry of translation backends: it turns the
// [backend] / [backend.<name>] settings of the configuration file into a
// translate.Backend, reading API keys from the environment variable the
// settings name (never from the file itself).
//
//	[backend]
//	name = "openai"
//
//	[backend.openai]
//	base_url = "http://localhost:11434"   # Ollama
//	model = "qwen2.5:7b-instruct"
//	api_key_env = "OPENAI_API_KEY"
//	timeout = "90s"
//	concurrency = 2
//	rps = 1.5
package backends

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"math"
	"net/url"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
)

// Default is the backend used when none is configured: the offline engine.
const Default = "gist"

// ErrUnknown: no backend has the requested name.
var ErrUnknown = errors.New("unknown translation backend")

// Settings configure one backend. Zero fields take the backend's defaults
// (see Defaults).
type Settings struct {
	// Name is the registry name; empty means Default.
	Name string `toml:"name"`
	// BaseURL is the service root (e.g. http://localhost:11434 for Ollama).
	BaseURL string `toml:"base_url"`
	// Model is the model or engine version; it is part of the cache key.
	Model string `toml:"model"`
	// APIKeyEnv names the environment variable holding the key.
	APIKeyEnv string `toml:"api_key_env"`
	// Timeout bounds one HTTP attempt ("30s", "2m").
	Timeout time.Duration `toml:"timeout"`
	// Concurrency bounds requests in flight.
	Concurrency int `toml:"concurrency"`
	// RPS is a client-side request rate limit; 0 means none.
	RPS float64 `toml:"rps"`
	// MaxAttempts caps tries per request, retries included.
	MaxAttempts int `toml:"max_attempts"`
}

// entry describes one backend: its defaults, whether it needs a key, and
// how to build it from validated settings and the key.
type entry struct {
	defaults Settings
	// needsKey reports whether these settings cannot work without a key
	// (a local OpenAI-compatible server needs none; api.openai.com does).
	needsKey func(Settings) bool
	build    func(s Settings, key translate.Secret) translate.Backend
}

// Names lists the registered backends, sorted.
func Names() []string { return slices.Sorted(maps.Keys(registry())) }

// Defaults returns the default settings of the named backend: base URL,
// model and key variable.
func Defaults(name string) (Settings, bool) {
	e, ok := registry()[normalize(name)]
	return e.defaults, ok
}

// Select picks the settings of the backend called name from the
// [backends.*] table of the configuration (empty name: Default).
func Select(name string, table map[string]Settings) Settings {
	name = normalize(name)
	s := table[name]
	s.Name = name
	return s
}

// New builds the backend s names, filling zero fields from its defaults
// and reading its key from the environment. Errors name the valid choices
// for an unknown backend (ErrUnknown) and the variable to set for a missing
// key (translate.ErrAuth); they never contain a key.
func New(s Settings) (translate.Backend, error) {
	return build(s, os.LookupEnv)
}

func build(s Settings, lookup func(string) (string, bool)) (translate.Backend, error) {
	s.Name = normalize(s.Name)
	e, ok := registry()[s.Name]
	if !ok {
		return nil, fmt.Errorf("%w %q (valid: %s)", ErrUnknown, s.Name, strings.Join(Names(), ", "))
	}
	s = withDefaults(s, e.defaults)
	if err := validate(s); err != nil {
		return nil, err
	}
	var key translate.Secret
	if s.APIKeyEnv != "" {
		v, _ := lookup(s.APIKeyEnv)
		key = translate.Secret(strings.TrimSpace(v))
	}
	if !key.Set() && e.needsKey != nil && e.needsKey(s) {
		return nil, fmt.Errorf("%s needs an API key: set the environment variable %s (or api_key_env in [backends.%s]): %w",
			s.Name, cmp.Or(s.APIKeyEnv, "named by api_key_env"), s.Name, translate.ErrAuth)
	}
	return e.build(s, key), nil
}

func normalize(name string) string {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return Default
	}
	return name
}

func withDefaults(s, d Settings) Settings {
	s.BaseURL = cmp.Or(strings.TrimSpace(s.BaseURL), d.BaseURL)
	s.Model = cmp.Or(strings.TrimSpace(s.Model), d.Model)
	s.APIKeyEnv = cmp.Or(strings.TrimSpace(s.APIKeyEnv), d.APIKeyEnv)
	return s
}

func validate(s Settings) error {
	switch {
	case s.Timeout < 0:
		return fmt.Errorf("backend %s: timeout %v is negative", s.Name, s.Timeout)
	case s.Concurrency < 0:
		return fmt.Errorf("backend %s: concurrency %d is negative", s.Name, s.Concurrency)
	case s.RPS < 0 || math.IsNaN(s.RPS) || math.IsInf(s.RPS, 0):
		return fmt.Errorf("backend %s: rps %v is not a rate ≥ 0", s.Name, s.RPS)
	case s.MaxAttempts < 0:
		return fmt.Errorf("backend %s: max_attempts %d is negative", s.Name, s.MaxAttempts)
	}
	if s.BaseURL == "" {
		return nil
	}
	u, err := url.Parse(s.BaseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		// The value itself stays out of the message: a mistyped URL may
		// hold a credential.
		return fmt.Errorf("backend %s: base_url is not an http(s) URL with a host", s.Name)
	}
	if u.User != nil || u.RawQuery != "" {
		// Credentials belong in the key variable, not in a URL that ends
		// up in logs and error messages.
		return fmt.Errorf("backend %s: base_url must not carry credentials or a query; use api_key_env", s.Name)
	}
	return nil
}
