package tui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// checkWrap asserts wrapText's invariants: lines in order inside the text
// and on rune boundaries, no wider than width unless one grapheme is, widths
// matching what is drawn, and no visible character lost.
func checkWrap(t testing.TB, text string, width int) {
	lines := wrapText(text, width)
	if len(lines) == 0 {
		t.Fatalf("no lines for %q", text)
	}
	prev := 0
	var kept strings.Builder
	for _, ls := range lines {
		if ls.start < prev || ls.end < ls.start || ls.end > len(text) {
			t.Fatalf("width %d: bad span %+v after %d in %q", width, ls, prev, text)
		}
		if utf8.ValidString(text) && (!runeStart(text, ls.start) || !runeStart(text, ls.end)) {
			t.Fatalf("width %d: span %+v not on rune boundaries in %q", width, ls, text)
		}
		shown := clean(text[ls.start:ls.end])
		if got := ansi.StringWidth(shown); got != ls.width {
			t.Fatalf("width %d: line %q measured %d, drawn %d", width, shown, ls.width, got)
		}
		if ls.width > max(width, 1) && utf8.RuneCountInString(shown) > 1 &&
			ansi.StringWidth(shown) > 2 {
			t.Fatalf("width %d: line %q is %d wide", width, shown, ls.width)
		}
		kept.WriteString(shown)
		prev = ls.end
	}
	// Spaces and joiners are not content: a joiner cut off by a line end
	// is rightly dropped by clean.
	squeeze := func(s string) string {
		return strings.Join(strings.FieldsFunc(clean(s), func(r rune) bool {
			return r == ' ' || r == '\u200d' || r == '\u200c'
		}), "")
	}
	if squeeze(kept.String()) != squeeze(text) {
		t.Fatalf("width %d: text lost in wrapping %q", width, text)
	}
}

func TestWrap(t *testing.T) {
	texts := []string{
		"",
		"short",
		"Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam, mnamo Juni 19-20, 2024.",
		"普京将于6月19日至20日访问越南河内，这是他自2017年以来首次对越南进行国事访问。",
		"emoji 👩‍👩‍👧‍👦 family 🇻🇳 flag and e\u0301 combining a\u200bzero width",
		"averyveryveryverylongwordthatmustbebrokenacrosslines and more",
		"tabs\tand\nnewlines  double  spaces",
		"\x1b[31mred\x1b[0m and \x07bell",
	}
	for _, text := range texts {
		for _, w := range []int{1, 2, 3, 5, 10, 26, 40, 97} {
			checkSpans(t, text, w)
			checkWrap(t, clean(text), w)
		}
	}
	got := wrapText("aaa bbb ccc", 7)
	if len(got) != 2 || got[0] != (lineSpan{0, 7, 7}) || got[1] != (lineSpan{8, 11, 3}) {
		t.Fatalf("wrapText = %+v", got)
	}
	cjk := wrapText("普京将于", 5) // 2 cells each: 2 per line
	if len(cjk) != 2 || cjk[0].width != 4 {
		t.Fatalf("CJK wrap = %+v", cjk)
	}
}

func FuzzWrap(f *testing.F) {
	f.Add("Rais wa Urusi Vladimir Putin", 10)
	f.Add("普京将于6月19日 👩‍👩‍👧‍👦 e\u0301", 3)
	f.Add("\x1b[31mred\xff\xfe\t\n", 1)
	f.Fuzz(func(t *testing.T, text string, width int) {
		if width < 1 || width > 300 {
			width = 1 + abs(width)%300
		}
		checkSpans(t, text, width)
		// Display text, as rows are made on arrival: every invariant.
		checkWrap(t, clean(text), width)
	})
}

// checkSpans asserts what holds even for raw text (invalid UTF-8,
// controls): spans in order and inside the text.
func checkSpans(t testing.TB, text string, width int) {
	prev := 0
	for _, ls := range wrapText(text, width) {
		if ls.start < prev || ls.end < ls.start || ls.end > len(text) {
			t.Fatalf("bad span %+v in %q", ls, text)
		}
		prev = ls.end
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func TestPaintLine(t *testing.T) {
	st := newTheme(true, false)
	text := "Rais wa Urusi na Putin"
	marks := []mark{{start: 8, end: 13, kind: markEntity, colour: 2}, {start: 8, end: 10, kind: markMatch}}
	var b strings.Builder
	paintLine(&b, text, lineSpan{0, len(text), len(text)}, marks, nil, &st, 30)
	out := b.String()
	if ansi.Strip(out) != text+strings.Repeat(" ", 30-len(text)) {
		t.Fatalf("painted text differs: %q", ansi.Strip(out))
	}
	if !strings.Contains(out, st.Match.Render("Ur")) || !strings.Contains(out, st.Entity(2).Render("usi")) {
		t.Fatalf("overlapping marks painted wrongly: %q", out)
	}
}

func FuzzPaintLine(f *testing.F) {
	f.Add("Rais wa Urusi", 3, 9, 5, 12)
	f.Add("\x1b]0;x\x07普京", 0, 4, -1, 50)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		st := newTheme(false, false)
		var ms []mark
		for _, r := range [][2]int{{s1, e1}, {s2, e2}} {
			if validRange(text, r[0], r[1], len(text)) {
				ms = append(ms, mark{start: r[0], end: r[1], kind: markEntity})
			}
		}
		for _, ls := range wrapText(text, 7) {
			var b strings.Builder
			paintLine(&b, text, ls, ms, &st.pFocused, &st, 7)
			out := b.String()
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8: %q", out)
			}
			if strings.ContainsAny(sgrOnly.ReplaceAllString(out, ""), "\x1b\x07\x00\u009b") {
				t.Fatalf("control in %q", out)
			}
			if w := ansi.StringWidth(out); w != max(7, min(ls.width, w)) {
				t.Fatalf("painted width %d for %+v", w, ls)
			}
		}
	})
}
