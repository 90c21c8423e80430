package corpus

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// gluedHeadingByDefinition is gluedHeading as first written: all leading
// words split out, then the same decision (headingEnd). The faster split
// (titleRun) must agree.
func gluedHeadingByDefinition(p string, pairs map[capPair]int) int {
	if !capitalised(p[:min(len(p), 16)]) {
		return 0
	}
	var ws []word
	for start := 0; start < len(p) && len(ws) < 24; {
		end := strings.IndexByte(p[start:], ' ')
		if end < 0 {
			end = len(p) - start
		}
		ws = append(ws, word{p[start : start+end], start})
		start += end + 1
	}
	run := 0
	for run < len(ws) && (capitalised(ws[run].text) || connector(ws[run].text)) {
		run++
		if strings.ContainsAny(ws[run-1].text, ",.;:!?()\"“”") {
			break
		}
	}
	return headingEnd(p, ws[:run], pairs)
}

func FuzzGluedHeading(f *testing.F) {
	for _, s := range []string{
		"Silaha na Nishati Urusi kihistoria imekuwa mshirika wa karibu wa Vietnam",
		"Miamala ya Sarafu Ili kukwepa vikwazo vya Magharibi, nchi hizo mbili zinatumia",
		"Vladimir Putin na Lam Vietnam Hanoi ni marafiki wa zamani sana",
		"A B C D E F G H", "Ëë ya Ää Öö a b c d e f g", "",
	} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, p string, withPairs bool) {
		var pairs map[capPair]int
		if withPairs {
			pairs = capPairs([]para{{text: p}, {text: p}})
		}
		if got, want := gluedHeading(p, pairs), gluedHeadingByDefinition(p, pairs); got != want {
			t.Fatalf("gluedHeading(%q) = %d, by definition %d", p, got, want)
		}
	})
}

func TestGluedHeadingCuts(t *testing.T) {
	p := "Silaha na Nishati Urusi kihistoria imekuwa mshirika wa karibu wa Vietnam"
	if got, want := gluedHeading(p, nil), strings.Index(p, "Urusi"); got != want {
		t.Fatalf("gluedHeading = %d, want %d", got, want)
	}
}

// capitalised's ASCII shortcut must agree with its definition: a capital
// then a letter once punctuation is trimmed.
func FuzzCapitalised(f *testing.F) {
	for _, s := range []string{"Putin", "putin", "P.", "A", "“Urusi", "Ab,", "É", "ÉA", "P1", "(Vietnam)", "U.S."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		v := trimPunct(w)
		r, n := utf8.DecodeRuneInString(v)
		next, _ := utf8.DecodeRuneInString(v[n:])
		want := unicode.IsUpper(r) && n < len(v) && unicode.IsLetter(next)
		if got := capitalised(w); got != want {
			t.Fatalf("capitalised(%q) = %v, want %v", w, got, want)
		}
	})
}

// fields must give the non-empty fields strings.FieldsSeq gives.
func FuzzFields(f *testing.F) {
	for _, s := range []string{"Rais wa Urusi", " a  b ", "a\u00a0b", "a\u2028b", "", "x\ty", "ë “x”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got, want []string
		for w := range fields(s) {
			if w != "" {
				got = append(got, w)
			}
		}
		for w := range strings.FieldsSeq(s) {
			want = append(want, w)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("fields(%q) = %q, want %q", s, got, want)
		}
	})
}
