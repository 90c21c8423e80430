package langcode

import (
	"strings"
	"testing"
)

func FuzzCodes(f *testing.F) {
	for _, s := range []string{"sw", "SQI", "eng_US", " pt-BR ", "", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		if b := Base(code); strings.ContainsAny(b, "-_") || b != strings.ToLower(b) {
			t.Fatalf("Base(%q) = %q", code, b)
		}
		if iso3, ok := ToISO3(code); ok {
			if back, ok := FromISO3(iso3); !ok || Name(back) == back {
				t.Fatalf("ToISO3(%q) = %q does not map back (%q)", code, iso3, back)
			}
		}
		if iso1, ok := FromISO3(code); ok && len(iso1) != 2 {
			t.Fatalf("FromISO3(%q) = %q", code, iso1)
		}
		_ = Name(code)
	})
}
