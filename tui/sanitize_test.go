package tui

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                     "plain",
		"a\tb\nc\r\nd":              "a b c d",
		"\x1b[31mred\x1b[0m":        "red",
		"\x1b]0;title\x07x":         "x",
		"\u009b31m\u202eevil\u2066": "evil",
		"bad\xffbyte":               "bad\uFFFDbyte",
		"Rusisë 普京 👩‍👩‍👧":           "Rusisë 普京 👩‍👩‍👧",
	} {
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzClean(f *testing.F) {
	f.Add("\x1b[2J\x1b]8;;http://x\x1b\\link\x07")
	f.Add("Rusisë \u202e\u0085\x9b")
	f.Add("\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		out := clean(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		for _, r := range out {
			if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Fatalf("control %U survives in %q", r, out)
			}
		}
		if clean(out) != out {
			t.Fatalf("clean is not idempotent on %q", s)
		}
		if strings.Count(out, "\n") != 0 {
			t.Fatal("newline survives")
		}
	})
}
