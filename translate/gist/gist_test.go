package gist

import (
	"context"
	"errors"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
)

var _ translate.Backend = (*Engine)(nil)

func tr(t testing.TB, e *Engine, lang string, segs ...string) []string {
	t.Helper()
	out, err := e.Translate(context.Background(), segs, lang, "en")
	if err != nil {
		t.Fatalf("Translate(%s): %v", lang, err)
	}
	if len(out) != len(segs) {
		t.Fatalf("Translate(%s): %d outputs for %d inputs", lang, len(out), len(segs))
	}
	return out
}

func TestUnsupportedPairs(t *testing.T) {
	e := New()
	for _, p := range []translate.Pair{{From: "fr", To: "en"}, {From: "sw", To: "sq"}, {From: "en", To: "sw"}, {From: "", To: ""}} {
		_, err := e.Translate(context.Background(), []string{"habari"}, p.From, p.To)
		if !errors.Is(err, translate.ErrUnsupportedPair) {
			t.Errorf("%s: err = %v, want ErrUnsupportedPair", p, err)
			continue
		}
		if !strings.Contains(err.Error(), "gist") || !strings.Contains(err.Error(), p.From+"→"+p.To) {
			t.Errorf("%s: message %q should name the backend and the pair", p, err)
		}
	}
	pairs, err := e.Pairs(context.Background())
	if err != nil || len(pairs) != 3 {
		t.Fatalf("Pairs = %v, %v; want sw, sq and en to en", pairs, err)
	}
}

func TestEnglishIdentity(t *testing.T) {
	in := []string{"Putin visited Vietnam.", "", "Line one\nline two\twith tab"}
	out, err := New().Translate(context.Background(), in, "en", "en")
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		if out[i] != in[i] {
			t.Errorf("en→en changed %q into %q", in[i], out[i])
		}
	}
	dirty, _ := New().Translate(context.Background(), []string{"a\x1b[31mb\xff"}, "en", "en")
	if dirty[0] != "a[31mb\uFFFD" {
		t.Errorf("en→en kept controls or invalid UTF-8: %q", dirty[0])
	}
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Translate(ctx, []string{"habari"}, "sw", "en")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestEmptyAndPunctuation(t *testing.T) {
	e := New()
	for _, lang := range []string{"sw", "sq"} {
		out := tr(t, e, lang, "", "  ", "—", "«»", "...")
		for i, want := range []string{"", "  ", "—", "«»", "..."} {
			if out[i] != want {
				t.Errorf("%s: %q → %q, want it unchanged", lang, want, out[i])
			}
		}
	}
}

func TestNamesPassThrough(t *testing.T) {
	e := New()
	sw := tr(t, e, "sw", "Gennady Bezdetko na Xi Jinping walikutana Hanoi.")[0]
	for _, name := range []string{"Gennady", "Bezdetko", "Xi Jinping", "Hanoi"} {
		if !strings.Contains(sw, name) {
			t.Errorf("sw: %q lost the name %q", sw, name)
		}
	}
	sq := tr(t, e, "sq", "Ambasadori Gennady S. Bezdetko takoi Kim Jong Un.")[0]
	for _, name := range []string{"Gennady S. Bezdetko", "Kim Jong Un"} {
		if !strings.Contains(sq, name) {
			t.Errorf("sq: %q lost the name %q", sq, name)
		}
	}
}

func readSeed(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile("../../corpus/sample/" + name)
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return strings.Split(strings.TrimSpace(string(b)), "\n")
}

// Function words of the source languages that must not survive into the
// English output of the seeds (they are all covered by the lexicons).
var (
	swFunctionWords = strings.Fields(`na ya wa za vya cha la kwa katika kwenye kwamba hii hiyo huo hizi
		ni si kama pia lakini au huku ili tangu kuhusu baada kabla kutoka hata hivyo yake wake zaidi bila
		ambayo ambao mnamo nchini mjini kupitia dhidi pamoja ikiwa wala yoyote zote wote`)
	sqFunctionWords = strings.Fields(`dhe në për nga që se është janë nuk por ka kanë gjatë sipas mes kjo
		ky këtë këtij kësaj i e të së po tij saj tyre një edhe ku si u më tani ashtu teksa duke asnjë me`)
)

var wordRe = regexp.MustCompile(`[\p{L}\p{M}\p{Nd}]+`) // the engine's own word characters

func assertNoLeaks(t *testing.T, out string, function []string) {
	t.Helper()
	words := map[string]bool{}
	for _, w := range wordRe.FindAllString(out, -1) {
		words[w] = true // case-sensitive: "I" and "A" are English
	}
	for _, f := range function {
		if words[f] {
			t.Errorf("function word %q leaked into %q", f, out)
		}
	}
}

func assertContains(t *testing.T, out string, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

func TestSeedSwahili(t *testing.T) {
	paras := readSeed(t, "000_33affdd9658b75e7.txt")
	out := tr(t, New(), "sw", paras...)
	all := strings.Join(out, "\n")
	assertContains(t, out[0], "president of Russia", "Vladimir Putin", "is expected to visit", "Hanoi, Vietnam",
		"June 19-20, 2024", "invitation", "leaders of Vietnam", "since 2017", "foreign policy", "Russia, United States and China")
	assertContains(t, all, "agreement", "trade", "investment", "technology", "education", "arms sales",
		"energy", "sanctions", "weapons", "South China Sea", "are expected to agree", "showed", "Ukraine",
		"International Criminal Court", "arrest warrant", "March 2023", "war crimes", "Joe Biden", "Xi Jinping")
	assertNoLeaks(t, all, swFunctionWords)
}

func TestSeedAlbanian(t *testing.T) {
	paras := readSeed(t, "001_cac8cb833e5ac3c9.txt")
	all := strings.Join(tr(t, New(), "sq", paras...), "\n")
	assertContains(t, all, "Russian president", "Vladimir Putin", "Vietnam", "June 20", "North Korea", "Kim Jong Un",
		"signed an agreement", "Pyongyang and Moscow", "Putin's visit", "Hanoi", "sanctions", "energy", "technology",
		"International Criminal Court", "The Hague", "arrest warrant", "war crimes", "Kremlin", "In 2023", "since 1950",
		"diplomatic relations", "Gennady S. Bezdetko", "To Lam", "the West", "US")
	assertNoLeaks(t, all, sqFunctionWords)
}

// TestSeedTraceable checks the no-invention rule on real text: every output
// word of the seeds is a source word, a lexicon gloss (inflected) or glue.
func TestSeedTraceable(t *testing.T) {
	e := New()
	for lang, seed := range map[string]string{"sw": "000_33affdd9658b75e7.txt", "sq": "001_cac8cb833e5ac3c9.txt"} {
		for _, p := range readSeed(t, seed) {
			out := tr(t, e, lang, p)[0]
			if w, ok := untraceable(e, p, out); !ok {
				t.Errorf("%s: output word %q comes from nowhere in %q", lang, w, out)
			}
		}
	}
}

// TestConcurrentUse translates from several goroutines on a fresh engine,
// so the lazy per-language loading races with itself; outputs must match a
// sequential run (run with -race to check the loading).
func TestConcurrentUse(t *testing.T) {
	sw, sq := readSeed(t, "000_33affdd9658b75e7.txt"), readSeed(t, "001_cac8cb833e5ac3c9.txt")
	want := map[string][]string{"sw": tr(t, New(), "sw", sw...), "sq": tr(t, New(), "sq", sq...)}
	e := New()
	errs := make(chan error, 8)
	for i := range 8 {
		lang, segs := "sw", sw
		if i%2 == 1 {
			lang, segs = "sq", sq
		}
		go func() {
			out, err := e.Translate(context.Background(), segs, lang, "en")
			if err == nil && strings.Join(out, "\n") != strings.Join(want[lang], "\n") {
				err = errors.New(lang + ": concurrent output differs from sequential")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
