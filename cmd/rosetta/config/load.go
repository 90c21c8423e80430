package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Loader reads configuration files. The zero value accepts any action name
// in [keys] and reads the environment with os.Getenv.
type Loader struct {
	// KnownActions, when set, lists the action names [keys] may rebind;
	// others are reported as warnings.
	KnownActions []string
	// KnownBackends, when set, lists the backend names; another name is
	// an error.
	KnownBackends []string
	// Getenv reads the environment (nil: os.Getenv).
	Getenv func(string) string
}

// Load reads the configuration at path with a zero Loader.
func Load(path string) (Config, []Warning, error) { return Loader{}.Load(path) }

// Load reads the configuration at path; "" means DefaultPath, which may be
// missing (then the defaults apply). A file given explicitly must exist.
// Environment overrides are applied to the result.
func (l Loader) Load(path string) (Config, []Warning, error) {
	explicit := path != ""
	if !explicit {
		p, err := DefaultPath()
		if err != nil {
			return Config{}, nil, err
		}
		path = p
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) && !explicit {
		cfg := Default()
		return cfg, nil, l.applyEnv(&cfg, path)
	}
	if err != nil {
		return Config{}, nil, fmt.Errorf("config: %w", err)
	}
	cfg, warns, err := l.Parse(path, data)
	if err != nil {
		return Config{}, warns, err
	}
	return cfg, warns, nil
}

// Parse reads a configuration document; path names it in messages.
func (l Loader) Parse(path string, data []byte) (Config, []Warning, error) {
	raw := map[string]any{}
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Config{}, nil, &Error{Path: path, Line: pe.Position.Line, Msg: oneLine(pe.Message)}
		}
		return Config{}, nil, &Error{Path: path, Msg: oneLine(err.Error())}
	}
	d := &decoder{path: path, lines: keyLines(string(data)), loader: l}
	cfg := Default()
	if err := d.root(raw, &cfg); err != nil {
		return Config{}, d.warns, err
	}
	if err := l.applyEnv(&cfg, path); err != nil {
		return Config{}, d.warns, err
	}
	return cfg, d.warns, nil
}

// applyEnv lets ROSETTA_BACKEND override the file's backend.
func (l Loader) applyEnv(cfg *Config, path string) error {
	getenv := l.Getenv
	if getenv == nil {
		getenv = os.Getenv
	}
	if name := strings.TrimSpace(getenv(EnvBackend)); name != "" {
		if len(l.KnownBackends) > 0 && !slices.Contains(l.KnownBackends, name) {
			return &Error{Path: EnvBackend, Msg: fmt.Sprintf("unknown backend %q (known: %s)", name, strings.Join(l.KnownBackends, ", "))}
		}
		cfg.Backend.Name = name
	}
	return nil
}

// decoder walks the decoded TOML tree against the schema, collecting
// warnings and stopping at the first error.
type decoder struct {
	path   string
	lines  map[string]int
	loader Loader
	warns  []Warning
}

func (d *decoder) line(key []string) int {
	for k := key; len(k) > 0; k = k[:len(k)-1] {
		if n, ok := d.lines[strings.Join(k, "\x00")]; ok {
			return n
		}
	}
	return 0
}

func (d *decoder) errf(key []string, format string, args ...any) error {
	return &Error{Path: d.path, Line: d.line(key), Key: strings.Join(key, "."), Msg: fmt.Sprintf(format, args...)}
}

func (d *decoder) warnf(key []string, format string, args ...any) {
	d.warns = append(d.warns, Warning{Path: d.path, Line: d.line(key), Key: strings.Join(key, "."), Msg: fmt.Sprintf(format, args...)})
}

// fields dispatches each key of table t to its handler and warns about the
// keys no handler takes, in file order.
func (d *decoder) fields(prefix []string, t map[string]any, handlers map[string]func(key []string, v any) error) error {
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return d.line(append(prefix[:len(prefix):len(prefix)], keys[i])) < d.line(append(prefix[:len(prefix):len(prefix)], keys[j]))
	})
	for _, k := range keys {
		key := append(prefix[:len(prefix):len(prefix)], k)
		h, ok := handlers[k]
		if !ok {
			d.warnf(key, "unknown key %q (ignored)", strings.Join(key, "."))
			continue
		}
		if err := h(key, t[k]); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) root(raw map[string]any, cfg *Config) error {
	return d.fields(nil, raw, map[string]func([]string, any) error{
		"sources":  func(k []string, v any) error { return d.strings(k, v, &cfg.Sources) },
		"targets":  func(k []string, v any) error { return d.targets(k, v, cfg) },
		"theme":    func(k []string, v any) error { return d.theme(k, v, cfg) },
		"mouse":    func(k []string, v any) error { return d.boolean(k, v, &cfg.Mouse) },
		"database": func(k []string, v any) error { return d.str(k, v, &cfg.Database) },
		"feeds":    func(k []string, v any) error { return d.feeds(k, v, &cfg.Feeds) },
		"backend":  func(k []string, v any) error { return d.backend(k, v, &cfg.Backend) },
		"keys":     func(k []string, v any) error { return d.keys(k, v, cfg) },
	})
}

func (d *decoder) table(key []string, v any) (map[string]any, error) {
	t, ok := v.(map[string]any)
	if !ok {
		return nil, d.errf(key, "want a table, got %s", tomlType(v))
	}
	return t, nil
}

func (d *decoder) str(key []string, v any, dst *string) error {
	s, ok := v.(string)
	if !ok {
		return d.errf(key, "want a string, got %s", tomlType(v))
	}
	*dst = s
	return nil
}

func (d *decoder) boolean(key []string, v any, dst *bool) error {
	b, ok := v.(bool)
	if !ok {
		return d.errf(key, "want true or false, got %s", tomlType(v))
	}
	*dst = b
	return nil
}

// strings accepts an array of strings, or one string for a one-item list.
func (d *decoder) strings(key []string, v any, dst *[]string) error {
	switch x := v.(type) {
	case string:
		*dst = []string{x}
		return nil
	case []any:
		var out []string
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return d.errf(key, "item %d: want a string, got %s", i+1, tomlType(e))
			}
			out = append(out, s)
		}
		*dst = out
		return nil
	}
	return d.errf(key, "want an array of strings, got %s", tomlType(v))
}

var langCode = regexp.MustCompile(`^[a-z]{2}$`)

func (d *decoder) targets(key []string, v any, cfg *Config) error {
	var ts []string
	if err := d.strings(key, v, &ts); err != nil {
		return err
	}
	for i, t := range ts {
		ts[i] = strings.ToLower(strings.TrimSpace(t))
		if !langCode.MatchString(ts[i]) {
			return d.errf(key, "%q is not a two-letter ISO 639-1 language code", t)
		}
	}
	if len(ts) == 0 {
		return d.errf(key, "needs at least one language")
	}
	cfg.Targets = ts
	return nil
}

func (d *decoder) theme(key []string, v any, cfg *Config) error {
	var s string
	if err := d.str(key, v, &s); err != nil {
		return err
	}
	if !slices.Contains(themes, s) {
		return d.errf(key, "%q is not one of %s", s, strings.Join(themes, ", "))
	}
	cfg.Theme = s
	return nil
}

func (d *decoder) feeds(key []string, v any, f *Feeds) error {
	t, err := d.table(key, v)
	if err != nil {
		return err
	}
	return d.fields(key, t, map[string]func([]string, any) error{
		"timeout":     func(k []string, v any) error { return d.duration(k, v, &f.Timeout) },
		"concurrency": func(k []string, v any) error { return d.intRange(k, v, 1, 64, &f.Concurrency) },
	})
}

// duration reads a positive duration written like "30s".
func (d *decoder) duration(k []string, v any, dst *time.Duration) error {
	var s string
	if err := d.str(k, v, &s); err != nil {
		return err
	}
	dur, err := time.ParseDuration(s)
	if err != nil || dur <= 0 {
		return d.errf(k, "%q is not a positive duration like \"30s\"", s)
	}
	*dst = dur
	return nil
}

// intRange reads a whole number in [lo, hi].
func (d *decoder) intRange(k []string, v any, lo, hi int, dst *int) error {
	n, ok := v.(int64)
	if !ok || n < int64(lo) || n > int64(hi) {
		return d.errf(k, "want a whole number from %d to %d, got %s", lo, hi, tomlValue(v))
	}
	*dst = int(n)
	return nil
}

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func (d *decoder) backend(key []string, v any, b *Backend) error {
	t, err := d.table(key, v)
	if err != nil {
		return err
	}
	handlers := map[string]func([]string, any) error{
		"name": func(k []string, v any) error {
			if err := d.str(k, v, &b.Name); err != nil {
				return err
			}
			if known := d.loader.KnownBackends; len(known) > 0 && !slices.Contains(known, b.Name) {
				return d.errf(k, "unknown backend %q (known: %s)", b.Name, strings.Join(known, ", "))
			}
			return nil
		},
	}
	for name := range t {
		if name == "name" {
			continue
		}
		handlers[name] = func(k []string, v any) error {
			s, err := d.backendSettings(k, v)
			if err != nil {
				return err
			}
			b.Settings[name] = s
			return nil
		}
	}
	return d.fields(key, t, handlers)
}

func (d *decoder) backendSettings(key []string, v any) (BackendSettings, error) {
	var s BackendSettings
	t, err := d.table(key, v)
	if err != nil {
		return s, err
	}
	err = d.fields(key, t, map[string]func([]string, any) error{
		"base_url": func(k []string, v any) error { return d.str(k, v, &s.BaseURL) },
		"model":    func(k []string, v any) error { return d.str(k, v, &s.Model) },
		"api_key_env": func(k []string, v any) error {
			if err := d.str(k, v, &s.APIKeyEnv); err != nil {
				return err
			}
			if s.APIKeyEnv != "" && !envName.MatchString(s.APIKeyEnv) {
				return d.errf(k, "takes the NAME of an environment variable (like OPENAI_API_KEY), not a key")
			}
			return nil
		},
		"timeout": func(k []string, v any) error { return d.duration(k, v, &s.Timeout) },
		"concurrency": func(k []string, v any) error {
			return d.intRange(k, v, 1, 64, &s.Concurrency)
		},
		"max_attempts": func(k []string, v any) error {
			return d.intRange(k, v, 1, 20, &s.MaxAttempts)
		},
		"rps": func(k []string, v any) error {
			switch n := v.(type) {
			case int64:
				s.RPS = float64(n)
			case float64:
				s.RPS = n
			default:
				return d.errf(k, "want a number of requests per second, got %s", tomlValue(v))
			}
			if s.RPS < 0 || s.RPS != s.RPS {
				return d.errf(k, "want a positive number of requests per second, got %s", tomlValue(v))
			}
			return nil
		},
		"api_key": func(k []string, _ any) error {
			return d.errf(k, "API keys are never read from the config file; put the key in an environment variable and name it with api_key_env")
		},
	})
	return s, err
}

func (d *decoder) keys(key []string, v any, cfg *Config) error {
	t, err := d.table(key, v)
	if err != nil {
		return err
	}
	handlers := map[string]func([]string, any) error{}
	owner := map[string]string{} // key name → action, to spot clashes
	for action := range t {
		handlers[action] = func(k []string, v any) error {
			if known := d.loader.KnownActions; len(known) > 0 && !slices.Contains(known, action) {
				d.warnf(k, "unknown action %q in [keys] (ignored; known: %s)", action, strings.Join(known, ", "))
				return nil
			}
			var ks []string
			if err := d.strings(k, v, &ks); err != nil {
				return err
			}
			for _, name := range ks {
				if strings.TrimSpace(name) == "" {
					return d.errf(k, "empty key name")
				}
				if other, dup := owner[name]; dup {
					d.warnf(k, "key %q is bound to both %q and %q", name, other, action)
				}
				owner[name] = action
			}
			cfg.Keys[action] = ks
			return nil
		}
	}
	return d.fields(key, t, handlers)
}

func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	case time.Time:
		return "a date-time"
	}
	return fmt.Sprintf("%T", v)
}

func tomlValue(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
