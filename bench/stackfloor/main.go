// Command stackfloor is the first-frame floor of Rosetta's fixed stack: a
// Bubble Tea v2 program that draws one word and links Glamour v2 (whose
// package initialisation, chroma's lexers and styles, runs before main as it
// does in rosetta). bench/run times it beside rosetta and a bare Bubble Tea
// program, so the share of the first frame the app itself owns is measured,
// not guessed.
//
//	go build -o stackfloor ./bench/stackfloor               # with Glamour
//	go build -tags noglamour -o teafloor ./bench/stackfloor # Bubble Tea alone
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView("STACKFLOOR")
	v.AltScreen = true
	return v
}

func main() {
	// The same frame rate as rosetta (tui/run.go).
	if _, err := tea.NewProgram(model{}, tea.WithFPS(120)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "stackfloor:", err)
		os.Exit(1)
	}
}
