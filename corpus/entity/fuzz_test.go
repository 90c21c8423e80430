package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var fuzzLangs = []string{"en", "sw", "sq", "de", ""}

func addSeeds(f *testing.F) {
	for _, s := range []string{
		"Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam.",
		"Vizita e Putinit në Vietnam, SHBA-ja dhe Rusisë.Vietnami po ashtu.",
		"HANOI.- Vladimir Putinsigned with To Lamduring 2024.MANAN VATSYAYANA – POOL",
		"Wilson Center’s Asia Program, Gennady S. Bezdetko, U.S. and t’i",
		"Bahari ya Kusini ya China\nKoreja e Veriut\r\nThe Hague",
		"\xff\xfeKim\u0301 Jong\u00a0Un's ﬁ Đà Nẵng",
		"", "A", "'s", "-ja", "S. .", "Ki", "Wa-",
	} {
		f.Add(s, uint8(len(s)))
	}
}

// checkMentions asserts the invariants every caller relies on.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	// Rune boundaries as decoding sees them (an invalid byte is one rune).
	bounds := map[int]bool{len(text): true}
	for i := 0; i < len(text); {
		bounds[i] = true
		_, sz := utf8.DecodeRuneInString(text[i:])
		i += sz
	}
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("bad span [%d,%d) after %d in %q", m.Start, m.End, prev, text)
		}
		if !bounds[m.Start] || !bounds[m.End] {
			t.Fatalf("span [%d,%d) splits a character in %q", m.Start, m.End, text)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("Text %q != text[%d:%d] %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if !utf8.ValidString(m.Text) || strings.ContainsFunc(m.Text, func(r rune) bool {
			return unicode.IsControl(r) || r == utf8.RuneError
		}) {
			t.Fatalf("mention %q holds invalid or control characters", m.Text)
		}
		if m.Key == "" || m.Type == "" {
			t.Fatalf("mention %q lacks key or type", m.Text)
		}
		prev = m.End
	}
}

func FuzzRecognize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, lang uint8) {
		checkMentions(t, text, Recognize(text, fuzzLangs[int(lang)%len(fuzzLangs)]))
	})
}

// FuzzPieces: pieces always join back into the text, whatever mentions
// (even wrong ones) they are given.
func FuzzPieces(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, text string, n uint8) {
		ms := Recognize(text, "en")
		// Add a bogus mention derived from the input.
		k := int(n) % (len(text) + 2)
		ms = append(ms, Mention{Start: k / 2, End: k, Key: "x"})
		var b strings.Builder
		for _, p := range Pieces(text, ms) {
			if p.Text == "" {
				t.Fatalf("empty piece in %q", text)
			}
			b.WriteString(p.Text)
		}
		if b.String() != text {
			t.Fatalf("pieces join to %q, want %q", b.String(), text)
		}
	})
}

// FuzzFold: folding yields valid UTF-8 without combining marks or upper
// case, and is idempotent.
func FuzzFold(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, _ uint8) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if strings.ContainsFunc(got, func(r rune) bool { return unicode.Is(unicode.Mn, r) }) {
			t.Fatalf("Fold(%q) = %q keeps a combining mark", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, got, again)
		}
	})
}
