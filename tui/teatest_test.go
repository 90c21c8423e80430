package tui

import (
	"bytes"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestProgramSmoke runs the model in a real Bubble Tea program: open the
// first article, wait for its rows, go back and quit.
func TestProgramSmoke(t *testing.T) {
	c := testCorpus(6)
	opts := Options{Corpus: c, Summaries: &fakeSummaries{}, Entities: fakeEntities{c}, Theme: "dark"}
	tm := teatest.NewTestModel(t, New(opts), teatest.WithInitialTermSize(100, 30))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("Putin kuzuru Hanoi")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("R5y")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if fm.screen != screenReader || fm.reader.art.ID != "sw1" {
		t.Fatalf("final model: screen %d", fm.screen)
	}
	if fm.reader.ctx.Err() == nil {
		t.Fatal("quitting left the article's requests running")
	}
	if st := fm.reader.current(); st.row(5).status != rowDone {
		t.Fatalf("row 5 status %d", st.row(5).status)
	}
}

// TestProgramSearchSmoke types a query in a real program and opens the hit.
func TestProgramSearchSmoke(t *testing.T) {
	c := testCorpus(6)
	opts := Options{Corpus: c, Summaries: &fakeSummaries{}, Search: &fakeSearcher{c: c}, Theme: "light"}
	tm := teatest.NewTestModel(t, New(opts), teatest.WithInitialTermSize(80, 24))
	tm.Send(tea.KeyPressMsg{Code: '/', Text: "/"})
	tm.Type("P4x")
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("results for P4x")) },
		teatest.WithDuration(5*time.Second))
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if fm.screen != screenReader || fm.reader.focus != 4 {
		t.Fatalf("final model: screen %d focus %d", fm.screen, fm.reader.focus)
	}
}
