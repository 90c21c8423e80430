package summary

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// seedMeasure is what TestSeedMeasures reports for one article.
type seedMeasure struct {
	ratio       float64 // summary words / source words
	kept, all   int     // distinct entities of each paragraph's translation, and how many its row keeps
	keptC, allC int     // the same, leaving out those inside asides compression always drops
}

func (m seedMeasure) retention() float64 { return share(m.kept, m.all) }
func (m seedMeasure) content() float64   { return share(m.keptC, m.allC) }

func share(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// measure summarises a and computes its compression and entity retention.
// Retention counts the distinct names, numbers and dates of each
// paragraph's translation that its row still names.
func measure(t *testing.T, s *Summarizer, lang string, idx int) (seedMeasure, *Summary) {
	t.Helper()
	a := seeds(t)[idx]
	sum, err := s.Summarize(context.Background(), a, lang)
	if err != nil {
		t.Fatal(err)
	}
	var m seedMeasure
	words := 0
	for _, r := range sum.Rows {
		words += wordCount(r.Text)
		tr := recognize(r.Translation, "en")
		row := recognize(r.Text, "en")
		asides := asideSpans(r.Translation)
		for i, e := range tr {
			if containsMention(tr[:i], e) {
				continue
			}
			kept := containsMention(row, e)
			m.all++
			m.kept += b2i(kept)
			if !insideAny(e, asides) {
				m.allC++
				m.keptC += b2i(kept)
			}
		}
	}
	m.ratio = float64(words) / float64(a.Words)
	return m, sum
}

// asideSpans returns the spans of text that compression drops whatever the
// budget (parentheticals, photo credits, attributions, datelines): the
// brief asks for them to go, so their names are not counted as lost.
func asideSpans(text string) []cut {
	var out []cut
	off := 0
	for _, s := range splitSentences(text) {
		i := strings.Index(text[off:], s)
		if i < 0 {
			continue
		}
		base := off + i
		c := newCompression(s, nil)
		for _, k := range c.cands {
			if k.kind == hard {
				out = append(out, cut{start: base + k.start, end: base + k.end})
			}
		}
		if isCredit(s) {
			out = append(out, cut{start: base, end: base + len(s)})
		}
		off = base + len(s)
	}
	return out
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// TestSeedMeasures reports compression and entity retention per seed (run
// with -v to see them; SUMMARY_DUMP=1 also prints every row) and guards
// them against regressions.
func TestSeedMeasures(t *testing.T) {
	g := gistOrSkip(t)
	s := New(g, nil)
	for i, a := range seeds(t) {
		m, sum := measure(t, s, "en", i)
		t.Logf("%s %s %4d words: compression %.2f, entities kept %d/%d = %.2f (outside asides %d/%d = %.2f)",
			a.ID[:3], a.Lang, a.Words, m.ratio, m.kept, m.all, m.retention(), m.keptC, m.allC, m.content())
		if os.Getenv("SUMMARY_DUMP") != "" {
			t.Log("\n" + dump(sum))
		}
		// Floors a little under today's figures: a change that makes rows
		// much longer or drops many more names fails here.
		if m.ratio > 0.85 {
			t.Errorf("%s: compression %.2f, want ≤ 0.85", a.ID, m.ratio)
		}
		if m.content() < 0.5 {
			t.Errorf("%s: entity retention %.2f, want ≥ 0.5", a.ID, m.content())
		}
	}
}

func dump(sum *Summary) string {
	var b strings.Builder
	for _, r := range sum.Rows {
		fmt.Fprintf(&b, "%3d [%d/%d] %s\n", r.Paragraph, wordCount(r.Text), wordCount(r.Translation), r.Text)
	}
	for _, p := range sum.Overview {
		fmt.Fprintf(&b, "  * %v %s\n", p.Paragraphs, p.Text)
	}
	return b.String()
}

func insideAny(m mention, cuts []cut) bool {
	for _, c := range cuts {
		if m.start < c.end && m.end > c.start {
			return true
		}
	}
	return false
}
