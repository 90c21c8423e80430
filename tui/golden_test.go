package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldenReader pins the reader's layout (text only, styles stripped)
// at 80×20: refresh with go test ./tui -run Golden -update.
func TestGoldenReader(t *testing.T) {
	hs := newHarness(t, 80, 20)
	hs.openSW()
	hs.press("j", "j")
	golden.RequireEqual(t, strings.Join(hs.plain(), "\n"))
}

func TestGoldenList(t *testing.T) {
	hs := newHarness(t, 80, 15)
	hs.press("S", "?")
	golden.RequireEqual(t, strings.Join(hs.plain(), "\n"))
}
