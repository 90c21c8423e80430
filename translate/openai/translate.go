package openai

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/batch"
)

// Translate implements translate.Backend. Blank segments come back as they
// are; the rest go out in batches, several at once up to the concurrency
// bound.
func (c *Client) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if from == to {
		return slices.Clone(segs), ctx.Err()
	}
	return batch.Run(ctx, segs, batch.Plan(segs, c.batch, c.batchSize), c.http.Concurrency(),
		func(ctx context.Context, b []string) ([]string, error) { return c.translateBatch(ctx, b, from, to) })
}

// translateBatch asks once and re-asks once on a wrong count; if that fails
// too, or the answer was cut off, or the prompt overflowed the context, it
// splits the batch in halves: a smaller batch is easier for a model to keep
// count of and fits its limits. A single segment that still fails is
// ErrBadResponse.
func (c *Client) translateBatch(ctx context.Context, segs []string, from, to string) ([]string, error) {
	send := func(ctx context.Context, b []string) ([]string, error) { return c.askTwice(ctx, b, from, to) }
	res, err := batch.Halve(ctx, segs, send, splittable)
	if err != nil && splittable(err) {
		return nil, fmt.Errorf("openai: %w: %v", translate.ErrBadResponse, err)
	}
	return res, err
}

// askTwice asks for the translations of segs, and once more, quoting the
// bad answer back, when the count is wrong.
func (c *Client) askTwice(ctx context.Context, segs []string, from, to string) ([]string, error) {
	msgs, err := translateMessages(segs, from, to)
	if err != nil {
		return nil, err
	}
	res, err := c.askArray(ctx, msgs, len(segs))
	if ce := (*countError)(nil); errors.As(err, &ce) {
		msgs = append(msgs,
			message{Role: "assistant", Content: ce.answer},
			message{Role: "user", Content: fmt.Sprintf(reask, len(segs), ce.got(), len(segs))})
		res, err = c.askArray(ctx, msgs, len(segs))
	}
	return res, err
}

// askArray sends msgs and parses the answer as n translations.
func (c *Client) askArray(ctx context.Context, msgs []message, n int) ([]string, error) {
	content, err := c.chat(ctx, msgs)
	if err != nil {
		return nil, err
	}
	res, err := parseArray(content, n)
	if ce := (*countError)(nil); errors.As(err, &ce) {
		ce.answer = content
	}
	return res, err
}

func splittable(err error) bool {
	var ce *countError
	return errors.As(err, &ce) || errors.Is(err, errTruncated) || errors.Is(err, errTooLong)
}
