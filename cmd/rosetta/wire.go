package main

import (
	"context"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
	"github.com/rosetta-reader/rosetta/tui"
)

// This file adapts the corpus and translate packages to the small
// consumer-side interfaces the TUI declares (tui/services.go).

// summaries serves summary rows to the reader.
type summaries struct {
	s       *services
	targets []string
}

func (s summaries) Rows(ctx context.Context, a *corpus.Article, paras []int, target string) ([]tui.Row, error) {
	rows, err := s.s.summarizer().Rows(ctx, a, paras, target)
	out := make([]tui.Row, len(rows))
	for i, r := range rows {
		out[i] = tui.Row{Paragraph: r.Paragraph, Summary: r.Text, Translation: r.Translation}
	}
	return out, err
}

func (s summaries) Overview(ctx context.Context, a *corpus.Article, target string) ([]tui.OverviewPoint, error) {
	pts, err := s.s.summarizer().Overview(ctx, a, target)
	out := make([]tui.OverviewPoint, len(pts))
	for i, p := range pts {
		out[i] = tui.OverviewPoint{Text: p.Text, Paragraphs: p.Paragraphs}
	}
	return out, err
}

func (s summaries) Backend() string   { return s.s.backend.Name() }
func (s summaries) Targets() []string { return s.targets }

// entities serves the shared entities of the corpus to the reader.
type entities struct {
	ix     *entity.Index
	shared map[string]bool
}

func newEntities(ix *entity.Index) *entities {
	e := &entities{ix: ix, shared: map[string]bool{}}
	for _, en := range ix.Shared() {
		e.shared[en.Key] = true
	}
	return e
}

func (e *entities) Shared() []tui.Entity {
	var out []tui.Entity
	for _, en := range e.ix.Shared() {
		counts := map[string]int{}
		for _, m := range en.Mentions {
			counts[m.Article]++
		}
		out = append(out, tui.Entity{Key: en.Key, Name: en.Name, Type: string(en.Type),
			Counts: counts, Forms: en.Forms, Colour: entity.Colour(en.Key)})
	}
	return out
}

func (e *entities) InArticle(id string) []tui.Mention {
	if len(e.shared) == 0 {
		// Nothing to highlight: skip the copy of the article's mentions,
		// a million of them in a 50 MB article.
		return nil
	}
	var out []tui.Mention
	for _, m := range e.ix.InArticle(id) {
		if e.shared[m.Key] {
			out = append(out, tui.Mention{Start: m.Start, End: m.End, Key: m.Key})
		}
	}
	return out
}

func (e *entities) InText(text, lang string) []tui.Mention {
	var out []tui.Mention
	for _, m := range e.ix.Recognize(text, lang) {
		if e.shared[m.Key] {
			out = append(out, tui.Mention{Start: m.Start, End: m.End, Key: m.Key})
		}
	}
	return out
}
