package summary

import (
	"context"
	"slices"
	"testing"
)

func TestOverviewMergesRepeatsAndKeepsOrder(t *testing.T) {
	a := article("en",
		"Russia and Vietnam signed twelve energy agreements in Hanoi on Thursday, officials in both capitals confirmed.",
		"Farmers near Da Nang expect a large rice harvest this autumn after heavy rains in the central provinces.",
		"Russia and Vietnam signed twelve energy agreements in Hanoi on Thursday, officials in both capitals confirmed again.",
		"The United States criticised the visit and warned Vietnam about sanctions against Russian energy companies.",
		"Energy cooperation between Russia and Vietnam covers gas fields in the South China Sea claimed by China.",
	)
	if len(a.Paragraphs) != 5 {
		t.Fatalf("built %d paragraphs, want 5", len(a.Paragraphs))
	}
	pts, err := New(&fakeBackend{}, nil).Overview(context.Background(), a, "en")
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) < 2 || len(pts) > 4 {
		t.Fatalf("%d points: %+v", len(pts), pts)
	}
	merged := false
	for i, p := range pts {
		if slices.Equal(p.Paragraphs, []int{0, 2}) {
			merged = true
		}
		if slices.Contains(p.Paragraphs, 2) && !slices.Contains(p.Paragraphs, 0) {
			t.Errorf("the repeat in paragraph 2 became its own point: %+v", p)
		}
		if i > 0 && p.Paragraphs[0] < pts[i-1].Paragraphs[0] {
			t.Errorf("points out of article order: %+v", pts)
		}
	}
	if !merged {
		t.Errorf("no point links the repeated paragraphs 0 and 2: %+v", pts)
	}
}

func TestPickSpreadsOverParagraphs(t *testing.T) {
	v := vocab{}
	cands := []candidate{
		{para: 0, text: "a", vec: v.vectorize("energy gas agreements")},
		{para: 0, text: "b", vec: v.vectorize("rice harvest farmers")},
		{para: 1, text: "c", vec: v.vectorize("sanctions embassy criticism")},
	}
	// b outscores c, but paragraph 0 already gave a point: c wins at half.
	chosen, _ := pick(cands, []float64{1, 0.5, 0.3}, 2)
	if !slices.Equal(chosen, []int{0, 2}) {
		t.Errorf("chosen %v, want [0 2]", chosen)
	}
}
