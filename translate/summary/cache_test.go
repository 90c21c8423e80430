package summary

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
)

func TestWarmSummaryNeedsNoBackend(t *testing.T) {
	a := article("sw", faultArticle(0, "")...)
	store := newMemStore()
	f := &fakeBackend{}
	cold, err := New(f, store).Summarize(context.Background(), a, "en")
	if err != nil {
		t.Fatal(err)
	}
	calls := f.calls.Load()
	if calls == 0 || store.len(kindRow) != len(a.Paragraphs) || store.len(kindOverview) != 1 {
		t.Fatalf("cold: %d calls, %d rows and %d overviews cached", calls, store.len(kindRow), store.len(kindOverview))
	}
	warm, err := New(f, store).Summarize(context.Background(), a, "en")
	if err != nil {
		t.Fatal(err)
	}
	if f.calls.Load() != calls {
		t.Errorf("warm summary called the backend")
	}
	if !reflect.DeepEqual(cold, warm) {
		t.Errorf("warm summary differs:\ncold %+v\nwarm %+v", cold, warm)
	}
	pts, err := New(f, store).Overview(context.Background(), a, "en")
	if err != nil || !reflect.DeepEqual(pts, cold.Overview) {
		t.Errorf("Overview = %+v, %v; want the cached %+v", pts, err, cold.Overview)
	}
}

func TestCacheKeysSeparateWhatDiffers(t *testing.T) {
	a := article("sw", faultArticle(0, "")...)
	store := newMemStore()
	f := &fakeBackend{}
	if _, err := New(f, store).Rows(context.Background(), a, []int{0}, "en"); err != nil {
		t.Fatal(err)
	}
	miss := map[string]func() error{
		"other model": func() error {
			_, err := New(&fakeBackend{model: "fake-2"}, store).Rows(context.Background(), a, []int{0}, "en")
			return err
		},
		"other backend": func() error {
			_, err := New(&fakeBackend{name: "other"}, store).Rows(context.Background(), a, []int{0}, "en")
			return err
		},
		"other target": func() error {
			_, err := New(f, store).Rows(context.Background(), a, []int{0}, "fr")
			return err
		},
		"edited paragraph": func() error {
			b := article("sw", append([]string{"Putin alizuru Hanoi tena."}, faultArticle(0, "")[1:]...)...)
			_, err := New(f, store).Rows(context.Background(), b, []int{0}, "en")
			return err
		},
	}
	for name, run := range miss {
		before := store.len(kindRow)
		if err := run(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if store.len(kindRow) != before+1 {
			t.Errorf("%s: served from another entry's cache", name)
		}
	}
}

func TestBrokenStoreNeverFailsSummary(t *testing.T) {
	a := article("sw", faultArticle(0, "")...)
	want, err := New(&fakeBackend{}, nil).Summarize(context.Background(), a, "en")
	if err != nil {
		t.Fatal(err)
	}
	store := newMemStore()
	store.fail = errors.New("disk full")
	var mu sync.Mutex
	var reported []error
	s := New(&fakeBackend{}, store, WithStoreErrors(func(err error) {
		mu.Lock()
		defer mu.Unlock()
		reported = append(reported, err)
	}))
	got, err := s.Summarize(context.Background(), a, "en")
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("with a broken store: %v\n got %+v\nwant %+v", err, got, want)
	}
	if len(reported) == 0 || !errors.Is(reported[0], store.fail) {
		t.Errorf("store errors reported: %v", reported)
	}
}

func TestCorruptCacheEntryIsAMiss(t *testing.T) {
	a := article("sw", faultArticle(0, "")...)
	store := newMemStore()
	s := New(&fakeBackend{}, store)
	want, err := s.Rows(context.Background(), a, []int{0}, "en")
	if err != nil {
		t.Fatal(err)
	}
	for k := range store.m {
		store.m[k] = []byte("{not json")
	}
	got, err := s.Rows(context.Background(), a, []int{0}, "en")
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("after corruption: %+v, %v; want %+v", got, err, want)
	}
}

func TestConcurrentRows(t *testing.T) {
	a := article("sw", faultArticle(0, "")...)
	s := New(&fakeBackend{}, newMemStore())
	want, err := New(&fakeBackend{}, nil).Rows(context.Background(), a, allParagraphs(a), "en")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := g % len(a.Paragraphs)
			rows, err := s.Rows(context.Background(), a, []int{p}, "en")
			if err == nil && (len(rows) != 1 || rows[0] != want[p]) {
				err = fmt.Errorf("row %d = %+v, want %+v", p, rows, want[p])
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
}
