package summary

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus"
)

const (
	// minPointWords keeps fragments (subheads, credits) out of the overview.
	minPointWords = 6
	// sameAs: sentences this similar say the same thing; the overview keeps
	// one and links it to both paragraphs.
	sameAs = 0.5
	// wordsPerPoint sets the overview length: 2 points for a short story,
	// up to 4 for a long one.
	wordsPerPoint = 200
	// pointBudget bounds a point's length in words.
	pointBudget = 20
)

// overview returns the article's main points, from the cache or computed
// from rows. Only a complete overview is cached.
func (s *Summarizer) overview(ctx context.Context, run *articleRun, rows []Row, complete bool) []Point {
	k := s.overviewKey(run)
	var pts []Point
	if s.load(ctx, kindOverview, k, &pts) {
		return pts
	}
	x := &extractor{rec: s.rec, to: run.to, prof: run.profile(s.rec)}
	pts = x.points(run.a, rows)
	if complete {
		s.save(ctx, kindOverview, k, pts)
	}
	return pts
}

func (s *Summarizer) overviewKey(run *articleRun) string {
	return key(methodVersion, s.backend.Name(), s.backend.Model(), run.method, run.to, run.context)
}

// points picks the overview: the most central sentences of the whole
// article (TextRank over every translated sentence, personalised by shared
// entities), skipping near-duplicates of points already chosen and linking
// their paragraphs to those points instead, then sorted in article order.
func (x *extractor) points(a *corpus.Article, rows []Row) []Point {
	v := vocab{}
	var cands []candidate
	for _, r := range rows {
		if a.Paragraphs[r.Paragraph].Heading {
			continue
		}
		text := r.Translation
		if text == "" {
			text = r.Text // an LLM row without a translation
		}
		sents := splitSentences(text)
		caption := isCaption(sents)
		for _, c := range x.analyse(v, r.Paragraph, sents) {
			if wordCount(c.text) >= minPointWords && isStatement(c.text) && !caption {
				cands = append(cands, c)
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	vecs := make([]vector, len(cands))
	priors := make([]float64, len(cands))
	for i, c := range cands {
		vecs[i], priors[i] = c.vec, c.prior
	}
	scores := textRank(vecs, priors)
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpDesc(scores[a], scores[b]) })

	want := min(4, max(2, 1+a.Words/wordsPerPoint))
	var chosen []int
	links := map[int][]int{} // chosen candidate → paragraphs
	for _, i := range order {
		if dup := similarTo(cands, chosen, i); dup >= 0 {
			links[dup] = appendUnique(links[dup], cands[i].para)
			continue
		}
		if len(chosen) < want {
			chosen = append(chosen, i)
			links[i] = []int{cands[i].para}
		}
	}
	slices.SortFunc(chosen, func(a, b int) int {
		if cands[a].para != cands[b].para {
			return cands[a].para - cands[b].para
		}
		return cands[a].pos - cands[b].pos
	})
	pts := make([]Point, 0, len(chosen))
	for _, i := range chosen {
		ps := links[i]
		slices.Sort(ps)
		pts = append(pts, Point{Text: x.shorten(cands[i].text, pointBudget), Paragraphs: ps})
	}
	return pts
}

// similarTo returns the chosen candidate i repeats, or -1.
func similarTo(cands []candidate, chosen []int, i int) int {
	for _, c := range chosen {
		if cosine(cands[c].vec, cands[i].vec) >= sameAs {
			return c
		}
	}
	return -1
}

func appendUnique(xs []int, x int) []int {
	if slices.Contains(xs, x) {
		return xs
	}
	return append(xs, x)
}

// isStatement reports whether s is a full declarative sentence: it ends
// with a full stop (maybe inside a quote), so titles, subheads and
// questions stay out of the overview.
func isStatement(s string) bool {
	s = strings.TrimRight(s, "\"”’' ")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!")
}

// captionWords mark a photo caption: it describes a picture, not the story.
var captionWords = regexp.MustCompile(`(?i)\bphoto(?:graph)?s?\b|\bpose[sd]? for\b|\((?:left|right|center[^)]*)\)|,\s*(?:left|right|center (?:left|right))\s*,`)

// isCaption reports whether a paragraph's sentences form a photo caption:
// a credit line among them, or the vocabulary of pictures.
func isCaption(sents []string) bool {
	for _, s := range sents {
		if isCredit(s) || captionWords.MatchString(s) {
			return true
		}
	}
	return false
}
