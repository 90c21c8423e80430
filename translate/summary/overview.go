package summary

import (
	"context"
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
	// longPoint: past this many words (after compression) a sentence's
	// score shrinks in proportion.
	longPoint = 30.0
	// samePara scales the score of a sentence from a paragraph that
	// already gave a point, so the points spread over the article.
	samePara = 0.5
)

// overview returns the article's main points, from the cache or computed
// from rows. Only a complete overview is cached.
func (s *Summarizer) overview(ctx context.Context, run *articleRun, rows []Row, complete bool) []Point {
	k := s.overviewKey(run)
	var pts []Point
	if s.load(ctx, kindOverview, k, &pts) {
		return pts
	}
	x := &extractor{rec: run.rec, to: run.to, prof: run.profile()}
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
	want := min(4, max(2, 1+a.Words/wordsPerPoint))
	texts := x.compact(cands, scores, 3*want)
	chosen, links := pick(cands, scores, want)
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
		pts = append(pts, Point{Text: texts[i], Paragraphs: ps})
	}
	return pts
}

// compact compresses the n best candidates to point length and scales
// their scores down when even the compressed text stays long, so the
// overview prefers compact statements. Candidates past the n best get a
// zero score: they can still link paragraphs, never become points.
func (x *extractor) compact(cands []candidate, scores []float64, n int) map[int]string {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmpDesc(scores[a], scores[b]) })
	texts := make(map[int]string, n)
	for k, i := range order {
		if k >= n {
			scores[i] = 0
			continue
		}
		texts[i] = x.shorten(cands[i].text, pointBudget)
		scores[i] *= min(1, longPoint/float64(wordCount(texts[i])))
	}
	return texts
}

// pick chooses up to want candidates greedily by score, preferring
// paragraphs that gave no point yet. A candidate repeating a chosen one
// (cosine ≥ sameAs) is not chosen but links its paragraph to that point.
// It returns the chosen candidates and each one's paragraphs.
func pick(cands []candidate, scores []float64, want int) ([]int, map[int][]int) {
	var chosen []int
	links := map[int][]int{}
	used := make([]bool, len(cands))
	represented := map[int]bool{}
	for len(chosen) < want {
		best, bestScore := -1, 0.0
		for i, c := range cands {
			if used[i] {
				continue
			}
			if dup := similarTo(cands, chosen, i); dup >= 0 {
				links[dup] = appendUnique(links[dup], c.para)
				used[i] = true
				continue
			}
			sc := scores[i]
			if represented[c.para] {
				sc *= samePara
			}
			if sc > 0 && (best < 0 || sc > bestScore) {
				best, bestScore = i, sc
			}
		}
		if best < 0 {
			break
		}
		used[best] = true
		chosen = append(chosen, best)
		links[best] = []int{cands[best].para}
		represented[cands[best].para] = true
	}
	// Repeats of the last points chosen still link their paragraphs.
	for i, c := range cands {
		if !used[i] {
			if dup := similarTo(cands, chosen, i); dup >= 0 {
				links[dup] = appendUnique(links[dup], c.para)
			}
		}
	}
	return chosen, links
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
var captionWords = lazy(`(?i)\bphoto(?:graph)?s?\b|\bpose[sd]? for\b|\((?:left|right|center[^)]*)\)|,\s*(?:left|right|center (?:left|right))\s*,`)

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
