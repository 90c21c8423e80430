package feed

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"

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
	depth := -1   // the item's own start tag brings it to 0
	tagStart := 0 // where the tag being read starts, -1 between tags
	for {
		b, err := s.r.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("feed ends inside an item: %w", io.ErrUnexpectedEOF)
		}
		buf.WriteByte(b)
		switch {
		case b == '<':
			tagStart = buf.Len() - 1
			quoted, err := s.skipQuoted(&buf)
			if err != nil {
				return nil, err
			}
			if quoted {
				tagStart = -1
			}
		case b == '>' && tagStart >= 0:
			h := buf.Bytes()
			tag := h[tagStart:]
			tagStart = -1
			switch {
			case bytes.Equal(tag, end):
				if depth <= 0 {
					return h, nil
				}
				depth--
			case isOpenTag(tag, open):
				if bytes.HasSuffix(tag, []byte("/>")) {
					if depth < 0 {
						return h, nil // <item/>: an empty item
					}
					continue
				}
				depth++ // an item nested in an item: never valid, but seen
			}
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
// Feed (the first call comes even for a feed with no items, so fn learns
// the title). It returns errNoItems when the document cannot be split.
func parseStream(conv *converter.Converter, r io.Reader, src string, fn func(*Feed) error) error {
	sp, err := newSplitter(r)
	if err != nil {
		return err
	}
	var doc bytes.Buffer
	batch, calls := 0, 0
	flush := func() error {
		doc.Write(sp.footer)
		f, err := parseWith(conv, doc.Bytes(), src, "")
		if err != nil {
			return err
		}
		calls++
		doc.Reset()
		batch = 0
		return fn(f)
	}
	doc.Write(sp.header)
	for {
		item, err := sp.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		doc.Write(item)
		if batch++; batch == streamBatch {
			if err := flush(); err != nil {
				return err
			}
			doc.Write(sp.header)
		}
	}
	if batch > 0 || calls == 0 {
		return flush()
	}
	return nil
}
