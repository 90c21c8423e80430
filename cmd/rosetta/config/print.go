package config

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
)

// TOML renders the configuration as a TOML document that Load reads back to
// the same Config: what `rosetta config --print` shows as the effective
// configuration. Keys come out in a fixed order.
func (c Config) TOML() string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "sources = %s\n", tomlStrings(c.Sources))
	fmt.Fprintf(&b, "targets = %s\n", tomlStrings(c.Targets))
	fmt.Fprintf(&b, "theme = %s\n", tomlQuote(c.Theme))
	fmt.Fprintf(&b, "mouse = %t\n", c.Mouse)
	fmt.Fprintf(&b, "database = %s\n", tomlQuote(c.Database))
	b.WriteString("\n[feeds]\n")
	fmt.Fprintf(&b, "timeout = %s\n", tomlQuote(c.Feeds.Timeout.String()))
	fmt.Fprintf(&b, "concurrency = %d\n", c.Feeds.Concurrency)
	b.WriteString("\n[backend]\n")
	fmt.Fprintf(&b, "name = %s\n", tomlQuote(c.Backend.Name))
	for _, name := range sortedKeys(c.Backend.Settings) {
		s := c.Backend.Settings[name]
		fmt.Fprintf(&b, "\n[backend.%s]\n", tomlKey(name))
		fmt.Fprintf(&b, "base_url = %s\n", tomlQuote(s.BaseURL))
		fmt.Fprintf(&b, "model = %s\n", tomlQuote(s.Model))
		fmt.Fprintf(&b, "api_key_env = %s\n", tomlQuote(s.APIKeyEnv))
		if s.Timeout > 0 {
			fmt.Fprintf(&b, "timeout = %s\n", tomlQuote(s.Timeout.String()))
		}
		if s.Concurrency > 0 {
			fmt.Fprintf(&b, "concurrency = %d\n", s.Concurrency)
		}
		if s.RPS > 0 {
			fmt.Fprintf(&b, "rps = %g\n", s.RPS)
		}
		if s.MaxAttempts > 0 {
			fmt.Fprintf(&b, "max_attempts = %d\n", s.MaxAttempts)
		}
	}
	b.WriteString("\n[keys]\n")
	for _, action := range sortedKeys(c.Keys) {
		fmt.Fprintf(&b, "%s = %s\n", tomlKey(action), tomlStrings(c.Keys[action]))
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// tomlStrings writes an array of TOML basic strings. strconv.Quote's
// escapes (\n, \t, \", \\, \uXXXX) are all valid TOML, except \x which it
// uses for invalid UTF-8 and C0 bytes below 0x20 — rewritten here.
func tomlStrings(ss []string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = tomlQuote(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func tomlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// tomlKey writes a key bare when it can be, quoted otherwise.
func tomlKey(k string) string {
	if k == "" {
		return `""`
	}
	for _, c := range k {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			return tomlQuote(k)
		}
	}
	return k
}
