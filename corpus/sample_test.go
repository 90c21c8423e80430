package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The expectations below are read off the seed texts in sample/.
var seedWant = []struct {
	id, title, lang, source string
	paras                   int // 0: only "several" is asserted
}{
	{"000_33affdd9658b75e7", "Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam, mnamo Juni 19-20, 2024", "sw", "", 12},
	{"001_cac8cb833e5ac3c9", "Presidenti rus, Vladimir Putin, po synon të forcojë lidhjet me partnerin e kamotshëm", "sq", "", 0},
	{"002_ccae6763f4c1f9ed", "What is Putin expecting to gain from visit to Vietnam", "en", "", 23},
	{"003_707b086c27e1c708", "Putin signed dozens of agreements with Vietnam", "en", "RKS NEWS", 15},
	{"004_dc8a611bddc792d5", "After his controversial visit to North Korea, Putin continues his tour in Asia and sends a message to the West", "en", "AFP and AP", 30},
}

func TestSample(t *testing.T) {
	c := Sample()
	if c.Len() != len(seedWant) {
		t.Fatalf("Sample has %d articles, want %d", c.Len(), len(seedWant))
	}
	for i, w := range seedWant {
		a := c.Articles[i]
		if a.ID != w.id || a.Title != w.title || a.Lang != w.lang || a.Source != w.source {
			t.Errorf("article %d = {%q %q %q %q}, want {%q %q %q %q}", i, a.ID, a.Title, a.Lang, a.Source, w.id, w.title, w.lang, w.source)
		}
		if !a.Valid() {
			t.Errorf("%s: spans invalid", a.ID)
		}
		if a.LangDeclared || a.Origin != "sample" || a.Words < 300 {
			t.Errorf("%s: declared=%v origin=%q words=%d", a.ID, a.LangDeclared, a.Origin, a.Words)
		}
		if w.paras > 0 && len(a.Paragraphs) != w.paras {
			t.Errorf("%s: %d paragraphs, want %d", a.ID, len(a.Paragraphs), w.paras)
		}
		for j, p := range a.Paragraphs {
			if utf8.RuneCountInString(a.ParagraphText(j)) >= minLangRunes && p.Lang != w.lang {
				t.Errorf("%s paragraph %d: lang %s, want %s: %q", a.ID, j, p.Lang, w.lang, a.ParagraphText(j))
			}
		}
		if strings.Contains(a.Body, a.Title) && w.paras > 0 && a.ID != "000_33affdd9658b75e7" {
			t.Errorf("%s: headline title left in the body", a.ID)
		}
		checkSentencesCover(t, a)
	}
}

// checkSentencesCover asserts every paragraph is covered by sentences that
// lie inside it, and that paragraphs are separated by blank lines.
func checkSentencesCover(t *testing.T, a *Article) {
	t.Helper()
	for i := range a.Paragraphs {
		ss := a.ParagraphSentences(i)
		if len(ss) == 0 {
			t.Errorf("%s paragraph %d has no sentence", a.ID, i)
			continue
		}
		p := a.Paragraphs[i]
		if ss[0].Start != p.Start || ss[len(ss)-1].End != p.End {
			t.Errorf("%s paragraph %d: sentences cover [%d,%d), paragraph is [%d,%d)", a.ID, i, ss[0].Start, ss[len(ss)-1].End, p.Start, p.End)
		}
		if i > 0 && a.Body[a.Paragraphs[i-1].End:p.Start] != paraSep {
			t.Errorf("%s: paragraphs %d and %d not separated by a blank line", a.ID, i-1, i)
		}
	}
}

func TestSampleLongLineIsTiled(t *testing.T) {
	a := article(t, "001_cac8cb833e5ac3c9")
	if len(a.Paragraphs) < 3 {
		t.Fatalf("seed 001 (one 2,196-byte line) gave %d paragraphs", len(a.Paragraphs))
	}
	for i, p := range a.Paragraphs {
		if p.Len() > maxParaBytes || p.Len() < minPieceBytes {
			t.Errorf("paragraph %d is %d bytes", i, p.Len())
		}
	}
	// Only whitespace may change (the repair of "Rusisë.Vietnami" adds some).
	if squash(a.Body) != squash(seedText(t, "001")) {
		t.Error("tiling changed the text")
	}
}

func TestSampleGluedHeadings(t *testing.T) {
	a := article(t, "000_33affdd9658b75e7")
	var got []string
	for i, p := range a.Paragraphs {
		if p.Heading {
			got = append(got, a.ParagraphText(i))
			if i+1 >= len(a.Paragraphs) || a.Paragraphs[i+1].Heading {
				t.Errorf("heading %q is not followed by its paragraph", a.ParagraphText(i))
			}
		}
	}
	want := []string{
		"Makubaliano ya Kiuchumi", "Silaha na Nishati", "Miamala ya Sarafu",
		"Uhusiano wa Marekani na Vietnam", "Mahakama ya Kimataifa ya Uhalifu na Kutokuwa Mwanachama wa ICC",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("headings = %q, want %q", got, want)
	}
	if !strings.HasPrefix(a.ParagraphText(2), "Wakati wa ziara ya Putin,") {
		t.Errorf("paragraph after the first heading = %q", a.ParagraphText(2))
	}
}

func TestSampleHeadlineRepeatsDropped(t *testing.T) {
	a := article(t, "004_dc8a611bddc792d5")
	if strings.Contains(a.Body, "After his controversial visit to North Korea, Putin continues") {
		t.Error("repeated headline left in the body")
	}
	if !strings.HasPrefix(a.Body, "HANOI.- The president of Russia") {
		t.Errorf("body starts %q", a.Body[:40])
	}
	for _, furniture := range []string{"PREV Pope", "NEXT Ukraine", "Trust Project", "Google News"} {
		if strings.Contains(a.Body, furniture) {
			t.Errorf("page furniture %q left in the body", furniture)
		}
	}
	b := article(t, "003_707b086c27e1c708")
	for _, furniture := range []string{"Min Read", "Share this Post", "Leave a Comment", "RKS NEWS"} {
		if strings.Contains(b.Body, furniture) {
			t.Errorf("003: %q left in the body", furniture)
		}
	}
}

func squash(s string) string { return strings.Join(strings.Fields(s), "") }

func article(t *testing.T, id string) *Article {
	t.Helper()
	a, err := Sample().Get(id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func seedText(t *testing.T, prefix string) string {
	t.Helper()
	ents, err := sampleFS.ReadDir("sample")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), prefix) {
			b, err := sampleFS.ReadFile("sample/" + e.Name())
			if err != nil {
				t.Fatal(err)
			}
			return string(b)
		}
	}
	t.Fatalf("no seed %s", prefix)
	return ""
}
