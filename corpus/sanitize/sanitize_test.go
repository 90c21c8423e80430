package sanitize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Putin alitembelea Hanoi.\n\tNdiyo.", "Putin alitembelea Hanoi.\n\tNdiyo."},
		{"sgr colour", "a \x1b[1;31mred\x1b[0m b", "a red b"},
		{"cursor moves", "x\x1b[2J\x1b[10;20Hy\x1b[?25l", "xy"},
		{"osc8 link bel", "see \x1b]8;;http://e.x/\x07here\x1b]8;;\x07.", "see here."},
		{"osc8 link st", "see \x1b]8;;http://e.x/\x1b\\here\x1b]8;;\x1b\\.", "see here."},
		{"osc52 clipboard", "a\x1b]52;c;cm0gLXJmCg==\x07b", "ab"},
		{"osc0 title", "\x1b]0;owned\x07Habari", "Habari"},
		{"dcs", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"unterminated osc keeps text", "a\x1b]0;rest of article", "a0;rest of article"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"two byte escape", "a\x1b7b\x1b8c", "abc"},
		{"stray esc at end", "abc\x1b", "abc"},
		{"c1 csi", "a\u009b31mb", "ab"},
		{"c1 osc with c1 st", "a\u009d0;t\u009cb", "ab"},
		{"nel is a newline", "a\u0085b", "a\nb"},
		{"other c1 dropped", "a\u008db\u0080", "ab"},
		{"crlf and cr", "a\r\nb\rc", "a\nb\nc"},
		{"c0 dropped", "a\x00b\x07c\x08d\x7fe", "abcde"},
		{"bidi override", "a\u202eexe.txt\u202c b", "aexe.txt b"},
		{"bidi isolate and marks", "\u2066x\u2069\u200f\u200e\u061cy", "xy"},
		{"zero width and bom", "\ufeffzero\u200bwidth\u2060join\u00adhy", "zerowidthjoinhy"},
		{"tag characters", "flag\U000E0041\U000E0042", "flag"},
		{"emoji zwj kept", "👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"stray zwj dropped", "a \u200d b\u200d", "a  b"},
		{"invalid utf8", "a\xffb\xc3(", "a\ufffdb\ufffd("},
		{"line separator", "a\u2028b", "a\nb"},
		{"combining kept", "Vie\u0323\u0302t", "Vie\u0323\u0302t"},
		{"cjk kept", "習近平。", "習近平。"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Text(c.in); got != c.want {
				t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestLine(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a\nb", "a b"},
		{"a\r\n\r\n\tb", "a b"},
		{"a\x1b[31m\nb\x1b[0m", "a b"},
		{"plain one line", "plain one line"},
		{"a\u2029b", "a b"},
	}
	for _, c := range cases {
		if got := Line(c.in); got != c.want {
			t.Errorf("Line(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTextCleanInputIsNotCopied(t *testing.T) {
	s := strings.Repeat("clean ascii text\n", 100)
	if got := Text(s); got != s {
		t.Fatal("clean input changed")
	}
	if n := testing.AllocsPerRun(100, func() { Text(s) }); n != 0 {
		t.Errorf("Text allocated %v times on clean input", n)
	}
	typo := strings.Repeat("Rusisë “t’i japë” — Nguyễn 習近平 👨\u200d👩\n", 20)
	if got := Text(typo); got != typo {
		t.Fatal("clean non-ASCII input changed")
	}
	if n := testing.AllocsPerRun(100, func() { Text(typo) }); n != 0 {
		t.Errorf("Text allocated %v times on clean non-ASCII input", n)
	}
}

// TestLinearTime guards against quadratic rescans: a megabyte of stray
// introducers must not take more than a moment.
func TestLinearTime(t *testing.T) {
	for _, unit := range []string{"\x1b]", "\x1bP", "\u009d", "\x1b[", "\u200d"} {
		s := strings.Repeat(unit+"x", (1<<20)/(len(unit)+1))
		start := time.Now()
		out := Text(s)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Text on 1 MB of %q took %v", unit, d)
		}
		if msg := unsafeReason(out, false); msg != "" {
			t.Errorf("%q: output %s", unit, msg)
		}
	}
}

func TestHostileFiles(t *testing.T) {
	files, err := filepath.Glob("../testdata/hostile/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile corpus: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if msg := unsafeReason(Text(string(b)), false); msg != "" {
			t.Errorf("%s: Text output %s", filepath.Base(f), msg)
		}
		if msg := unsafeReason(Line(string(b)), true); msg != "" {
			t.Errorf("%s: Line output %s", filepath.Base(f), msg)
		}
	}
}

// unsafeReason says what makes s unsafe to print, or "" when it is clean.
func unsafeReason(s string, oneLine bool) string {
	if !utf8.ValidString(s) {
		return "is not valid UTF-8"
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			if oneLine {
				return "has a line break or tab"
			}
		case r < 0x20 || r == 0x7f:
			return "has a C0 control"
		case r >= 0x80 && r <= 0x9f:
			return "has a C1 control"
		case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069', r == '\u200e', r == '\u200f':
			return "has a bidi control"
		}
	}
	return ""
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"", "plain", "a\x1b[31mb", "\x1b]8;;u\x1b\\x", "\x1b]52;c;x\x07", "\u009b1m", "\u009dx",
		"\xff\xfe", "a\u202eb", "👨\u200d👩", "\u200d", "\r\n\r", "\x1b", "\x1bP", "\x1b[", "\xc2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if msg := unsafeReason(out, false); msg != "" {
			t.Fatalf("Text(%q) = %q %s", s, out, msg)
		}
		if Text(out) != out {
			t.Fatalf("Text is not idempotent on %q", s)
		}
		if len(out) > 3*len(s) {
			t.Fatalf("output grew from %d to %d bytes", len(s), len(out))
		}
		line := Line(s)
		if msg := unsafeReason(line, true); msg != "" {
			t.Fatalf("Line(%q) = %q %s", s, line, msg)
		}
	})
}

func BenchmarkSanitize(b *testing.B) {
	clean := strings.Repeat("Russian President Vladimir Putin arrived in Hanoi on Thursday.\n", 50)
	dirty := strings.Repeat("Rais wa Urusi \x1b[1mVladimir\x1b[0m Putin — Rusisë ‘t’i’.\n", 50)
	b.Run("clean", func(b *testing.B) {
		b.SetBytes(int64(len(clean)))
		for b.Loop() {
			Text(clean)
		}
	})
	b.Run("dirty", func(b *testing.B) {
		b.SetBytes(int64(len(dirty)))
		for b.Loop() {
			Text(dirty)
		}
	})
}

func TestSkipPrintable(t *testing.T) {
	for _, fill := range []byte{'a', ' ', '~', 0x7f, 0x1f, 0x80} {
		for pos := range 8 {
			for b := range 256 {
				word := []byte{'x', 'x', 'x', 'x', 'x', 'x', 'x', 'x', fill}
				word[pos] = byte(b)
				want := 0
				if b >= 0x20 && b < 0x7f {
					want = 8
				}
				if got := skipPrintable(string(word), 0); got != want {
					t.Fatalf("skipPrintable(% x) = %d, want %d", word, got, want)
				}
			}
		}
	}
}
