package summary

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
)

// faultArticle has six Swahili paragraphs; paragraph bad carries marker.
func faultArticle(bad int, marker string) (paras []string) {
	base := []string{
		"Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi mnamo Juni 2024.",
		"Ziara hii inaashiria ziara ya kwanza ya Putin nchini Vietnam tangu 2017.",
		"Urusi kihistoria imekuwa msambazaji mkuu wa silaha wa Vietnam.",
		"Marekani imejibu kwa ukali habari za ziara ya Putin mjini Hanoi.",
		"Ni vyema kutambua kwamba si Vietnam wala Urusi ni mwanachama wa ICC.",
		"Mahakama ilitoa hati ya kukamatwa kwa Putin mwezi Machi 2023.",
	}
	base[bad] += " " + marker
	return base
}

func TestRowsIsolateFailures(t *testing.T) {
	cases := []struct {
		name    string
		backend *fakeBackend
		opts    []Option
		is      error
	}{
		{"rejected segment", &fakeBackend{failOn: "BOOM"}, nil, nil},
		{"stuck segment", &fakeBackend{hangOn: "BOOM"}, []Option{WithCallTimeout(30 * time.Millisecond)}, context.DeadlineExceeded},
		{"wrong count", &fakeBackend{shortOn: "BOOM"}, nil, translate.ErrBadResponse},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			const bad = 4
			a := article("sw", faultArticle(bad, "BOOM")...)
			s := New(tc.backend, nil, tc.opts...)
			rows, err := s.Rows(context.Background(), a, []int{5, 4, 3, 2, 1, 0}, "en")
			var pe *PartialError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want *PartialError", err)
			}
			if !slices.Equal(pe.Failed, []int{bad}) {
				t.Errorf("Failed = %v, want [%d]", pe.Failed, bad)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("err = %v, want it to match %v", err, tc.is)
			}
			if !strings.Contains(err.Error(), "(4)") {
				t.Errorf("message %q does not name paragraph 4", err)
			}
			var got []int
			for _, r := range rows {
				got = append(got, r.Paragraph)
				if r.Text == "" || r.Translation != a.ParagraphText(r.Paragraph) {
					t.Errorf("row %d damaged: %+v", r.Paragraph, r)
				}
			}
			if want := []int{5, 3, 2, 1, 0}; !slices.Equal(got, want) {
				t.Errorf("rows for %v, want %v (asked order, failed one out)", got, want)
			}
			// Bisection: 1 full call, then at most 2 per level of halving.
			if c := tc.backend.calls.Load(); c > 7 {
				t.Errorf("%d backend calls for 6 paragraphs, want ≤ 7", c)
			}
		})
	}
}

func TestRowsFinalErrorFailsAllAtOnce(t *testing.T) {
	a := article("sw", faultArticle(2, "BOOM")...)
	f := &fakeBackend{failOn: "BOOM", err: fmt.Errorf("account: %w", translate.ErrQuota)}
	rows, err := New(f, nil).Rows(context.Background(), a, allParagraphs(a), "en")
	var pe *PartialError
	if !errors.As(err, &pe) || !errors.Is(err, translate.ErrQuota) {
		t.Fatalf("err = %v, want *PartialError wrapping ErrQuota", err)
	}
	if len(rows) != 0 || len(pe.Failed) != len(a.Paragraphs) {
		t.Errorf("got %d rows, %d failed; want 0 and %d", len(rows), len(pe.Failed), len(a.Paragraphs))
	}
	if c := f.calls.Load(); c != 1 {
		t.Errorf("%d calls: a quota error must not be retried in halves", c)
	}
}

func TestRowsCancelledKeepsCachedRows(t *testing.T) {
	a := article("sw", faultArticle(0, "")...)
	store := newMemStore()
	s := New(&fakeBackend{}, store)
	if _, err := s.Rows(context.Background(), a, []int{1, 2}, "en"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rows, err := s.Rows(ctx, a, allParagraphs(a), "en")
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	var pe *PartialError
	if !errors.As(err, &pe) || !slices.Equal(pe.Failed, []int{0, 3, 4, 5}) {
		t.Errorf("err = %v, want paragraphs 0, 3, 4, 5 failed", err)
	}
	if len(rows) != 2 || rows[0].Paragraph != 1 || rows[1].Paragraph != 2 {
		t.Errorf("rows = %+v, want the cached rows 1 and 2", rows)
	}
}

func TestRowsRejectsBadIndex(t *testing.T) {
	a := article("sw", "Putin alizuru Hanoi.")
	for _, p := range []int{-1, 1, 99} {
		if _, err := New(&fakeBackend{}, nil).Rows(context.Background(), a, []int{0, p}, "en"); !errors.Is(err, ErrNoParagraph) {
			t.Errorf("paragraph %d: err = %v, want ErrNoParagraph", p, err)
		}
	}
	if _, err := New(&fakeBackend{}, nil).Rows(context.Background(), nil, nil, "en"); err == nil {
		t.Error("nil article: no error")
	}
}

func TestSummarizeKeepsShapeOnFailure(t *testing.T) {
	a := article("sw", faultArticle(3, "BOOM")...)
	store := newMemStore()
	sum, err := New(&fakeBackend{failOn: "BOOM"}, store).Summarize(context.Background(), a, "en")
	var pe *PartialError
	if !errors.As(err, &pe) || !slices.Equal(pe.Failed, []int{3}) {
		t.Fatalf("err = %v, want paragraph 3 failed", err)
	}
	if len(sum.Rows) != len(a.Paragraphs) {
		t.Fatalf("%d rows for %d paragraphs", len(sum.Rows), len(a.Paragraphs))
	}
	for i, r := range sum.Rows {
		if r.Paragraph != i || (r.Text == "") != (i == 3) {
			t.Errorf("row %d = %+v", i, r)
		}
	}
	if store.len(kindOverview) != 0 {
		t.Error("an overview built from partial rows was cached")
	}
	// A healthy backend later fills the gap and caches the overview.
	sum, err = New(&fakeBackend{}, store).Summarize(context.Background(), a, "en")
	if err != nil || sum.Rows[3].Text == "" || store.len(kindOverview) != 1 {
		t.Errorf("retry: err %v, row 3 %q, %d overviews cached", err, sum.Rows[3].Text, store.len(kindOverview))
	}
}

// longParas are English paragraphs long enough to be summarised rather
// than copied.
var longParas = []string{
	"Russian President Vladimir Putin arrived in Hanoi on Thursday, following a rare meeting with his North Korean counterpart Kim Jong Un. The visit is aimed at boosting economic ties with friendly countries.",
	"Diplomacy",
	"The United States, which leads the sanctions against Russia, has expressed concern over the visit to Vietnam. Washington says no country should give Putin a platform to promote his war.",
}

func TestLLMRowsUsed(t *testing.T) {
	a := article("en", longParas...)
	llm := &fakeLLM{rows: func(ps []string) []string {
		out := make([]string, len(ps))
		for i := range ps {
			out[i] = fmt.Sprintf("LLM row %d.", i)
		}
		return out
	}}
	store := newMemStore()
	s := New(llm, store)
	sum, err := s.Summarize(context.Background(), a, "en")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rows[0].Text != "LLM row 0." || sum.Rows[2].Text != "LLM row 2." {
		t.Errorf("rows = %+v, want the LLM's", sum.Rows)
	}
	if sum.Rows[1].Text != "Diplomacy" {
		t.Errorf("heading row = %q, want its translation", sum.Rows[1].Text)
	}
	if n := llm.summaries.Load(); n != 1 {
		t.Errorf("%d Summarize requests for one article, want 1", n)
	}
	if _, err := s.Summarize(context.Background(), a, "en"); err != nil || llm.summaries.Load() != 1 {
		t.Errorf("warm call asked the LLM again (err %v)", err)
	}
}

func TestLLMFailureFallsBackToExtraction(t *testing.T) {
	a := article("en", longParas...)
	want, err := New(&fakeBackend{}, nil).Rows(context.Background(), a, allParagraphs(a), "en")
	if err != nil {
		t.Fatal(err)
	}
	bad := map[string]*fakeLLM{
		"bad JSON": {err: fmt.Errorf("openai: invalid character 'x': %w", translate.ErrBadResponse)},
		"wrong count": {rows: func(ps []string) []string {
			return []string{"only one"}
		}},
		"timeout": {err: &translate.TransientError{Err: context.DeadlineExceeded}},
	}
	for name, llm := range bad {
		t.Run(name, func(t *testing.T) {
			store := newMemStore()
			s := New(llm, store)
			got, err := s.Rows(context.Background(), a, allParagraphs(a), "en")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, want) {
				t.Errorf("fallback rows\n got %+v\nwant %+v", got, want)
			}
			// Fallback rows are not cached under the LLM's key: the next
			// call asks the LLM again.
			if _, err := s.Rows(context.Background(), a, allParagraphs(a), "en"); err != nil || llm.summaries.Load() != 2 {
				t.Errorf("second call: err %v, %d Summarize calls, want 2", err, llm.summaries.Load())
			}
		})
	}
}
