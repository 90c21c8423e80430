package summary

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"strings"
)

// Store is the key-value cache the summarizer keeps rows, translations and
// overviews in (translate/cache provides one over SQLite). It must be safe
// for concurrent use. Values are opaque bytes.
type Store interface {
	Get(ctx context.Context, kind, key string) ([]byte, bool, error)
	Put(ctx context.Context, kind, key string, val []byte) error
}

// Cache kinds, and the method version baked into every key: bump it when
// extraction or compression changes so stale rows are never served.
const (
	kindRow         = "summary.row"
	kindTranslation = "summary.translation"
	kindOverview    = "summary.overview"
	methodVersion   = "9"
	// translationVersion keys cached translations instead: they hold the
	// backend's output for exactly the segments in the key, which no rule of
	// this package changes, so a new summary method (a bump above) must not
	// discard them: with a paid backend each one was a billed call. Bump it
	// only when what is stored changes.
	translationVersion = "t1"
)

// digest hashes parts into a short hex key component. Parts are joined with
// a separator that cannot occur in cleaned text, so ("ab","c") ≠ ("a","bc").
// The joined text is streamed into the hash, never built: a part may be a
// whole 50 MB article body.
func digest(parts ...string) string {
	h := sha256.New()
	n := 0
	for _, p := range parts {
		n += len(p) + 1
	}
	// The hash takes bytes; a bounded buffer carries the strings to it.
	w := chunkWriter{h: h, buf: make([]byte, 0, min(n, 32<<10))}
	for i, p := range parts {
		if i > 0 {
			w.write("\x00")
		}
		w.write(p)
	}
	w.flush()
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:12])
}

// chunkWriter copies strings into h through buf, one buffer at a time.
type chunkWriter struct {
	h   hash.Hash
	buf []byte
}

func (w *chunkWriter) write(s string) {
	for len(s) > 0 {
		k := copy(w.buf[len(w.buf):cap(w.buf)], s)
		w.buf, s = w.buf[:len(w.buf)+k], s[k:]
		if len(w.buf) == cap(w.buf) {
			w.flush()
		}
	}
}

func (w *chunkWriter) flush() {
	w.h.Write(w.buf) // a hash.Hash never returns an error
	w.buf = w.buf[:0]
}

// key builds a cache key from its components.
func key(parts ...string) string { return strings.Join(parts, "|") }

// cachedRow is a row as stored.
type cachedRow struct {
	Text        string `json:"text"`
	Translation string `json:"translation"`
}

// load reads and decodes one value; any failure is a miss, and store
// errors (not decode errors of stale formats) go to the error hook.
func (s *Summarizer) load(ctx context.Context, kind, k string, v any) bool {
	if s.store == nil {
		return false
	}
	b, ok, err := s.store.Get(ctx, kind, k)
	if err != nil {
		s.storeErr(fmt.Errorf("summary cache get %s: %w", kind, err))
		return false
	}
	return ok && json.Unmarshal(b, v) == nil
}

// save encodes and writes one value; failures go to the error hook, since
// a cache that cannot write must not cost the reader their summary.
func (s *Summarizer) save(ctx context.Context, kind, k string, v any) {
	if s.store == nil {
		return
	}
	b, err := json.Marshal(v)
	if err == nil {
		err = s.store.Put(ctx, kind, k, b)
	}
	if err != nil {
		s.storeErr(fmt.Errorf("summary cache put %s: %w", kind, err))
	}
}

func (s *Summarizer) storeErr(err error) {
	if s.onStoreError != nil {
		s.onStoreError(err)
	}
}
