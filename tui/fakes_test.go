package tui

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/rosetta-reader/rosetta/corpus"
)

// fakeSummaries returns a row per paragraph whose text names the paragraph
// and the target, so tests can find row i on screen.
type fakeSummaries struct {
	mu      sync.Mutex
	calls   [][]int
	targets []string
	err     func(paras []int, target string) error // nil: no error
	long    map[int]bool                           // rows made several lines long
}

func (f *fakeSummaries) Rows(ctx context.Context, a *corpus.Article, paras []int, target string) ([]Row, error) {
	f.mu.Lock()
	f.calls = append(f.calls, append([]int(nil), paras...))
	f.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var rows []Row
	var err error
	if f.err != nil {
		err = f.err(paras, target)
	}
	for _, p := range paras {
		if err != nil && p%2 == 1 { // partial: odd paragraphs fail
			continue
		}
		sum := fmt.Sprintf("R%dy summary in %s about Russia.", p, target)
		if f.long[p] {
			sum += strings.Repeat(" more words here", 12)
		}
		rows = append(rows, Row{Paragraph: p, Summary: sum, Translation: fmt.Sprintf("T%dz full %s translation.", p, target)})
	}
	return rows, err
}

func (f *fakeSummaries) Overview(ctx context.Context, a *corpus.Article, target string) ([]OverviewPoint, error) {
	return []OverviewPoint{
		{Text: "Point one about Russia.", Paragraphs: []int{2}},
		{Text: "Point two.", Paragraphs: []int{4, 5}},
	}, nil
}

func (f *fakeSummaries) Backend() string { return "fake" }

func (f *fakeSummaries) Targets() []string {
	if f.targets != nil {
		return f.targets
	}
	return []string{"en", "fr"}
}

// fakeEntities shares one entity, Russia, written Urusi or Russia.
type fakeEntities struct{ c *corpus.Corpus }

func (f fakeEntities) Shared() []Entity {
	counts := map[string]int{}
	for _, a := range f.c.Articles {
		if n := len(f.find(a.Body)); n > 0 {
			counts[a.ID] = n
		}
	}
	return []Entity{
		{Key: "russia", Name: "Russia", Type: "LOC", Counts: counts, Forms: []string{"Urusi", "Russia"}, Colour: 3},
		{Key: "hanoi", Name: "Hanoi", Type: "LOC", Counts: map[string]int{}, Forms: []string{"Hanoi"}, Colour: 5},
	}
}

func (f fakeEntities) find(text string) []Mention {
	var out []Mention
	for _, form := range []string{"Urusi", "Russia"} {
		for i := 0; ; {
			j := strings.Index(text[i:], form)
			if j < 0 {
				break
			}
			out = append(out, Mention{Start: i + j, End: i + j + len(form), Key: "russia"})
			i += j + len(form)
		}
	}
	sortMentions(out)
	return out
}

func sortMentions(ms []Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func (f fakeEntities) InArticle(id string) []Mention {
	a, err := f.c.Get(id)
	if err != nil {
		return nil
	}
	return f.find(a.Body)
}

func (f fakeEntities) InText(text, lang string) []Mention { return f.find(text) }

// fakeSearcher answers every query with a hit per article whose body
// contains it; slow queries wait for their context.
type fakeSearcher struct {
	c       *corpus.Corpus
	mu      sync.Mutex
	queries []string
	slow    map[string]bool
	aborted chan string // receives slow queries once their context ends
}

func (f *fakeSearcher) Search(ctx context.Context, q string, limit int) ([]SearchHit, error) {
	f.mu.Lock()
	f.queries = append(f.queries, q)
	slow := f.slow[q]
	f.mu.Unlock()
	if slow {
		<-ctx.Done()
		if f.aborted != nil {
			f.aborted <- q
		}
		return nil, ctx.Err()
	}
	var hits []SearchHit
	for _, a := range f.c.Articles {
		for i := range a.Paragraphs {
			t := a.ParagraphText(i)
			if j := strings.Index(t, q); j >= 0 {
				hits = append(hits, SearchHit{Article: a.ID, Paragraph: i, Lang: a.Lang, Field: "body",
					Snippet: t, Spans: [][2]int{{j, j + len(q)}}, Score: 1})
			}
		}
	}
	return hits, nil
}

func (f *fakeSearcher) seen() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.queries...)
}

// fakeState keeps reading state in memory.
type fakeState struct {
	mu sync.Mutex
	m  map[string]ArticleState
}

func (f *fakeState) State(context.Context) (map[string]ArticleState, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return cloneStates(f.m), nil
}

func (f *fakeState) SetRead(_ context.Context, id string, read bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.m[id]
	s.Read = read
	f.m[id] = s
	return nil
}

func (f *fakeState) SetStarred(_ context.Context, id string, on bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := f.m[id]
	s.Starred = on
	f.m[id] = s
	return nil
}

// testCorpus builds three articles: a Swahili one with n paragraphs
// "P<i>x ...", an Albanian and an English one.
func testCorpus(n int) *corpus.Corpus {
	var sw strings.Builder
	for i := range n {
		fmt.Fprintf(&sw, "P%dx Rais wa Urusi alisema", i)
		sw.WriteString(strings.Repeat(" maneno mengi", (i*7)%13))
		sw.WriteString(".\n")
	}
	return corpus.New([]*corpus.Article{
		corpus.Build(corpus.Raw{ID: "sw1", Title: "Putin kuzuru Hanoi", Lang: "sw", Source: "BBC Swahili", Body: sw.String(), URL: "https://example.org/sw1", Origin: "feed-sw"}),
		corpus.Build(corpus.Raw{ID: "sq1", Title: "Putin në Hanoi", Lang: "sq", Source: "RTSH", Body: "Presidenti i Rusisë.\nRussia dhe Vietnami.\n"}),
		corpus.Build(corpus.Raw{ID: "en1", Title: "Putin visits Hanoi", Lang: "en", Source: "Reuters", Body: "Russia's president visits.\nHanoi welcomes him.\n"}),
	})
}

type harness struct {
	t    *testing.T
	m    Model
	opts Options
	sum  *fakeSummaries
}

// newHarness builds a model with every service faked, sized w×h, with the
// start-up loads done.
func newHarness(t *testing.T, w, h int, tweak ...func(*Options)) *harness {
	t.Helper()
	c := testCorpus(12)
	sum := &fakeSummaries{long: map[int]bool{3: true}}
	opts := Options{
		Corpus: c, Summaries: sum, Entities: fakeEntities{c}, Search: &fakeSearcher{c: c},
		Stories: []Story{{Title: "Putin in Hanoi", Articles: []string{"sw1", "sq1", "en1"}}},
		State:   &fakeState{m: map[string]ArticleState{}}, Theme: "dark",
	}
	for _, f := range tweak {
		f(&opts)
	}
	hs := &harness{t: t, m: New(opts), opts: opts, sum: sum}
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.run(hs.m.Init())
	return hs
}

// send feeds one message to the model and runs the Cmds it returns.
func (hs *harness) send(msg tea.Msg) {
	hs.t.Helper()
	nm, cmd := hs.m.Update(msg)
	hs.m = nm.(Model)
	hs.run(cmd)
}

// run executes cmd and feeds back the messages of this package, breadth
// first; Bubbles' own ticks (spinner, cursor blink) are dropped.
func (hs *harness) run(cmd tea.Cmd) {
	hs.t.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0 && steps < 500; steps++ {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := runWithTimeout(c, 300*time.Millisecond)
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			if !strings.HasPrefix(fmt.Sprintf("%T", msg), "tui.") {
				continue
			}
			nm, next := hs.m.Update(msg)
			hs.m = nm.(Model)
			queue = append(queue, next)
		}
	}
}

func runWithTimeout(c tea.Cmd, d time.Duration) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case m := <-ch:
		return m
	case <-time.After(d):
		return nil
	}
}

// press sends key presses: single characters, or names like "enter",
// "ctrl+d", "esc", "tab", "up".
func (hs *harness) press(keys ...string) {
	hs.t.Helper()
	for _, k := range keys {
		hs.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "up": tea.KeyUp,
		"down": tea.KeyDown, "backspace": tea.KeyBackspace, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp,
	}
	if r, ok := special[k]; ok {
		return tea.KeyPressMsg{Code: r}
	}
	if rest, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(rest[0]), Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText types s into whatever has focus faster than the search
// debounce: the Cmds of all keystrokes run only after the last one.
func (hs *harness) typeText(s string) {
	hs.t.Helper()
	var cmds []tea.Cmd
	for _, r := range s {
		nm, cmd := hs.m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		hs.m = nm.(Model)
		cmds = append(cmds, cmd)
	}
	hs.run(tea.Batch(cmds...))
}

func (hs *harness) view() string { return hs.m.View().Content }

// plain is the view without styling, as lines.
func (hs *harness) plain() []string { return strings.Split(ansi.Strip(hs.view()), "\n") }

func (hs *harness) contains(s string) bool { return strings.Contains(ansi.Strip(hs.view()), s) }

// openSW opens the Swahili test article from the list.
func (hs *harness) openSW() {
	hs.t.Helper()
	hs.press("g", "enter")
	if hs.m.screen != screenReader || hs.m.reader.art.ID != "sw1" {
		hs.t.Fatalf("reader not open on sw1: screen %d", hs.m.screen)
	}
}
