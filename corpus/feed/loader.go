// Package feed reads news from the web and from files: RSS, Atom and JSON
// Feed documents, single web pages (through readability) and OPML
// subscription lists. Loader plugs it into corpus.Open; Refresh fetches
// subscriptions into the store.
package feed

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"

	"github.com/rosetta-reader/rosetta/corpus"
)

// Loader is a corpus.Loader for feeds, web pages and OPML lists, given as
// local files or http(s) URLs.
type Loader struct {
	fetcher *Fetcher
	conv    *converter.Converter
	// Concurrency bounds parallel fetches of an OPML file's feeds.
	concurrency int
}

var _ corpus.Loader = (*Loader)(nil)

// NewLoader returns a Loader fetching with f (nil: NewFetcher defaults).
func NewLoader(f *Fetcher) *Loader {
	if f == nil {
		f = NewFetcher(FetcherOptions{})
	}
	return &Loader{fetcher: f, conv: htmlConverter(), concurrency: 4}
}

// Match reports whether src is an http(s) URL or a file this loader reads:
// .xml .rss .atom .rdf .json (feeds), .html .htm (pages), .opml.
func (l *Loader) Match(src string) bool {
	if isURL(src) {
		return true
	}
	if hasScheme(src) {
		return false // exec:, ftp:, file: ... are not ours
	}
	switch strings.ToLower(filepath.Ext(src)) {
	case ".xml", ".rss", ".atom", ".rdf", ".json", ".html", ".htm", ".opml":
		return true
	}
	return false
}

// hasScheme reports a URL scheme of two letters or more ("C:" is a drive).
func hasScheme(src string) bool {
	i := strings.IndexByte(src, ':')
	if i < 2 {
		return false
	}
	for _, c := range src[:i] {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

func isURL(src string) bool {
	s := strings.ToLower(src)
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Load reads src: every item of a feed, the article of a page, or every
// feed of an OPML list (failed feeds come back as *corpus.SourceError in a
// joined error, beside what loaded).
func (l *Loader) Load(ctx context.Context, src string) ([]corpus.Raw, error) {
	if l.bigLocalFile(src) {
		var raws []corpus.Raw
		err := l.stream(src, func(f *Feed) error {
			raws = append(raws, f.Raws()...)
			return ctx.Err()
		})
		if !errors.Is(err, errNoItems) {
			if err != nil {
				return raws, &corpus.SourceError{Source: src, Err: err}
			}
			return raws, nil
		}
	}
	doc, err := l.read(ctx, src, Validators{})
	if err != nil {
		return nil, &corpus.SourceError{Source: src, Err: err}
	}
	if isOPML(src, doc.Body) {
		return l.loadOPML(ctx, src, doc.Body)
	}
	f, err := l.parse(doc, src)
	if err != nil {
		return nil, &corpus.SourceError{Source: src, Err: err}
	}
	return f.Raws(), nil
}

// streamThreshold is the size above which a local feed file is read batch
// by batch instead of whole.
const streamThreshold = 4 << 20

// bigLocalFile reports whether src is a local feed file worth streaming.
func (l *Loader) bigLocalFile(src string) bool {
	if isURL(src) || isHTML(src, &Response{}) || strings.EqualFold(filepath.Ext(src), ".json") {
		return false
	}
	fi, err := os.Stat(src)
	return err == nil && fi.Mode().IsRegular() && fi.Size() > streamThreshold
}

// stream reads the local feed file src batch by batch (see parseStream).
func (l *Loader) stream(src string, fn func(*Feed) error) error {
	f, err := os.Open(src)
	if err != nil {
		return err
	}
	defer f.Close()
	return parseStream(l.conv, f, src, fn)
}

// read gets the bytes of a URL or a local file (within the size limit).
func (l *Loader) read(ctx context.Context, src string, v Validators) (*Response, error) {
	if isURL(src) {
		return l.fetcher.Fetch(ctx, src, v)
	}
	f, err := os.Open(src)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, l.fetcher.maxBytes+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > l.fetcher.maxBytes {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, l.fetcher.maxBytes)
	}
	return &Response{Body: data, URL: src}, nil
}

// parse turns a fetched document into a Feed: a feed's items, or the one
// article of a web page (as a one-item feed named after the site).
func (l *Loader) parse(doc *Response, src string) (*Feed, error) {
	if isHTML(src, doc) {
		return l.page(doc, src)
	}
	f, err := parseWith(l.conv, doc.Body, src, doc.ContentType)
	if errors.Is(err, ErrNotFeed) && sniffHTML(doc.Body) {
		// A URL that was expected to be a feed turned out to be a page.
		if pf, perr := l.page(doc, src); perr == nil {
			return pf, nil
		}
	}
	return f, err
}

func (l *Loader) page(doc *Response, src string) (*Feed, error) {
	r, err := parsePageWith(l.conv, doc.Body, pageName(src, doc), doc.ContentType)
	if err != nil {
		return nil, err
	}
	r.Origin = src
	return &Feed{Title: r.Source, Link: r.URL, Lang: r.Lang, Items: []Item{{Raw: r}}}, nil
}

func pageName(src string, doc *Response) string {
	if doc.URL != "" {
		return doc.URL
	}
	return src
}

// isHTML decides from the file extension or the Content-Type whether src is
// a web page rather than a feed.
func isHTML(src string, doc *Response) bool {
	if !isURL(src) {
		ext := strings.ToLower(filepath.Ext(src))
		return ext == ".html" || ext == ".htm"
	}
	// Servers often label feeds text/html: what the body says wins.
	mt, _, _ := mime.ParseMediaType(doc.ContentType)
	return (mt == "text/html" || mt == "application/xhtml+xml") && !sniffFeed(doc.Body)
}

func sniffHTML(data []byte) bool {
	head := bytes.ToLower(data[:min(len(data), 1024)])
	return bytes.Contains(head, []byte("<html")) || bytes.Contains(head, []byte("<!doctype html"))
}

func sniffFeed(data []byte) bool {
	head := data[:min(len(data), 4096)]
	for _, root := range []string{"<rss", "<feed", "<rdf:RDF"} {
		if bytes.Contains(head, []byte(root)) {
			return true
		}
	}
	return false
}

func isOPML(src string, data []byte) bool {
	if strings.EqualFold(filepath.Ext(src), ".opml") {
		return true
	}
	return bytes.Contains(data[:min(len(data), 1024)], []byte("<opml"))
}

// loadOPML loads every subscription of an OPML list, concurrently.
func (l *Loader) loadOPML(ctx context.Context, src string, data []byte) ([]corpus.Raw, error) {
	subs, err := ParseOPML(bytes.NewReader(data))
	if err != nil {
		return nil, &corpus.SourceError{Source: src, Err: err}
	}
	if !isURL(src) {
		// Relative paths in a local list are relative to the list itself.
		for i := range subs {
			if u := subs[i].URL; !isURL(u) && !filepath.IsAbs(u) {
				subs[i].URL = filepath.Join(filepath.Dir(src), u)
			}
		}
	}
	results := make([][]corpus.Raw, len(subs))
	errs := make([]error, len(subs))
	forEach(ctx, len(subs), l.concurrency, func(ctx context.Context, i int) {
		results[i], errs[i] = l.Load(ctx, subs[i].URL)
		for j := range results[i] {
			if results[i][j].Lang == "" {
				results[i][j].Lang = subs[i].Lang
			}
		}
	})
	var out []corpus.Raw
	for _, r := range results {
		out = append(out, r...)
	}
	return out, errors.Join(errs...)
}
