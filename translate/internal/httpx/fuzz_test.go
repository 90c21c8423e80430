package httpx

import (
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func FuzzSnippet(f *testing.F) {
	f.Add("plain error")
	f.Add("\x1b[31mred\x1b[0m\r\nline\ttab")
	f.Add(strings.Repeat("é", 500))
	f.Add("\xff\xfe bad utf8 \u202e rtl")
	f.Fuzz(func(t *testing.T, s string) {
		out := Snippet(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 %q", out)
		}
		if utf8.RuneCountInString(out) > maxSnippet+1 {
			t.Fatalf("too long: %d runes", utf8.RuneCountInString(out))
		}
		for _, r := range out {
			if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				t.Fatalf("control %U in %q", r, out)
			}
		}
	})
}

func FuzzRetryAfter(f *testing.F) {
	f.Add("5", "")
	f.Add("Wed, 21 Oct 2015 07:28:00 GMT", "")
	f.Add("", "1500")
	f.Add("1e300", "-1")
	f.Fuzz(func(t *testing.T, ra, ms string) {
		h := http.Header{}
		h.Set("Retry-After", ra)
		h.Set("Retry-After-Ms", ms)
		if d := RetryAfter(h, time.Now()); d < 0 {
			t.Fatalf("negative wait %v", d)
		}
	})
}

func FuzzRedactURL(f *testing.F) {
	f.Add("https://user:pw@translation.googleapis.com/language/translate/v2?key=SECRET")
	f.Add("http://127.0.0.1:1/x?a=b&key=SECRET#frag")
	f.Fuzz(func(t *testing.T, raw string) {
		out := redactURL(raw)
		if i := strings.IndexByte(raw, '?'); i >= 0 && strings.Contains(out, raw[i:]) && len(raw[i:]) > 2 {
			t.Fatalf("query %q survived in %q", raw[i:], out)
		}
	})
}
