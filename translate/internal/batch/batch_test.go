package batch

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
)

func TestPlan(t *testing.T) {
	segs := []string{"aa", "", "bbbb", "  ", "c", "dddddd", "e"}
	got := Plan(segs, 2, 6)
	want := [][]int{{0, 2}, {4}, {5}, {6}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("Plan = %v; want %v", got, want)
	}
	if got := Plan(segs, 0, 0); !slices.EqualFunc(got, [][]int{{0, 2, 4, 5, 6}}, slices.Equal) {
		t.Fatalf("unlimited Plan = %v", got)
	}
	if got := Plan([]string{"", " "}, 3, 3); len(got) != 0 {
		t.Fatalf("blank-only Plan = %v; want none", got)
	}
}

func TestEachStopsOnFirstError(t *testing.T) {
	boom := errors.New("boom")
	var ran atomic.Int32
	err := Each(context.Background(), 2, 100, func(ctx context.Context, i int) error {
		ran.Add(1)
		if i == 3 {
			return boom
		}
		if i > 3 {
			// In flight when the error comes: wait to see it, so the
			// count does not depend on how the goroutines are scheduled.
			select {
			case <-ctx.Done():
			case <-time.After(5 * time.Second):
				t.Error("the error did not cancel the calls in flight")
			}
		}
		return ctx.Err()
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v; want boom", err)
	}
	if ran.Load() > 10 {
		t.Fatalf("%d calls ran after the error; want the rest skipped", ran.Load())
	}
}

func TestEachRunsAll(t *testing.T) {
	out := make([]int, 50)
	var cur, peak atomic.Int32
	err := Each(context.Background(), 3, len(out), func(ctx context.Context, i int) error {
		v := cur.Add(1)
		for p := peak.Load(); v > p && !peak.CompareAndSwap(p, v); p = peak.Load() {
		}
		out[i] = i * i
		cur.Add(-1)
		return nil
	})
	if err != nil || peak.Load() > 3 {
		t.Fatalf("err %v peak %d", err, peak.Load())
	}
	for i, v := range out {
		if v != i*i {
			t.Fatalf("out[%d] = %d", i, v)
		}
	}
}

func TestEachCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Each(ctx, 2, 5, func(ctx context.Context, i int) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v; want Canceled", err)
	}
}

func FuzzPlan(f *testing.F) {
	f.Add("a|bb||ccc| |d", 2, 4)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, joined string, maxN, maxBytes int) {
		segs := strings.Split(joined, "|")
		seen := map[int]bool{}
		prev := -1
		for _, b := range Plan(segs, maxN, maxBytes) {
			if len(b) == 0 || (maxN > 0 && len(b) > maxN) {
				t.Fatalf("bad batch size %d (maxN %d)", len(b), maxN)
			}
			size := 0
			for _, i := range b {
				if i <= prev || Blank(segs[i]) || seen[i] {
					t.Fatalf("index %d out of order, blank or repeated", i)
				}
				prev, seen[i] = i, true
				size += len(segs[i])
			}
			if maxBytes > 0 && len(b) > 1 && size > maxBytes {
				t.Fatalf("batch of %d bytes > %d", size, maxBytes)
			}
		}
		for i, s := range segs {
			if !Blank(s) && !seen[i] {
				t.Fatalf("segment %d dropped", i)
			}
		}
	})
}

func TestRunKeepsOrderAndBlanks(t *testing.T) {
	segs := []string{"a", "", "b", " ", "c"}
	upper := func(_ context.Context, b []string) ([]string, error) {
		out := make([]string, len(b))
		for i, s := range b {
			out[i] = strings.ToUpper(s)
		}
		return out, nil
	}
	got, err := Run(context.Background(), segs, Plan(segs, 2, 0), 2, upper)
	if err != nil || !slices.Equal(got, []string{"A", "", "B", " ", "C"}) {
		t.Fatalf("Run = %q, %v", got, err)
	}
	short := func(_ context.Context, b []string) ([]string, error) { return b[1:], nil }
	if _, err := Run(context.Background(), segs, Plan(segs, 2, 0), 2, short); !errors.Is(err, translate.ErrBadResponse) {
		t.Fatalf("wrong count: err = %v; want ErrBadResponse", err)
	}
}

func TestHalve(t *testing.T) {
	tooBig := errors.New("too big")
	var calls []int
	send := func(_ context.Context, b []string) ([]string, error) {
		calls = append(calls, len(b))
		if len(b) > 2 {
			return nil, tooBig
		}
		return b, nil
	}
	segs := []string{"1", "2", "3", "4", "5"}
	got, err := Halve(context.Background(), segs, send, func(err error) bool { return errors.Is(err, tooBig) })
	if err != nil || !slices.Equal(got, segs) {
		t.Fatalf("Halve = %q, %v", got, err)
	}
	if !slices.Equal(calls, []int{5, 2, 3, 1, 2}) {
		t.Fatalf("batch sizes sent %v; want [5 2 3 1 2]", calls)
	}
	always := func(_ context.Context, b []string) ([]string, error) { return nil, tooBig }
	if _, err := Halve(context.Background(), segs, always, func(error) bool { return true }); !errors.Is(err, tooBig) {
		t.Fatalf("err = %v; want the single segment's error", err)
	}
}
