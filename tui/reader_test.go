package tui

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/summary"
)

// lineOf returns the screen line where marker starts in the left (side 0)
// or right (side 1) pane, or -1.
func lineOf(lines []string, marker string, side int) int {
	for y, ln := range lines {
		parts := strings.SplitN(ln, "│", 2)
		if len(parts) != 2 {
			continue
		}
		if strings.Contains(parts[side], marker) {
			return y
		}
	}
	return -1
}

// TestPaneSync checks that row i starts on the same screen line as
// paragraph i, whatever the wrap widths, while scrolling through the whole
// article.
func TestPaneSync(t *testing.T) {
	for _, w := range []int{60, 100, 200} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			hs := newHarness(t, w, 30)
			hs.openSW()
			checked := map[int]bool{}
			for step := 0; step < 14; step++ {
				lines := hs.plain()
				for i := range 12 {
					l := lineOf(lines, fmt.Sprintf("P%dx", i), 0)
					r := lineOf(lines, fmt.Sprintf("R%dy", i), 1)
					if l < 0 && r < 0 {
						continue
					}
					if l != r {
						t.Fatalf("width %d: paragraph %d on line %d, its row on line %d\n%s", w, i, l, r, strings.Join(lines, "\n"))
					}
					checked[i] = true
				}
				hs.press("j")
			}
			if len(checked) != 12 {
				t.Fatalf("only paragraphs %v were seen on screen", checked)
			}
		})
	}
}

func TestPaneSyncAfterToggles(t *testing.T) {
	hs := newHarness(t, 80, 40)
	hs.openSW()
	for _, k := range []string{"s", "t", "s", "t"} {
		hs.press(k)
		lines := hs.plain()
		for i := range 6 {
			left := fmt.Sprintf("P%dx", i)
			if hs.m.reader.leftTrans {
				left = fmt.Sprintf("T%dz", i)
			}
			right := fmt.Sprintf("R%dy", i)
			if hs.m.reader.rightFull {
				right = fmt.Sprintf("T%dz", i)
			}
			l, r := lineOf(lines, left, 0), lineOf(lines, right, 1)
			if l < 0 || l != r {
				t.Fatalf("after %q: %s on line %d, %s on line %d", k, left, l, right, r)
			}
		}
	}
}

func TestReaderNavigation(t *testing.T) {
	hs := newHarness(t, 100, 20)
	hs.openSW()
	r := func() *reader { return &hs.m.reader }
	hs.press("j", "j")
	if r().focus != 2 {
		t.Fatalf("focus after jj = %d", r().focus)
	}
	hs.press("k")
	if r().focus != 1 {
		t.Fatalf("focus after k = %d", r().focus)
	}
	hs.press("G")
	if r().focus != 11 || r().offset != r().lay.maxOffset() {
		t.Fatalf("G: focus %d offset %d max %d", r().focus, r().offset, r().lay.maxOffset())
	}
	if !hs.contains("P11x") {
		t.Fatal("last paragraph not on screen after G")
	}
	hs.press("g")
	if r().focus != 0 || r().offset != 0 {
		t.Fatalf("g: focus %d offset %d", r().focus, r().offset)
	}
	hs.press("ctrl+d")
	if r().offset == 0 || r().focus == 0 {
		t.Fatalf("ctrl+d did not scroll: focus %d offset %d", r().focus, r().offset)
	}
	before := r().offset
	hs.press("ctrl+u")
	if r().offset >= before {
		t.Fatalf("ctrl+u did not scroll up: %d → %d", before, r().offset)
	}
	// The focused paragraph is always on screen.
	for range 11 {
		hs.press("j")
		if !hs.contains(fmt.Sprintf("P%dx", r().focus)) {
			t.Fatalf("focused paragraph %d not on screen", r().focus)
		}
	}
	hs.press("esc")
	if hs.m.screen != screenList {
		t.Fatalf("esc: screen %d, want list", hs.m.screen)
	}
}

func TestBackKeys(t *testing.T) {
	for _, k := range []string{"esc", "h", "backspace"} {
		hs := newHarness(t, 80, 24)
		hs.openSW()
		hs.press(k)
		if hs.m.screen != screenList {
			t.Errorf("%s: screen %d, want list", k, hs.m.screen)
		}
		if hs.m.reader.ctx.Err() == nil {
			t.Errorf("%s: the session context was not cancelled", k)
		}
	}
}

func TestToggles(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.openSW()
	if !hs.contains("R0y") || hs.contains("T0z") {
		t.Fatal("summary rows not shown by default")
	}
	hs.press("s")
	if hs.contains("R0y") || !hs.contains("T0z") || !hs.contains("full text") {
		t.Fatal("s did not switch the right pane to the full translation")
	}
	hs.press("s", "t")
	lines := hs.plain()
	if lineOf(lines, "T0z", 0) < 0 || lineOf(lines, "P0x", 0) >= 0 {
		t.Fatal("t did not switch the left pane to the translation")
	}
	if !strings.Contains(lines[1], "Translation · en") {
		t.Fatalf("left pane header: %q", lines[1])
	}
	hs.press("t")
	if lineOf(hs.plain(), "P0x", 0) < 0 {
		t.Fatal("t did not switch back to the original")
	}
}

func TestCycleLanguage(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.openSW()
	if !strings.Contains(hs.plain()[1], "English · fake · sw→en") {
		t.Fatalf("header: %q", hs.plain()[1])
	}
	hs.press("l")
	if !strings.Contains(hs.plain()[1], "French · fake · sw→fr") || !hs.contains("R0y summary in fr") {
		t.Fatalf("after l: %q", hs.plain()[1])
	}
	hs.press("]")
	if !strings.Contains(hs.plain()[1], "sq→fr") {
		t.Fatalf("the language did not carry over to the next article: %q", hs.plain()[1])
	}
	hs.press("l")
	if !strings.Contains(hs.plain()[1], "sq→en") || !hs.contains("R0y summary in en") {
		t.Fatal("l did not cycle back to English")
	}
}

func TestPrevNextArticle(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.openSW()
	hs.press("]")
	if hs.m.reader.art.ID != "sq1" {
		t.Fatalf("] opened %s", hs.m.reader.art.ID)
	}
	hs.press("]", "]")
	if hs.m.reader.art.ID != "en1" {
		t.Fatalf("] at the end moved to %s", hs.m.reader.art.ID)
	}
	hs.press("[")
	if hs.m.reader.art.ID != "sq1" {
		t.Fatalf("[ opened %s", hs.m.reader.art.ID)
	}
}

func TestOverviewJump(t *testing.T) {
	hs := newHarness(t, 100, 20)
	hs.openSW()
	hs.press("tab")
	if hs.m.reader.pane != paneRight || hs.m.reader.ovFocus != 0 {
		t.Fatalf("tab: pane %d ovFocus %d", hs.m.reader.pane, hs.m.reader.ovFocus)
	}
	if !hs.contains("▸ Point one") {
		t.Fatal("focused overview point not marked")
	}
	hs.press("j")
	if hs.m.reader.ovFocus != 1 {
		t.Fatalf("j over points: ovFocus %d", hs.m.reader.ovFocus)
	}
	hs.press("enter")
	if hs.m.reader.focus != 4 || hs.m.reader.ovFocus != -1 {
		t.Fatalf("enter on point two: focus %d", hs.m.reader.focus)
	}
	hs.press("tab", "enter") // left pane: enter does nothing
	if hs.m.reader.pane != paneLeft || hs.m.reader.focus != 4 {
		t.Fatalf("enter with the left pane focused moved to %d", hs.m.reader.focus)
	}
}

func TestRowsVisibleFirst(t *testing.T) {
	hs := newHarness(t, 100, 20)
	hs.press("g", "enter")
	calls := hs.sum.calls
	if len(calls) == 0 || calls[0][0] != 0 || len(calls[0]) > batchSize {
		t.Fatalf("first request %v: want a small batch starting at paragraph 0", calls)
	}
	seen := map[int]int{}
	for _, c := range calls {
		for _, p := range c {
			seen[p]++
		}
	}
	for p := range 12 {
		if seen[p] != 1 {
			t.Fatalf("paragraph %d requested %d times (calls %v)", p, seen[p], calls)
		}
	}
}

func TestRowsPendingSpinner(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.press("g")
	// Open without running the Cmds: rows are pending.
	nm, _ := hs.m.Update(keyMsg("enter"))
	hs.m = nm.(Model)
	if !hs.contains("translating…") || !hs.contains("summarising…") {
		t.Fatal("pending rows show no spinner")
	}
	if !hs.contains("P0x") {
		t.Fatal("the original is not readable while rows are pending")
	}
}

func TestRowErrors(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{translate.Unsupported("fake", "sw", "en"), "unsupported language pair"},
		{fmt.Errorf("call: %w", translate.ErrAuth), "authentication failed"},
		{fmt.Errorf("call: %w", translate.ErrQuota), "quota exceeded"},
		{&translate.TransientError{Err: errors.New("connection refused")}, "connection refused"},
		{&summary.PartialError{Failed: []int{1}, Err: &translate.TransientError{Err: errors.New("reset by peer")}}, "temporary failure: reset by peer"},
	}
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			hs := newHarness(t, 100, 30)
			hs.sum.err = func([]int, string) error { return tc.err }
			hs.openSW()
			lines := hs.plain()
			status := lines[len(lines)-2]
			if !strings.Contains(status, tc.want) {
				t.Fatalf("status %q lacks %q", status, tc.want)
			}
			if lineOf(lines, "⚠", 1) < 0 {
				t.Fatal("no failed row shown in the right pane")
			}
			if lineOf(lines, "R0y", 1) < 0 {
				t.Fatal("the row that succeeded was not kept")
			}
			if lineOf(lines, "P1x", 0) < 0 {
				t.Fatal("the left pane is not readable")
			}
		})
	}
}

func TestFinalErrorStopsRequests(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.sum.err = func([]int, string) error { return translate.ErrAuth }
	hs.openSW()
	if n := len(hs.sum.calls); n > maxInflight {
		t.Fatalf("%d requests after an auth error, want ≤ %d", n, maxInflight)
	}
}

func TestStaleRowsDropped(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.openSW()
	old := hs.m.reader.key
	hs.press("esc", "enter") // leave and open the same article again
	if hs.m.reader.key == old {
		t.Fatal("reopening did not start a new generation")
	}
	// The first session's result arrives late.
	hs.send(rowsReadyMsg{key: old, target: "en", paras: []int{0},
		rows: []rowState{{status: rowDone, row: Row{Summary: "STALE"}}}})
	hs.send(overviewReadyMsg{key: old, target: "en", points: []OverviewPoint{{Text: "STALE"}}})
	if hs.contains("STALE") || !hs.contains("R0y") {
		t.Fatal("a result of a left session was shown")
	}
}

func TestMoreSourcesHeader(t *testing.T) {
	hs := newHarness(t, 100, 30)
	hs.openSW()
	if !strings.Contains(hs.plain()[0], "2 more sources on this story: sq, en") {
		t.Fatalf("header %q", hs.plain()[0])
	}
}
