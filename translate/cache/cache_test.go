package cache

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
)

// counting is a fake backend that records what reaches it.
type counting struct {
	name, model string
	mu          sync.Mutex
	calls       [][]string
	fail        error
}

func (b *counting) Name() string  { return b.name }
func (b *counting) Model() string { return b.model }
func (b *counting) Pairs(context.Context) ([]translate.Pair, error) {
	return []translate.Pair{{From: "sw", To: "en"}}, nil
}

func (b *counting) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	b.mu.Lock()
	b.calls = append(b.calls, slices.Clone(segs))
	b.mu.Unlock()
	if b.fail != nil {
		return nil, b.fail
	}
	out := make([]string, len(segs))
	for i, s := range segs {
		out[i] = fmt.Sprintf("%s/%s %s→%s: %s", b.name, b.model, from, to, strings.ToUpper(s))
	}
	return out, nil
}

func (b *counting) sent() [][]string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.calls)
}

func open(t testing.TB) *Cache {
	t.Helper()
	c, err := Open(context.Background(), filepath.Join(t.TempDir(), "sub", "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestWrapTranslatesOnlyMissesInOneBatch(t *testing.T) {
	c := open(t)
	b := &counting{name: "fake", model: "m1"}
	w := Wrap(b, c)
	if w.Name() != "fake" || w.Model() != "m1" {
		t.Fatalf("Name/Model = %s/%s", w.Name(), w.Model())
	}
	ctx := context.Background()
	first, err := w.Translate(ctx, []string{"a", "b", "", "a"}, "sw", "en")
	if err != nil {
		t.Fatal(err)
	}
	second, err := w.Translate(ctx, []string{"b", "c", "a", "  "}, "sw", "en")
	if err != nil {
		t.Fatal(err)
	}
	calls := b.sent()
	if len(calls) != 2 || !slices.Equal(calls[0], []string{"a", "b"}) || !slices.Equal(calls[1], []string{"c"}) {
		t.Fatalf("backend saw %q; want [a b] then [c]", calls)
	}
	direct, _ := b.Translate(ctx, []string{"a", "b", "", "a"}, "sw", "en")
	direct[2] = ""
	if !slices.Equal(first, direct) {
		t.Fatalf("first = %q; want %q", first, direct)
	}
	if second[0] != first[1] || second[2] != first[0] || second[3] != "  " || !strings.HasSuffix(second[1], ": C") {
		t.Fatalf("second = %q", second)
	}
	st, err := c.Stats(ctx)
	if err != nil || st.Translations != 3 || st.Hits != 2 || st.Misses != 4 {
		t.Fatalf("Stats = %+v, %v; want 3 stored, 2 hits, 4 misses", st, err)
	}
}

func TestKeyIncludesBackendModelAndPair(t *testing.T) {
	c := open(t)
	ctx := context.Background()
	b1 := &counting{name: "fake", model: "m1"}
	if _, err := Wrap(b1, c).Translate(ctx, []string{"x"}, "sw", "en"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		b        *counting
		from, to string
	}{
		{&counting{name: "fake", model: "m2"}, "sw", "en"},
		{&counting{name: "other", model: "m1"}, "sw", "en"},
		{&counting{name: "fake", model: "m1"}, "sq", "en"},
		{&counting{name: "fake", model: "m1"}, "sw", "fr"},
	} {
		got, err := Wrap(tc.b, c).Translate(ctx, []string{"x"}, tc.from, tc.to)
		if err != nil || len(tc.b.sent()) != 1 || !strings.HasPrefix(got[0], tc.b.name+"/"+tc.b.model+" "+tc.from+"→"+tc.to) {
			t.Errorf("%s/%s %s→%s: got %q (%d calls); want a fresh translation", tc.b.name, tc.b.model, tc.from, tc.to, got, len(tc.b.sent()))
		}
	}
}

func TestBackendErrorIsReturnedAndNothingStored(t *testing.T) {
	c := open(t)
	b := &counting{name: "fake", model: "m", fail: translate.ErrQuota}
	_, err := Wrap(b, c).Translate(context.Background(), []string{"a"}, "sw", "en")
	if !errors.Is(err, translate.ErrQuota) {
		t.Fatalf("err = %v; want ErrQuota", err)
	}
	if st, _ := c.Stats(context.Background()); st.Translations != 0 {
		t.Fatalf("%d translations stored after a failure", st.Translations)
	}
}

func TestStoredEvenWhenCallerCancelsAfterTranslation(t *testing.T) {
	c := open(t)
	ctx, cancel := context.WithCancel(context.Background())
	b := &cancelling{counting: counting{name: "fake", model: "m"}, cancel: cancel}
	if _, err := Wrap(b, c).Translate(ctx, []string{"paid for"}, "sw", "en"); err != nil {
		t.Fatal(err)
	}
	if st, _ := c.Stats(context.Background()); st.Translations != 1 {
		t.Fatalf("%d stored; want the paid translation kept", st.Translations)
	}
}

// cancelling cancels the caller's context as it returns, like a user who
// leaves the article just as the answer arrives.
type cancelling struct {
	counting
	cancel func()
}

func (b *cancelling) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	defer b.cancel()
	return b.counting.Translate(ctx, segs, from, to)
}

func TestNilCacheIsPassThrough(t *testing.T) {
	var c *Cache
	b := &counting{name: "fake", model: "m"}
	if w := Wrap(b, c); w != translate.Backend(b) {
		t.Fatalf("Wrap(b, nil) = %v; want b itself", w)
	}
	ctx := context.Background()
	if v, ok, err := c.Get(ctx, "k", "x"); v != nil || ok || err != nil {
		t.Fatal("nil Get found something")
	}
	if err := c.Put(ctx, "k", "x", []byte("v")); err != nil {
		t.Fatal(err)
	}
	if st, err := c.Stats(ctx); err != nil || st != (Stats{}) {
		t.Fatalf("nil Stats = %+v, %v", st, err)
	}
	if c.Clear(ctx) != nil || c.Close() != nil || c.Path() != "" {
		t.Fatal("nil Clear/Close/Path")
	}
}

func TestKV(t *testing.T) {
	c := open(t)
	ctx := context.Background()
	if _, ok, err := c.Get(ctx, "summary", "h1"); ok || err != nil {
		t.Fatalf("empty cache Get ok=%v err=%v", ok, err)
	}
	for _, v := range []string{"first", "second"} {
		if err := c.Put(ctx, "summary", "h1", []byte(v)); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Put(ctx, "overview", "h1", nil); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := c.Get(ctx, "summary", "h1"); !ok || err != nil || string(v) != "second" {
		t.Fatalf("Get = %q, %v, %v; want the replaced value", v, ok, err)
	}
	if v, ok, _ := c.Get(ctx, "overview", "h1"); !ok || len(v) != 0 {
		t.Fatalf("kinds not separate or nil value lost: %q, %v", v, ok)
	}
}

func TestClearAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	ctx := context.Background()
	c, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	w := Wrap(&counting{name: "fake", model: "m"}, c)
	if _, err := w.Translate(ctx, []string{"a", "b"}, "sw", "en"); err != nil {
		t.Fatal(err)
	}
	_ = c.Put(ctx, "summary", "k", []byte("v"))
	c.Close()

	c, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if st, _ := c.Stats(ctx); st.Translations != 2 || st.Entries != 1 || st.Bytes == 0 || st.Path != path {
		t.Fatalf("after reopen Stats = %+v", st)
	}
	if err := c.Clear(ctx); err != nil {
		t.Fatal(err)
	}
	if st, _ := c.Stats(ctx); st.Translations != 0 || st.Entries != 0 {
		t.Fatalf("after Clear Stats = %+v", st)
	}
}

func TestOtherSchemaVersionIsEmptied(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	ctx := context.Background()
	c, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	_ = c.Put(ctx, "summary", "k", []byte("v"))
	if _, err := c.db.ExecContext(ctx, "PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	c.Close()
	c, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, ok, _ := c.Get(ctx, "summary", "k"); ok {
		t.Fatal("entry from another schema version survived")
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, ""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
	bad := filepath.Join(t.TempDir(), "not-a-db")
	if err := os.WriteFile(bad, []byte(strings.Repeat("this is not sqlite\n", 100)), 0o600); err != nil {
		t.Fatal(err)
	}
	if c, err := Open(ctx, bad); err == nil {
		c.Close()
		t.Error("Open on a text file succeeded")
	}
}

func TestPathWithAwkwardCharacters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dir with space?#%", "cache.db")
	c, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("database not at %q: %v", path, err)
	}
}

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/xdg-test")
	if got := DefaultPath(); got != "/tmp/xdg-test/rosetta/cache.db" {
		t.Fatalf("DefaultPath = %q", got)
	}
}

func TestSummarizerSurvivesWrapping(t *testing.T) {
	c := open(t)
	w := Wrap(&summarizing{counting: counting{name: "s", model: "m"}}, c)
	s, ok := w.(translate.Summarizer)
	if !ok {
		t.Fatal("wrapped Summarizer lost its Summarize")
	}
	if got, err := s.Summarize(context.Background(), []string{"p"}, "sw", "en"); err != nil || got[0] != "summary of p" {
		t.Fatalf("Summarize = %q, %v", got, err)
	}
	if _, ok := Wrap(&counting{name: "x"}, c).(translate.Summarizer); ok {
		t.Fatal("plain backend became a Summarizer")
	}
}

type summarizing struct{ counting }

func (s *summarizing) Summarize(_ context.Context, paras []string, _, _ string) ([]string, error) {
	out := make([]string, len(paras))
	for i, p := range paras {
		out[i] = "summary of " + p
	}
	return out, nil
}

func TestConcurrentWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := range 4 {
		wg.Go(func() {
			// Separate handles: like two rosetta processes on one file.
			c, err := Open(ctx, path)
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			for i := range 25 {
				if err := c.Put(ctx, "k", fmt.Sprintf("%d-%d", g, i), []byte("v")); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	c, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if st, _ := c.Stats(ctx); st.Entries != 100 {
		t.Fatalf("%d entries; want 100", st.Entries)
	}
}

func TestBrokenCacheStillTranslates(t *testing.T) {
	c := open(t)
	c.db.Close() // every lookup and store now fails
	b := &counting{name: "fake", model: "m"}
	got, err := Wrap(b, c).Translate(context.Background(), []string{"a", "b"}, "sw", "en")
	if err != nil || len(got) != 2 || !strings.HasSuffix(got[1], ": B") {
		t.Fatalf("got %q, %v; want the backend's translations", got, err)
	}
	if n := c.errs.Load(); n != 2 {
		t.Fatalf("%d errors counted; want lookup + store", n)
	}
}
