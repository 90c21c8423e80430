package backends

import (
	"net/url"
	"strings"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/apertium"
	"github.com/rosetta-reader/rosetta/translate/deepl"
	"github.com/rosetta-reader/rosetta/translate/gist"
	"github.com/rosetta-reader/rosetta/translate/google"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"github.com/rosetta-reader/rosetta/translate/libretranslate"
	"github.com/rosetta-reader/rosetta/translate/openai"
)

// registry returns the backends by name. It is built on each call rather
// than held in a package variable, so nothing can change it behind a
// caller's back; it is small and only used when a backend is created.
func registry() map[string]entry {
	return map[string]entry{
		"gist": {
			build: func(Settings, translate.Secret) translate.Backend { return gist.New() },
		},
		"openai": {
			defaults: Settings{BaseURL: openai.DefaultBaseURL, Model: openai.DefaultModel, APIKeyEnv: "OPENAI_API_KEY"},
			needsKey: func(s Settings) bool { return isHost(s.BaseURL, "api.openai.com") },
			build: func(s Settings, key translate.Secret) translate.Backend {
				return openai.New(openai.Config{BaseURL: s.BaseURL, Model: s.Model, APIKey: key, Tuning: s.tuning()})
			},
		},
		"libretranslate": {
			defaults: Settings{BaseURL: libretranslate.DefaultBaseURL, Model: libretranslate.DefaultModel, APIKeyEnv: "LIBRETRANSLATE_API_KEY"},
			needsKey: func(s Settings) bool { return isHost(s.BaseURL, "libretranslate.com") },
			build: func(s Settings, key translate.Secret) translate.Backend {
				return libretranslate.New(libretranslate.Config{BaseURL: s.BaseURL, Model: s.Model, APIKey: key, Tuning: s.tuning()})
			},
		},
		"deepl": {
			// No default base URL: the key decides between Free and Pro.
			defaults: Settings{APIKeyEnv: "DEEPL_AUTH_KEY"},
			needsKey: func(Settings) bool { return true },
			build: func(s Settings, key translate.Secret) translate.Backend {
				return deepl.New(deepl.Config{BaseURL: s.BaseURL, Model: s.Model, APIKey: key, Tuning: s.tuning()})
			},
		},
		"google": {
			defaults: Settings{BaseURL: google.DefaultBaseURL, Model: google.DefaultModel, APIKeyEnv: "GOOGLE_API_KEY"},
			needsKey: func(Settings) bool { return true },
			build: func(s Settings, key translate.Secret) translate.Backend {
				return google.New(google.Config{BaseURL: s.BaseURL, Model: s.Model, APIKey: key, Tuning: s.tuning()})
			},
		},
		"apertium": {
			defaults: Settings{BaseURL: apertium.DefaultBaseURL, Model: apertium.DefaultModel},
			build: func(s Settings, _ translate.Secret) translate.Backend {
				return apertium.New(apertium.Config{BaseURL: s.BaseURL, Model: s.Model, Tuning: s.tuning()})
			},
		},
	}
}

// isHost reports whether base points at host or one of its subdomains.
func isHost(base, host string) bool {
	u, err := url.Parse(base)
	if err != nil {
		return false
	}
	h := strings.ToLower(u.Hostname())
	return h == host || strings.HasSuffix(h, "."+host)
}

// tuning is the HTTP part of s, as every remote backend's Config takes it.
func (s Settings) tuning() httpx.Tuning {
	return httpx.Tuning{Timeout: s.Timeout, Concurrency: s.Concurrency, RPS: s.RPS, MaxAttempts: s.MaxAttempts}
}
