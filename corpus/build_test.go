package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkClean asserts what every caller of Build relies on: valid spans,
// printable title and body, sentences inside paragraphs.
func checkClean(t *testing.T, a *Article) {
	t.Helper()
	if !a.Valid() {
		t.Fatalf("invalid spans: %+v", a)
	}
	for name, s := range map[string]string{"title": a.Title, "source": a.Source, "id": a.ID} {
		if name != "id" && strings.ContainsAny(s, "\n\t") {
			t.Errorf("%s has a line break: %q", name, s)
		}
		if name != "id" {
			if msg := unsafeText(s); msg != "" {
				t.Errorf("%s %s: %q", name, msg, s)
			}
		}
	}
	if msg := unsafeText(a.Body); msg != "" {
		t.Errorf("body %s", msg)
	}
	for i := range a.Paragraphs {
		if strings.TrimSpace(a.ParagraphText(i)) != a.ParagraphText(i) || a.Paragraphs[i].Len() == 0 {
			t.Errorf("paragraph %d is empty or untrimmed: %q", i, a.ParagraphText(i))
		}
	}
	in := 0
	for i := range a.Paragraphs {
		in += len(a.ParagraphSentences(i))
	}
	if in != len(a.Sentences) {
		t.Errorf("%d of %d sentences lie inside a paragraph", in, len(a.Sentences))
	}
}

// unsafeText says why s is unsafe to print, or "".
func unsafeText(s string) string {
	if !utf8.ValidString(s) {
		return "is not valid UTF-8"
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
		case r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f:
			return "has a control character"
		case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
			return "has a bidi control"
		}
	}
	return ""
}

func TestHostileCorpus(t *testing.T) {
	files, err := filepath.Glob("testdata/hostile/*.txt")
	if err != nil || len(files) < 14 {
		t.Fatalf("hostile corpus: %d files, %v", len(files), err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := Build(Raw{ID: filepath.Base(f), Title: "Hostile " + string(b[:min(len(b), 60)]), Body: string(b)})
		t.Run(filepath.Base(f), func(t *testing.T) { checkClean(t, a) })
		if a.Words == 0 {
			t.Errorf("%s: no words survived", f)
		}
	}
}

func TestBuildEdgeCases(t *testing.T) {
	for name, body := range map[string]string{
		"empty":        "",
		"blank lines":  "\n\n \n\t\n",
		"one word":     "Habari",
		"no spaces":    strings.Repeat("a", 10000),
		"only escapes": "\x1b[31m\x1b]0;x\x07",
		"long line":    strings.Repeat("Putin alitembelea Vietnam. ", 2000),
		"wrapped":      "The president arrived in\nhanoi on thursday and\nmet the leaders.\n\nNext paragraph.",
	} {
		t.Run(name, func(t *testing.T) {
			a := Build(Raw{ID: "x", Body: body})
			checkClean(t, a)
			if a.Title == "" {
				t.Error("no title")
			}
		})
	}
	a := Build(Raw{ID: "w", Body: "The president arrived in\nhanoi on thursday and\nmet the leaders.\n\nNext paragraph."})
	if len(a.Paragraphs) != 1 || !strings.Contains(a.Body, "arrived in hanoi on thursday and met") {
		t.Errorf("hard-wrapped lines not joined: %q", a.Body)
	}
	long := Build(Raw{ID: "l", Body: strings.Repeat("Putin alitembelea Vietnam. ", 2000)})
	if len(long.Paragraphs) < 50 {
		t.Errorf("a 54 KB line gave %d paragraphs", len(long.Paragraphs))
	}
}

// TestBuildLinearTime guards against quadratic rescans on large inputs of
// awkward shapes (each would take minutes if any step were quadratic).
func TestBuildLinearTime(t *testing.T) {
	const size = 1 << 20
	for name, unit := range map[string]string{
		"dots without spaces": "a.Bc",
		"initials":            "A.",
		"one long token":      "abcdefghij",
		"glued names":         "Putinsigned ",
		"short sentences":     "Ok. ",
		"wrapped lines":       "and so on\n",
		"headings":            "Silaha na Nishati Urusi kihistoria imekuwa msambazaji mkuu wa silaha.\n",
		"osc":                 "\x1b]x",
	} {
		body := strings.Repeat(unit, size/len(unit))
		start := time.Now()
		a := Build(Raw{ID: "big", Body: body})
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: Build of 1 MB took %v", name, d)
		}
		if !a.Valid() {
			t.Errorf("%s: invalid article", name)
		}
	}
}

func TestBuildDeclaredLanguage(t *testing.T) {
	a := Build(Raw{ID: "d", Lang: "SQ-al", Body: "Short."})
	if a.Lang != "sq" || !a.LangDeclared {
		t.Errorf("declared language: %q %v", a.Lang, a.LangDeclared)
	}
	b := Build(Raw{ID: "d", Lang: "../../etc", Body: "Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi."})
	if b.Lang != "sw" || b.LangDeclared {
		t.Errorf("bad declared tag not ignored: %q %v", b.Lang, b.LangDeclared)
	}
	mixed := Build(Raw{ID: "m", Lang: "sw", Body: "Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam.\n\nRussian President Vladimir Putin arrived in Hanoi on Thursday for talks."})
	if mixed.Paragraphs[0].Lang != "sw" || mixed.Paragraphs[1].Lang != "en" {
		t.Errorf("paragraph languages %q %q", mixed.Paragraphs[0].Lang, mixed.Paragraphs[1].Lang)
	}
}

func TestAgencyCredit(t *testing.T) {
	cases := map[string]string{
		"AFP and AP Agencies":          "AFP and AP",
		"Reuters Agencies":             "",
		"EFE agencies":                 "EFE",
		"The agencies":                 "",
		"Vietnam News Agency":          "",
		"AFP and AP Agencies reported": "",
	}
	for in, want := range cases {
		if got := agencyCredit(in); got != want {
			t.Errorf("agencyCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDeriveTitle(t *testing.T) {
	cases := map[string]string{
		"Short sentence. Then more.": "Short sentence",
		"A first clause that is long enough, then a second clause that pushes it well past the ninety rune limit for titles.": "A first clause that is long enough",
		strings.Repeat("word ", 40): strings.TrimSpace(strings.Repeat("word ", 18)),
	}
	for in, want := range cases {
		if got := deriveTitle(in); got != want {
			t.Errorf("deriveTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzBuild(f *testing.F) {
	for _, s := range []string{
		"", "Title\n\nBody.", "Rusisë.Vietnami", "Putinsigned it. Putin", "S. Bezdetko. 2017. Russia",
		"Makubaliano ya Kiuchumi Wakati wa ziara ya Putin, maafisa wanatarajia makubaliano.\nSilaha na Nishati Urusi kihistoria imekuwa msambazaji mkuu wa silaha.",
		"\x1b[31mx\x1b]8;;u\x07y", "\xff\xfe\u202e", strings.Repeat("Sentence one here. ", 80),
	} {
		f.Add(s, "")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, body, lang string) {
		a := Build(Raw{ID: "f", Title: "", Body: body, Lang: lang})
		checkClean(t, a)
	})
}
