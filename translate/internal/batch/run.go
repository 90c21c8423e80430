package batch

import (
	"context"
	"fmt"

	"github.com/rosetta-reader/rosetta/translate"
)

// SendFunc translates one batch; it must return one output per input.
type SendFunc func(ctx context.Context, segs []string) ([]string, error)

// Run translates segs batch by batch as planned (see Plan), at most par
// batches at once. Segments no batch holds (the blank ones) come back
// unchanged. A batch answered with the wrong count is
// translate.ErrBadResponse.
func Run(ctx context.Context, segs []string, plan [][]int, par int, send SendFunc) ([]string, error) {
	out := make([]string, len(segs))
	copy(out, segs)
	err := Each(ctx, par, len(plan), func(ctx context.Context, i int) error {
		res, err := send(ctx, Pick(segs, plan[i]))
		if err != nil {
			return err
		}
		if len(res) != len(plan[i]) {
			return fmt.Errorf("%w: %d outputs for %d segments", translate.ErrBadResponse, len(res), len(plan[i]))
		}
		for j, idx := range plan[i] {
			out[idx] = res[j]
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Halve sends segs; when that fails with an error split accepts (the batch
// was too large for the service) it sends each half the same way, down to
// single segments, whose failure is returned as is.
func Halve(ctx context.Context, segs []string, send SendFunc, split func(error) bool) ([]string, error) {
	res, err := send(ctx, segs)
	if err == nil || len(segs) < 2 || !split(err) {
		return res, err
	}
	mid := len(segs) / 2
	left, err := Halve(ctx, segs[:mid], send, split)
	if err != nil {
		return nil, err
	}
	right, err := Halve(ctx, segs[mid:], send, split)
	if err != nil {
		return nil, err
	}
	return append(left, right...), nil
}
