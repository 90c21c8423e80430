package summary

import (
	"context"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/translate/gist"
)

// gistOrSkip returns the gist engine, skipping while it is still the
// identity skeleton (it would make the English checks meaningless).
func gistOrSkip(t testing.TB) *gist.Engine {
	t.Helper()
	g := gist.New()
	out, err := g.Translate(context.Background(), []string{"Rais wa Urusi na Vietnam"}, "sw", "en")
	if err != nil || len(out) != 1 || out[0] == "Rais wa Urusi na Vietnam" {
		t.Skipf("gist does not translate yet (%v %q)", err, out)
	}
	return g
}

// foreignWords are Swahili and Albanian function words gist covers: none
// may survive into an English row.
var foreignWords = setOf(`ya wa na kwa katika za ni të në e i për me nga që dhe`)

func TestSeedSummaries(t *testing.T) {
	g := gistOrSkip(t)
	for _, a := range seeds(t) {
		t.Run(a.ID, func(t *testing.T) {
			sum, err := New(g, nil).Summarize(context.Background(), a, "en")
			if err != nil {
				t.Fatal(err)
			}
			if sum.Lang != "en" || sum.Backend != "gist" || len(sum.Rows) != len(a.Paragraphs) {
				t.Fatalf("summary %s/%s with %d rows for %d paragraphs", sum.Lang, sum.Backend, len(sum.Rows), len(a.Paragraphs))
			}
			for i, r := range sum.Rows {
				checkRow(t, a, i, r)
			}
			checkOverview(t, a, sum.Overview)
		})
	}
}

// checkRow checks one row: in place, one clean English line, no name or
// number its paragraph does not have.
func checkRow(t *testing.T, a *corpus.Article, i int, r Row) {
	t.Helper()
	if r.Paragraph != i || r.Text == "" || r.Translation == "" {
		t.Errorf("row %d: %+v", i, r)
		return
	}
	checkLine(t, "row", r.Text)
	checkLine(t, "translation", r.Translation)
	for _, tk := range tokenize(r.Text) {
		if foreignWords[tk.text] {
			t.Errorf("row %d keeps the source word %q: %q", i, tk.text, r.Text)
		}
	}
	src := recognize(a.ParagraphText(i), paragraphLang(a, i))
	tr := recognize(r.Translation, "en")
	lower := strings.ToLower(r.Translation + " " + a.ParagraphText(i))
	for _, m := range recognize(r.Text, "en") {
		name := r.Text[m.start:m.end]
		if !containsMention(src, m) && !containsMention(tr, m) && !strings.Contains(lower, strings.ToLower(name)) {
			t.Errorf("row %d names %q, which its paragraph does not: %q", i, name, r.Text)
		}
	}
	if a.Paragraphs[i].Heading && r.Text != r.Translation {
		t.Errorf("heading %d: row %q, want its translation %q", i, r.Text, r.Translation)
	}
}

// checkOverview checks the overview: 2–4 points (for articles over 300
// words), each linked to real paragraphs, in article order.
func checkOverview(t *testing.T, a *corpus.Article, pts []Point) {
	t.Helper()
	if n := len(pts); n > 4 || (a.Words > 300 && n < 2) {
		t.Errorf("%d overview points for %d words", n, a.Words)
	}
	last := -1
	for _, p := range pts {
		checkLine(t, "point", p.Text)
		if len(p.Paragraphs) == 0 {
			t.Errorf("point %q links no paragraph", p.Text)
			continue
		}
		for k, q := range p.Paragraphs {
			if q < 0 || q >= len(a.Paragraphs) || (k > 0 && q <= p.Paragraphs[k-1]) {
				t.Errorf("point %q links %v", p.Text, p.Paragraphs)
			}
		}
		if p.Paragraphs[0] < last {
			t.Errorf("points out of article order at %q", p.Text)
		}
		last = p.Paragraphs[0]
	}
}

func TestHeadingsGetTheirTranslation(t *testing.T) {
	g := gistOrSkip(t)
	a := article("sw", "Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi mnamo Juni 2024.", "Silaha na Nishati",
		"Urusi kihistoria imekuwa msambazaji mkuu wa silaha wa Vietnam. Ushirikiano wa nishati pia ni muhimu, na makampuni ya Kirusi yanafanya kazi katika maeneo ya gesi ya Vietnam.")
	h := -1
	for i := range a.Paragraphs {
		if a.ParagraphText(i) == "Silaha na Nishati" {
			h = i
		}
	}
	if h < 0 || h+1 >= len(a.Paragraphs) {
		t.Fatalf("no heading paragraph in %+v", a.Paragraphs)
	}
	a.Paragraphs[h].Heading = true
	rows, err := New(g, nil).Rows(context.Background(), a, []int{h, h + 1}, "en")
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].Text != rows[0].Translation || rows[0].Text == "Silaha na Nishati" {
		t.Errorf("heading row %+v, want the translation", rows[0])
	}
	if rows[1].Text == rows[1].Translation {
		t.Errorf("a two-sentence paragraph was copied whole: %q", rows[1].Text)
	}
}

func TestEnglishNeedsNoTranslation(t *testing.T) {
	a := longestSeed(t)
	f := &fakeBackend{}
	sum, err := New(f, nil).Summarize(context.Background(), a, "en")
	if err != nil {
		t.Fatal(err)
	}
	if f.calls.Load() != 0 {
		t.Errorf("an English article cost %d backend calls", f.calls.Load())
	}
	for i, r := range sum.Rows {
		checkRow(t, a, i, r)
		if r.Translation != strings.Join(splitSentences(clean(a.ParagraphText(i))), " ") {
			t.Errorf("row %d translation %q is not the paragraph", i, r.Translation)
		}
	}
}
