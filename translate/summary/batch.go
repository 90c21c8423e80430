package summary

import (
	"context"
	"errors"
	"fmt"

	"github.com/rosetta-reader/rosetta/translate"
)

// job is the source segments (sentences) of one paragraph to translate.
type job struct {
	para int
	segs []string
}

// batchResult collects translations and failures per paragraph.
type batchResult struct {
	done   map[int][]string // paragraph → translated segments, cleaned
	failed map[int]error
}

// translateJobs translates all jobs (one source language) in a single
// backend call. When the call fails for a reason that may concern only some
// segments (a bad segment, a wrong count, a timeout), it splits the jobs in
// half and retries each half, down to single paragraphs: a fault costs
// O(log n) extra calls and leaves every other paragraph translated. Final
// errors (auth, quota, unsupported pair) and cancellation fail all at once.
func (s *Summarizer) translateJobs(ctx context.Context, jobs []job, from, to string, res *batchResult) {
	if len(jobs) == 0 {
		return
	}
	var segs []string
	for _, j := range jobs {
		segs = append(segs, j.segs...)
	}
	out, err := s.callTranslate(ctx, segs, from, to)
	if err == nil {
		for _, j := range jobs {
			res.done[j.para], out = out[:len(j.segs)], out[len(j.segs):]
		}
		return
	}
	if len(jobs) == 1 || ctx.Err() != nil || final(err) {
		for _, j := range jobs {
			res.failed[j.para] = err
		}
		return
	}
	half := len(jobs) / 2
	s.translateJobs(ctx, jobs[:half], from, to, res)
	s.translateJobs(ctx, jobs[half:], from, to, res)
}

// callTranslate makes one backend call under the per-call timeout and
// checks the backend kept its contract of one output per input.
func (s *Summarizer) callTranslate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if s.callTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.callTimeout)
		defer cancel()
	}
	out, err := s.backend.Translate(ctx, segs, from, to)
	if err != nil {
		return nil, fmt.Errorf("%s %s→%s: %w", s.backend.Name(), from, to, err)
	}
	if len(out) != len(segs) {
		return nil, fmt.Errorf("%s returned %d segments for %d: %w", s.backend.Name(), len(out), len(segs), translate.ErrBadResponse)
	}
	cleaned := make([]string, len(out)) // never write into the backend's slice
	for i, o := range out {
		cleaned[i] = clean(o)
	}
	return cleaned, nil
}

// final reports errors that retrying a smaller batch cannot fix.
func final(err error) bool {
	return errors.Is(err, translate.ErrAuth) || errors.Is(err, translate.ErrQuota) ||
		errors.Is(err, translate.ErrUnsupportedPair) || errors.Is(err, context.Canceled)
}
