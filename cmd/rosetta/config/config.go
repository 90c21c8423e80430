// Package config reads Rosetta's TOML configuration file,
// $XDG_CONFIG_HOME/rosetta/config.toml (XDG is honoured on every system,
// macOS included), or the file given with --config.
//
// Precedence, highest first: command-line flags (applied by the caller
// after Load), environment (ROSETTA_BACKEND), the file, the defaults.
//
// A complete file:
//
//	sources = ["https://www.bbc.com/swahili/index.xml", "~/news/lajme.atom"]
//	targets = ["en", "fr"]     # languages `l` cycles through
//	theme = "auto"             # auto | dark | light
//	mouse = false
//	database = ""              # "" = $XDG_DATA_HOME/rosetta/rosetta.db
//
//	[feeds]
//	timeout = "30s"
//	concurrency = 4
//
//	[backend]
//	name = "openai"
//	[backend.openai]
//	base_url = "http://127.0.0.1:11434/v1"
//	model = "llama3.1"
//	api_key_env = "OPENAI_API_KEY"  # the NAME of the variable, never the key
//
//	[keys]
//	quit = ["q", "ctrl+q"]
package config

import (
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// EnvBackend names the environment variable that overrides the file's
// backend.
const EnvBackend = "ROSETTA_BACKEND"

// Config is the effective configuration.
type Config struct {
	Sources  []string // feed and page URLs, files, directories
	Targets  []string // ISO 639-1 target languages, in the order `l` cycles
	Theme    string   // "auto", "dark" or "light"
	Mouse    bool
	Database string // the article store's path; "" means the default
	Feeds    Feeds
	Backend  Backend
	// Keys rebinds actions: action name → key names ("q", "ctrl+q").
	Keys map[string][]string
}

// Feeds configures fetching.
type Feeds struct {
	Timeout     time.Duration
	Concurrency int
}

// Backend selects and configures translation backends.
type Backend struct {
	Name string
	// Settings holds each backend's settings by backend name; a backend
	// without an entry uses its own defaults.
	Settings map[string]BackendSettings
}

// BackendSettings configures one backend. API keys are never stored: the
// file names the environment variable that holds the key.
type BackendSettings struct {
	BaseURL   string
	Model     string
	APIKeyEnv string
	// HTTP behaviour; zero means the backend's default.
	Timeout     time.Duration // one attempt
	Concurrency int           // requests in flight
	RPS         float64       // client-side rate limit
	MaxAttempts int           // tries per request, retries included
}

// Themes lists the accepted theme values.
var themes = []string{"auto", "dark", "light"}

// Default returns the configuration used when no file exists.
func Default() Config {
	return Config{
		Targets: []string{"en"},
		Theme:   "auto",
		Feeds:   Feeds{Timeout: 30 * time.Second, Concurrency: 4},
		Backend: Backend{Name: "gist", Settings: map[string]BackendSettings{}},
		Keys:    map[string][]string{},
	}
}

// DefaultPath is $XDG_CONFIG_HOME/rosetta/config.toml, else
// ~/.config/rosetta/config.toml — on macOS too, unlike os.UserConfigDir.
func DefaultPath() (string, error) {
	if d := os.Getenv("XDG_CONFIG_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "rosetta", "config.toml"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("config: no home directory: %w", err)
	}
	return filepath.Join(home, ".config", "rosetta", "config.toml"), nil
}

// Warning is a problem that does not stop Rosetta: an unknown key, an
// unknown action. It prints as one line, "path:line: message".
type Warning struct {
	Path string
	Line int // 0 when unknown
	Key  string
	Msg  string
}

func (w Warning) String() string { return position(w.Path, w.Line) + w.Msg }

// Error is a configuration Rosetta cannot use: bad syntax, a value of the
// wrong type or out of range. It prints as one line.
type Error struct {
	Path string
	Line int // 0 when unknown
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	if e.Key != "" {
		return position(e.Path, e.Line) + e.Key + ": " + e.Msg
	}
	return position(e.Path, e.Line) + e.Msg
}

func position(path string, line int) string {
	if line > 0 {
		return fmt.Sprintf("%s:%d: ", path, line)
	}
	return path + ": "
}
