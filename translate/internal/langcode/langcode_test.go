package langcode

import "testing"

func TestMappings(t *testing.T) {
	for _, c := range []struct{ iso1, iso3, name string }{
		{"sw", "swa", "Swahili"}, {"sq", "sqi", "Albanian"}, {"en", "eng", "English"}, {"es", "spa", "Spanish"},
	} {
		if got, ok := ToISO3(c.iso1); !ok || got != c.iso3 {
			t.Errorf("ToISO3(%q) = %q, %v", c.iso1, got, ok)
		}
		if got, ok := FromISO3(c.iso3); !ok || got != c.iso1 {
			t.Errorf("FromISO3(%q) = %q, %v", c.iso3, got, ok)
		}
		if got := Name(c.iso1); got != c.name {
			t.Errorf("Name(%q) = %q", c.iso1, got)
		}
	}
	if got, ok := FromISO3("eng_US"); !ok || got != "en" {
		t.Errorf("FromISO3(eng_US) = %q, %v", got, ok)
	}
	if got, ok := FromISO3("xyz"); ok || got != "xyz" {
		t.Errorf("FromISO3(xyz) = %q, %v; want unchanged, false", got, ok)
	}
	if got := Name("qq"); got != "qq" {
		t.Errorf("Name(qq) = %q", got)
	}
	if got := Base(" EN-us "); got != "en" {
		t.Errorf("Base = %q", got)
	}
	seen := map[string]bool{}
	for _, c := range Known() {
		if len(c) != 2 || seen[c] {
			t.Errorf("Known has bad or repeated code %q", c)
		}
		seen[c] = true
	}
}
