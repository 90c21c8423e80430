package gist

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzTranslate feeds arbitrary text to both languages and checks: one
// output per input, valid UTF-8, no control characters but newline and
// tab, and every output word traceable to the source, the lexicons or the
// documented glue.
func FuzzTranslate(f *testing.F) {
	for _, s := range []string{
		"Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam, mnamo Juni 19-20, 2024.",
		"Presidenti rus, Vladimir Putin, po synon të forcojë lidhjet me partnerin e kamotshëm, Vietnamin.",
		"Koreja e Veriut nënshkroi marrëveshjet më 20 qershor; SHBA-ja t’i japë Putinit.",
		"ikiwa ni pamoja na\tvikwazo vya Marekani\nkwa benki za Urusi",
		"e i të së", "ya wa", "x\x00\x1b[2J\xff\xfe", "Më", "-", "’’", "a-b-c d'e", "19-20,,2024..",
		"makampuni ya Kirusi yanayodaiwa na China", "Ambasada e SHBA-së në Hanoi",
		"në Arizonën dhe Kaliforninë", "vizita e Putinit, Bidenit dhe Martin",
	} {
		f.Add(s)
	}
	e := New()
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"sw", "sq"} {
			segs := []string{s, "", s + " " + s}
			out, err := e.Translate(context.Background(), segs, lang, "en")
			if err != nil {
				t.Fatalf("%s: %v", lang, err)
			}
			if len(out) != len(segs) {
				t.Fatalf("%s: %d outputs for %d inputs", lang, len(out), len(segs))
			}
			for i, o := range out {
				if !utf8.ValidString(o) {
					t.Fatalf("%s: invalid UTF-8 %q", lang, o)
				}
				if strings.IndexFunc(o, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) >= 0 {
					t.Fatalf("%s: control character in %q", lang, o)
				}
				if w, ok := untraceable(e, segs[i], o); !ok {
					t.Fatalf("%s: %q in %q comes from neither %q, the lexicons nor glue", lang, w, o, segs[i])
				}
			}
		}
	})
}

// FuzzTokenize checks that tokens and separators partition the text exactly,
// every token is non-empty and cut on rune boundaries.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"SHBA-ja, 3.6 miliardë.", "t’i japë “Putinit”", "19-20, 2024", "\xff\xfeab", "-a-", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = clean(s)
		lead, toks := tokenize(s)
		var b strings.Builder
		b.WriteString(lead)
		for _, tk := range toks {
			if tk.text == "" || !utf8.ValidString(tk.text) || !utf8.ValidString(tk.sep) {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			b.WriteString(tk.text)
			b.WriteString(tk.sep)
		}
		if b.String() != s {
			t.Fatalf("tokens of %q rebuild %q", s, b.String())
		}
	})
}
