// Package gist is the offline Swahili→English and Albanian→English engine:
// embedded lexicons, light morphology and local reordering. It needs no
// network, key or file outside the binary, and it never invents content:
// every output word is a lexicon gloss of a source token (inflected for the
// token's tense, number or voice), the source token itself, or glue:
//
//   - articles "the" (Albanian definite nouns, Swahili "X of Y" heads) and
//     the possessive "'s" (X of Name → Name's X);
//   - "of" and "to" for Albanian articles (i/e/të/së) before a genitive noun
//     or a verb, "in" for the Swahili locative -ni, "on"/"in" for Albanian
//     "më" before a date;
//   - auxiliaries rendering a verb's own tense/negation/relative morphemes:
//     is, are, am, was, were, will, be, been, has, have, had, do, does, did,
//     not, would, to, that, already, yet, by (after a passive), with (after
//     a reciprocal), and the subject pronouns I, we, you, they for a
//     clause-initial Swahili verb's subject prefix (never he/she: the
//     prefix does not tell);
//   - unknown Albanian names lose their case ending (Putinit → Putin) and
//     feminine ones get their -a back (Arizonën → Arizona);
//   - a Swahili noun before a numeral takes the English plural -s
//     (saa 48 → 48 hours), as does an n-class noun before class-10 concord.
//
// Pairs: sw→en, sq→en and en→en (identity). One output per input segment,
// valid UTF-8 without control characters other than newline and tab.
package gist

import (
	"context"
	"fmt"
	"sync"

	"github.com/rosetta-reader/rosetta/translate"
)

// Engine is the gist backend. Safe for concurrent use.
type Engine struct {
	once  sync.Once
	model *model
}

// New returns the gist engine. Lexicons load lazily, once, on first use.
func New() *Engine { return &Engine{} }

// Name implements translate.Backend.
func (e *Engine) Name() string { return "gist" }

// Model implements translate.Backend; bumped whenever lexicons or rules
// change, since it is part of the translation cache key.
func (e *Engine) Model() string { return "gist-3" }

// Pairs implements translate.Backend.
func (e *Engine) Pairs(ctx context.Context) ([]translate.Pair, error) {
	return []translate.Pair{{From: "sw", To: "en"}, {From: "sq", To: "en"}, {From: "en", To: "en"}}, nil
}

// Translate implements translate.Backend.
func (e *Engine) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	if to != "en" || (from != "sw" && from != "sq" && from != "en") {
		return nil, translate.Unsupported("gist", from, to)
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("gist: %w", err)
	}
	m := e.load() // English tables; each language's lexicons load on its first segment
	out := make([]string, len(segs))
	for i, s := range segs {
		// Checking between segments keeps a cancelled long batch short
		// without paying for a select on every word.
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("gist: %w", err)
		}
		if from == "en" {
			out[i] = clean(s)
			continue
		}
		out[i] = m.translateText(from, s)
	}
	return out, nil
}

func (e *Engine) load() *model {
	e.once.Do(func() { e.model = loadModel() })
	return e.model
}
