package feed

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func newTestFetcher(o FetcherOptions) *Fetcher {
	o.Version = "test"
	return NewFetcher(o)
}

func TestFetchHeadersAndGzip(t *testing.T) {
	feed := genRSS("gz", "sw", 3)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("User-Agent"); got != "rosetta/test" {
			t.Errorf("User-Agent %q", got)
		}
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Errorf("no gzip in Accept-Encoding %q", r.Header.Get("Accept-Encoding"))
		}
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "application/rss+xml")
		zw := gzip.NewWriter(w)
		zw.Write(feed)
		zw.Close()
	}))
	defer srv.Close()
	resp, err := newTestFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(resp.Body, feed) {
		t.Errorf("body not decompressed: %d bytes", len(resp.Body))
	}
}

func TestFetchConditional(t *testing.T) {
	var sawETag, sawLM string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sawETag, sawLM = r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if sawETag == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Thu, 20 Jun 2024 08:00:00 GMT")
		w.Write(genRSS("c", "sw", 1))
	}))
	defer srv.Close()
	f := newTestFetcher(FetcherOptions{})
	r1, err := f.Fetch(context.Background(), srv.URL, Validators{})
	if err != nil || r1.NotModified || r1.ETag != `"v1"` || r1.LastModified == "" {
		t.Fatalf("first fetch %+v, %v", r1, err)
	}
	r2, err := f.Fetch(context.Background(), srv.URL, r1.Validators)
	if err != nil || !r2.NotModified || len(r2.Body) != 0 {
		t.Fatalf("second fetch %+v, %v", r2, err)
	}
	if sawETag != `"v1"` || sawLM != "Thu, 20 Jun 2024 08:00:00 GMT" {
		t.Errorf("validators sent: %q %q", sawETag, sawLM)
	}
}

func TestFetchStatusErrors(t *testing.T) {
	for _, code := range []int{404, 500, 403} {
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Error(w, "nope", code)
		}))
		_, err := newTestFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{})
		srv.Close()
		var he *HTTPError
		if !errors.As(err, &he) || he.StatusCode != code {
			t.Errorf("status %d: err %v", code, err)
			continue
		}
		if want := fmt.Sprintf("HTTP %d %s", code, http.StatusText(code)); err.Error() != want {
			t.Errorf("message %q, want %q", err, want)
		}
	}
}

func TestFetchTimeout(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	}))
	defer srv.Close()
	start := time.Now()
	_, err := newTestFetcher(FetcherOptions{Timeout: 150 * time.Millisecond}).Fetch(context.Background(), srv.URL, Validators{})
	if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("timeout took %v", d)
	}
	if strings.Contains(err.Error(), srv.URL) {
		t.Errorf("error repeats the URL: %v", err)
	}
}

func TestFetchRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/b", http.StatusFound) })
	mux.HandleFunc("/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a", http.StatusFound) })
	mux.HandleFunc("/hop/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(r.URL.Path, "/hop/%d", &n)
		if n == 0 {
			w.Write(genRSS("hop", "sw", 1))
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/hop/%d", n-1), http.StatusMovedPermanently)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	f := newTestFetcher(FetcherOptions{})
	ctx := context.Background()
	if _, err := f.Fetch(ctx, srv.URL+"/a", Validators{}); !errors.Is(err, ErrRedirectLoop) {
		t.Errorf("loop: %v", err)
	}
	r, err := f.Fetch(ctx, srv.URL+"/hop/5", Validators{})
	if err != nil || r.URL != srv.URL+"/hop/0" {
		t.Errorf("5 redirects: %v (url %v)", err, r)
	}
	if _, err := f.Fetch(ctx, srv.URL+"/hop/6", Validators{}); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("6 redirects: %v", err)
	}
}

func TestFetchHugeBodyDeclared(t *testing.T) {
	var written atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", fmt.Sprint(100<<20))
		chunk := bytes.Repeat([]byte("x"), 64<<10)
		for written.Load() < 100<<20 {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	start := time.Now()
	_, err := newTestFetcher(FetcherOptions{}).Fetch(context.Background(), srv.URL, Validators{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("rejection took %v", d)
	}
}

func TestFetchHugeBodyChunked(t *testing.T) {
	var written atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("<p>x</p>"), 8<<10)
		for written.Load() < 100<<20 {
			n, err := w.Write(chunk)
			written.Add(int64(n))
			if err != nil {
				return
			}
		}
	}))
	defer srv.Close()
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err := newTestFetcher(FetcherOptions{MaxBytes: 4 << 20}).Fetch(context.Background(), srv.URL, Validators{})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v", err)
	}
	d := time.Since(start)
	runtime.ReadMemStats(&after)
	if d > 3*time.Second {
		t.Errorf("rejection took %v", d)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Errorf("allocated %d MiB to reject a 100 MB body with a 4 MiB limit", grew>>20)
	}
	// The server is cut off soon after the limit, not fed to the end.
	time.Sleep(50 * time.Millisecond)
	if w := written.Load(); w > 40<<20 {
		t.Errorf("server wrote %d MiB before the client gave up", w>>20)
	}
}

func TestFetchBadURL(t *testing.T) {
	if _, err := newTestFetcher(FetcherOptions{}).Fetch(context.Background(), "http://[::1", Validators{}); err == nil {
		t.Error("no error for a malformed URL")
	}
}
