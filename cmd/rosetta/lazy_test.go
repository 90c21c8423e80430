package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"reflect"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/store"
)

// storedEnv is an env whose store holds n articles, newest "art-<n-1>".
func storedEnv(t *testing.T, n int) (*env, *store.Store, []corpus.Raw) {
	t.Helper()
	isolateXDG(t)
	var out bytes.Buffer
	e := &env{ctx: context.Background(), stdout: &out, stderr: &out, g: &globals{}}
	if err := e.loadConfig(); err != nil {
		t.Fatal(err)
	}
	st, err := e.openStore()
	if err != nil {
		t.Fatal(err)
	}
	raws := make([]corpus.Raw, n)
	for i := range raws {
		raws[i] = corpus.Raw{ID: fmt.Sprintf("art-%04d", i), Title: fmt.Sprintf("Habari %d", i), Lang: "sw",
			Body:      fmt.Sprintf("Rais wa Urusi amewasili Hanoi, siku ya %d.\n\nMkataba umesainiwa.", i),
			Published: time.Date(2024, 6, 1, 0, i, 0, 0, time.UTC)}
	}
	if _, _, err := st.PutArticles(e.ctx, "feed", raws); err != nil {
		t.Fatal(err)
	}
	return e, st, raws
}

// TestTUICorpusIsLazy checks what the TUI starts from with a store: the
// first screenful of header articles, nothing built; the rest on demand.
func TestTUICorpusIsLazy(t *testing.T) {
	const n = firstScreen + 50
	e, st, raws := storedEnv(t, n)
	s, rest, err := e.tuiServices(st)
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	opts := e.tuiOptions(s, st, rest)
	c := opts.Corpus
	if !c.Lazy() || c.Len() != firstScreen || c.Articles[0].ID != fmt.Sprintf("art-%04d", n-1) {
		t.Fatalf("first corpus: lazy %v, %d articles", c.Lazy(), c.Len())
	}
	for _, a := range c.Articles {
		if !a.HeaderOnly || a.Body != "" {
			t.Fatalf("%s was built before the first frame", a.ID)
		}
	}
	if opts.CorpusLoader == nil || opts.StorySource == nil {
		t.Fatal("no loader for the rest, or no stories for a small store")
	}
	all, err := opts.CorpusLoader.LoadCorpus(e.ctx)
	if err != nil || all.Len() != n || !all.Lazy() {
		t.Fatalf("rest: %v, %v", all, err)
	}
	got, err := all.Full(e.ctx, "art-0003")
	if err != nil {
		t.Fatal(err)
	}
	r := raws[3]
	r.Origin = "feed"
	if want := corpus.Build(r); !reflect.DeepEqual(got, want) {
		t.Errorf("opened article differs from corpus.Build:\n got %+v\nwant %+v", got, want)
	}
}

// TestNewestBuilt is the bounded set entity linking and search scan.
func TestNewestBuilt(t *testing.T) {
	e, st, _ := storedEnv(t, 30)
	defer st.Close()
	c, err := newestBuilt(e.ctx, st, 10)
	if err != nil {
		t.Fatal(err)
	}
	if c.Len() != 10 || c.Articles[0].ID != "art-0029" || c.Articles[9].ID != "art-0020" {
		t.Fatalf("%d articles", c.Len())
	}
	for _, a := range c.Articles {
		if a.HeaderOnly || len(a.Paragraphs) != 2 {
			t.Fatalf("%s not built: %d paragraphs", a.ID, len(a.Paragraphs))
		}
	}
	cancelled, cancel := context.WithCancel(e.ctx)
	cancel()
	if _, err := newestBuilt(cancelled, st, 10); err == nil {
		t.Error("a cancelled build succeeded")
	}
}

// TestOneArticleLinksNothing: with a single article nothing can be shared,
// so the reader neither links its names nor groups it into a story (both
// scan the whole text: hundreds of MB for a 50 MB article). With two
// articles naming the same people, both happen.
func TestOneArticleLinksNothing(t *testing.T) {
	body := "Vladimir Putin met To Lam in Hanoi.\n\nPutin and To Lam signed deals in Hanoi."
	for _, n := range []int{1, 2} {
		raws := make([]corpus.Raw, n)
		for i := range raws {
			raws[i] = corpus.Raw{ID: fmt.Sprintf("a%d", i), Title: "Putin in Hanoi", Lang: "en", Body: body}
		}
		isolateXDG(t)
		e := &env{ctx: context.Background(), stdout: io.Discard, stderr: io.Discard, g: &globals{noCache: true}}
		if err := e.loadConfig(); err != nil {
			t.Fatal(err)
		}
		b, err := e.newBackend()
		if err != nil {
			t.Fatal(err)
		}
		s := &services{e: e, c: corpus.New(corpus.BuildAll(raws)), backend: b}
		scan := func() (*services, error) { return s, nil }
		shared := (&lazyEntities{scan: scan}).Shared()
		stories := storySource{scan}.Stories(context.Background())
		linked := s.ents != nil
		if n == 1 && (linked || len(shared) > 0 || len(stories) > 0) {
			t.Errorf("one article: linked %v, %d shared, %d stories; want none", linked, len(shared), len(stories))
		}
		if n == 2 && (!linked || len(shared) == 0 || len(stories) != 1) {
			t.Errorf("two articles: linked %v, %d shared, %d stories; want linked, some shared, one story", linked, len(shared), len(stories))
		}
	}
}
