package tui

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"
)

// ErrNoSummaries is returned by Run when Options.Summaries is nil.
var ErrNoSummaries = errors.New("tui: Options.Summaries is required")

// Run runs the TUI in the alternate screen until the user quits or ctx is
// cancelled. Key overrides naming unknown actions are an error, reported
// before the terminal is touched.
func Run(ctx context.Context, opts Options) error {
	if opts.Summaries == nil {
		return ErrNoSummaries
	}
	if _, err := DefaultKeyMap().withOverrides(opts.Keys); err != nil {
		return fmt.Errorf("tui: %w", err)
	}
	m := newModel(ctx, opts)
	// 120 frames a second halves the wait for the first frame and for each
	// keypress's frame (the renderer flushes on its ticker); idle frames
	// cost nothing, since unchanged screens are not redrawn.
	_, err := tea.NewProgram(m, tea.WithContext(ctx), tea.WithFPS(120)).Run()
	m.cancel()
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("tui: %w", err)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return nil
}
