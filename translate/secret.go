package translate

import "fmt"

// Secret holds a credential (an API key). Every way of printing it — %v,
// %s, %#v, %q, JSON, text marshalling — shows "[redacted]", so a Secret can
// sit in a config struct that gets logged without leaking. Reveal returns
// the value for the one place that must send it.
type Secret string

const redacted = "[redacted]"

// Reveal returns the credential itself.
func (s Secret) Reveal() string { return string(s) }

// Set reports whether a credential is present.
func (s Secret) Set() bool { return s != "" }

func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return redacted
}

// GoString covers %#v.
func (s Secret) GoString() string { return fmt.Sprintf("translate.Secret(%q)", s.String()) }

// Format covers every verb, including %x and %q, which would otherwise
// print the underlying string.
func (s Secret) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprint(f, s.GoString())
		return
	}
	fmt.Fprint(f, s.String())
}

// MarshalText keeps the credential out of JSON, TOML and similar output.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }
