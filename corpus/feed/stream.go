package feed

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
)

// A feed of hundreds of megabytes cannot be held whole within Rosetta's
// memory budget, and gofeed only returns whole feeds. So a big RSS or Atom
// file is cut into its items with a small byte scanner, and each batch of
// items is parsed by gofeed inside a copy of the feed's own header and
// closing tags: every batch is a complete, small feed.

// streamBatch is the number of items parsed (and stored) at a time.
const streamBatch = 1000

// errNoItems means the scanner found no <item>/<entry> to split on; the
// caller falls back to reading the document whole.
var errNoItems = errors.New("no items found to split on")

// splitter reads a feed and returns its header and then its items' bytes.
type splitter struct {
	r      *bufio.Reader
	header []byte
	footer []byte
	item   []byte // the open/close tag name of items: "item" or "entry"
}

// newSplitter reads up to the first item and works out the closing tags.
func newSplitter(r io.Reader) (*splitter, error) {
	s := &splitter{r: bufio.NewReaderSize(r, 256<<10)}
	var head bytes.Buffer
	for head.Len() < 1<<20 {
		b, err := s.r.ReadByte()
		if err != nil {
			return nil, errNoItems
		}
		head.WriteByte(b)
		if b != '>' && b != ' ' && b != '\n' && b != '\t' && b != '\r' && b != '/' {
			continue
		}
		h := head.Bytes()
		for _, name := range []string{"item", "entry"} {
			open := "<" + name
			if bytes.HasSuffix(h[:len(h)-1], []byte(open)) {
				s.item = []byte(name)
				s.header = append([]byte(nil), h[:len(h)-1-len(open)]...)
				footer, err := closingTags(s.header)
				if err != nil {
					return nil, err
				}
				s.footer = footer
				// Give the item's start back to the reader side.
				s.r = bufio.NewReaderSize(io.MultiReader(bytes.NewReader(append([]byte(open), b)), s.r), 256<<10)
				return s, nil
			}
		}
	}
	return nil, errNoItems
}

// closingTags returns the end tags for the elements still open at the end
// of header ("</channel></rss>").
func closingTags(header []byte) ([]byte, error) {
	// Only the element structure matters here, not the text: damaged or
	// legacy bytes are replaced so the decoder does not stop at them.
	d := xml.NewDecoder(bytes.NewReader(bytes.ToValidUTF8(header, []byte("?"))))
	d.Strict = false
	d.CharsetReader = charsetReader
	var stack []string
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, errNoItems
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if t.Name.Space != "" {
				name = t.Name.Space + ":" + name
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if len(stack) == 0 {
		return nil, errNoItems
	}
	var b bytes.Buffer
	for i := len(stack) - 1; i >= 0; i-- {
		fmt.Fprintf(&b, "</%s>", stack[i])
	}
	return b.Bytes(), nil
}

// next returns the bytes of the next item, from "<item" to "</item>", or
// io.EOF after the last. CDATA sections and comments are skipped whole, so
// markup quoted inside them does not cut an item short.
func (s *splitter) next() ([]byte, error) {
	open := append([]byte("<"), s.item...)
	end := append(append([]byte("</"), s.item...), '>')
	if err := s.seek(open); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteByte('<')
	depth := -1 // the item's own start tag brings it to 0
	for first := true; ; first = false {
		if !first { // text up to the next tag
			if err := readThrough(s.r, '<', &buf); err != nil {
				return nil, err
			}
			if quoted, err := s.skipQuoted(&buf); quoted || err != nil {
				if err != nil {
					return nil, err
				}
				continue
			}
		}
		tagStart := buf.Len() - 1
		if err := readThrough(s.r, '>', &buf); err != nil {
			return nil, err
		}
		tag := buf.Bytes()[tagStart:]
		switch {
		case bytes.Equal(tag, end):
			if depth <= 0 {
				return buf.Bytes(), nil
			}
			depth--
		case isOpenTag(tag, open):
			if bytes.HasSuffix(tag, []byte("/>")) {
				if depth < 0 {
					return buf.Bytes(), nil // <item/>: an empty item
				}
				continue
			}
			depth++ // an item nested in an item: never valid, but seen
		}
	}
}

// readThrough copies from r into buf up to and including delim.
func readThrough(r *bufio.Reader, delim byte, buf *bytes.Buffer) error {
	for {
		chunk, err := r.ReadSlice(delim)
		buf.Write(chunk)
		switch {
		case err == nil:
			return nil
		case !errors.Is(err, bufio.ErrBufferFull):
			return fmt.Errorf("feed ends inside an item: %w", io.ErrUnexpectedEOF)
		}
	}
}

// seek reads up to and through the '<' that starts the next item, skipping
// comments and CDATA between items.
func (s *splitter) seek(open []byte) error {
	var skipped bytes.Buffer
	for {
		if _, err := s.r.ReadSlice('<'); err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			return io.EOF
		}
		skipped.Reset()
		if quoted, err := s.skipQuoted(&skipped); quoted || err != nil {
			if err != nil {
				return io.EOF
			}
			continue
		}
		peek, _ := s.r.Peek(len(open))
		if len(peek) == len(open) && bytes.HasPrefix(peek, open[1:]) && isNameEnd(peek[len(open)-1]) {
			return nil
		}
	}
}

// skipQuoted copies a CDATA section or comment that starts at the '<' just
// written, through its end, and reports whether there was one.
func (s *splitter) skipQuoted(buf *bytes.Buffer) (bool, error) {
	for _, q := range [][2]string{{"![CDATA[", "]]>"}, {"!--", "-->"}} {
		peek, _ := s.r.Peek(len(q[0]))
		if string(peek) != q[0] {
			continue
		}
		start := buf.Len()
		for {
			chunk, err := s.r.ReadSlice('>')
			buf.Write(chunk)
			if err != nil && !errors.Is(err, bufio.ErrBufferFull) {
				return true, fmt.Errorf("feed ends inside %s: %w", q[0], io.ErrUnexpectedEOF)
			}
			if got := buf.Bytes()[start:]; len(got) >= len(q[0])+len(q[1]) && bytes.HasSuffix(got, []byte(q[1])) {
				return true, nil
			}
		}
	}
	return false, nil
}

// isOpenTag reports whether tag ("<item ...>") is a start tag named like
// open ("<item").
func isOpenTag(tag, open []byte) bool {
	return len(tag) > len(open) && bytes.HasPrefix(tag, open) && isNameEnd(tag[len(open)])
}

func isNameEnd(b byte) bool {
	return b == '>' || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/'
}

// parseStream reads a feed batch by batch, calling fn with each batch as a
// Feed, in document order (the first call comes even for a feed with no
// items, so fn learns the title). Batches are parsed on every CPU while fn
// stores earlier ones. It returns errNoItems when the document cannot be
// split; everything it starts has stopped reading r when it returns.
func parseStream(conv *converter.Converter, r io.Reader, src string, fn func(*Feed) error) error {
	sp, err := newSplitter(r)
	if err != nil {
		return err
	}
	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan batchJob, workers)
	pending := make(chan chan batchResult, workers+1) // results in document order
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() { sp.batches(jobs, pending, done) })
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				f, err := parseWith(conv, j.doc, src, "")
				j.out <- batchResult{f, err}
			}
		})
	}
	defer wg.Wait()
	defer close(done)
	for out := range pending {
		res := <-out
		if res.err != nil {
			return res.err
		}
		if err := fn(res.feed); err != nil {
			return err
		}
	}
	return nil
}

type batchJob struct {
	doc []byte
	out chan batchResult
}

type batchResult struct {
	feed *Feed
	err  error
}

// batches cuts the items into documents of streamBatch items, each one
// queued for parsing and, in order, for the consumer; a splitting error is
// queued as a result. It stops early when done is closed.
func (sp *splitter) batches(jobs chan<- batchJob, pending chan<- chan batchResult, done <-chan struct{}) {
	defer close(pending)
	defer close(jobs)
	send := func(doc []byte, err error) bool {
		out := make(chan batchResult, 1)
		if err != nil {
			out <- batchResult{err: err}
		}
		select {
		case pending <- out:
		case <-done:
			return false
		}
		if err != nil {
			return false
		}
		select {
		case jobs <- batchJob{doc, out}:
			return true
		case <-done:
			return false
		}
	}
	var doc bytes.Buffer
	items, sent := 0, 0
	for {
		item, err := sp.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			send(nil, err)
			return
		}
		if items == 0 {
			doc.Write(sp.header)
		}
		doc.Write(item)
		if items++; items == streamBatch {
			doc.Write(sp.footer)
			if !send(bytes.Clone(doc.Bytes()), nil) {
				return
			}
			doc.Reset()
			items = 0
			sent++
		}
	}
	if items > 0 || sent == 0 {
		if items == 0 {
			doc.Write(sp.header)
		}
		doc.Write(sp.footer)
		send(doc.Bytes(), nil)
	}
}
