package summary

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rosetta-reader/rosetta/translate"
)

// fakeBackend "translates" by tagging nothing: it returns each segment as
// it is (so tests can check which text went where), and misbehaves on
// demand.
type fakeBackend struct {
	name, model string
	failOn      string // any batch holding a segment with this text fails
	hangOn      string // any batch holding a segment with this text blocks until ctx ends
	err         error  // the error failOn returns (default: a transient one)
	shortOn     string // any batch holding a segment with this text comes back one segment short
	calls       atomic.Int64
	segs        atomic.Int64
}

func (f *fakeBackend) Name() string {
	if f.name == "" {
		return "fake"
	}
	return f.name
}

func (f *fakeBackend) Model() string {
	if f.model == "" {
		return "fake-1"
	}
	return f.model
}

func (f *fakeBackend) Pairs(context.Context) ([]translate.Pair, error) {
	return []translate.Pair{{From: "sw", To: "en"}, {From: "sq", To: "en"}}, nil
}

func (f *fakeBackend) Translate(ctx context.Context, segs []string, from, to string) ([]string, error) {
	f.calls.Add(1)
	f.segs.Add(int64(len(segs)))
	for _, s := range segs {
		if f.hangOn != "" && strings.Contains(s, f.hangOn) {
			<-ctx.Done()
			return nil, &translate.TransientError{Err: ctx.Err()}
		}
		if f.failOn != "" && strings.Contains(s, f.failOn) {
			if f.err != nil {
				return nil, f.err
			}
			return nil, &translate.TransientError{Err: errors.New("segment rejected")}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := make([]string, len(segs))
	copy(out, segs)
	for _, s := range segs {
		if f.shortOn != "" && strings.Contains(s, f.shortOn) {
			return out[:len(out)-1], nil
		}
	}
	return out, nil
}

// fakeLLM is an article-summarising backend: it answers Summarize with
// rows (or err) and translates like fakeBackend.
type fakeLLM struct {
	fakeBackend
	rows      func(paras []string) []string
	err       error
	summaries atomic.Int64
}

func (f *fakeLLM) Summarize(ctx context.Context, paras []string, from, to string) ([]string, error) {
	f.summaries.Add(1)
	if f.err != nil {
		return nil, f.err
	}
	return f.rows(paras), nil
}

// memStore is an in-memory Store that counts its traffic and can fail.
type memStore struct {
	mu         sync.Mutex
	m          map[string][]byte
	gets, puts int
	fail       error
}

func newMemStore() *memStore { return &memStore{m: map[string][]byte{}} }

func (s *memStore) Get(_ context.Context, kind, key string) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gets++
	if s.fail != nil {
		return nil, false, s.fail
	}
	v, ok := s.m[kind+"\x00"+key]
	return v, ok, nil
}

func (s *memStore) Put(_ context.Context, kind, key string, val []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.puts++
	if s.fail != nil {
		return s.fail
	}
	s.m[kind+"\x00"+key] = append([]byte(nil), val...)
	return nil
}

func (s *memStore) len(kind string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for k := range s.m {
		if strings.HasPrefix(k, kind+"\x00") {
			n++
		}
	}
	return n
}

func (s *memStore) String() string { return fmt.Sprintf("memStore(%d entries)", len(s.m)) }
