package feed

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// charsetReader decodes a declared XML encoding. Unknown labels are an error
// the parser reports, naming the label.
func charsetReader(label string, r io.Reader) (io.Reader, error) {
	rr, err := charset.NewReaderLabel(label, r)
	if err != nil {
		return nil, fmt.Errorf("unsupported encoding %q: %w", label, err)
	}
	return rr, nil
}

var xmlDeclEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)

// declaredXMLEncoding returns the encoding named in the XML declaration.
func declaredXMLEncoding(data []byte) string {
	head := data[:min(len(data), 256)]
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if m := xmlDeclEncoding.FindSubmatch(head); m != nil {
		return strings.ToLower(string(m[1]))
	}
	return ""
}

// feedToUTF8 returns the feed as UTF-8 with no encoding declaration left to
// act on, so that the parser reads it exactly once:
//   - an encoding in the XML declaration wins (the document knows itself
//     better than a server's default header);
//   - else the charset of the HTTP Content-Type;
//   - else UTF-8 — and when the bytes are not valid UTF-8 after all, a feed
//     with no valid multi-byte sequence is read as windows-1252 (the usual
//     undeclared legacy encoding), anything else keeps its UTF-8 and gets
//     U+FFFD for the damaged bytes.
func feedToUTF8(data []byte, contentType string) ([]byte, error) {
	label := declaredXMLEncoding(data)
	if label == "" {
		label = contentTypeCharset(contentType)
	}
	if label != "" && !isUTF8Label(label) {
		enc, name := charset.Lookup(label)
		if enc == nil {
			return nil, fmt.Errorf("unsupported encoding %q", label)
		}
		out, _, err := transform.Bytes(enc.NewDecoder(), data)
		if err != nil {
			return nil, fmt.Errorf("decoding %s: %w", name, err)
		}
		return dropXMLEncoding(out), nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return dropXMLEncoding(data), nil
	}
	if !hasMultiByteUTF8(data) {
		out, _, err := transform.Bytes(charmap.Windows1252.NewDecoder(), data)
		if err == nil {
			return dropXMLEncoding(out), nil
		}
	}
	return dropXMLEncoding(bytes.ToValidUTF8(data, []byte("\uFFFD"))), nil
}

func isUTF8Label(label string) bool {
	switch strings.ToLower(label) {
	case "utf-8", "utf8", "unicode-1-1-utf-8", "us-ascii", "ascii":
		return true
	}
	return false
}

func contentTypeCharset(ct string) string {
	if ct == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return ""
	}
	return strings.ToLower(params["charset"])
}

// hasMultiByteUTF8 reports whether data holds at least one well-formed
// multi-byte UTF-8 sequence: evidence that the text is UTF-8 with damage
// rather than a single-byte encoding.
func hasMultiByteUTF8(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError && n > 1 {
			return true
		}
		i += max(n, 1)
	}
	return false
}

// dropXMLEncoding rewrites the encoding pseudo-attribute of the XML
// declaration to UTF-8, since the bytes now are UTF-8.
func dropXMLEncoding(data []byte) []byte {
	head := data[:min(len(data), 256)]
	loc := xmlDeclEncoding.FindSubmatchIndex(head)
	if loc == nil {
		return data
	}
	out := make([]byte, 0, len(data))
	out = append(out, data[:loc[2]]...)
	out = append(out, "utf-8"...)
	return append(out, data[loc[3]:]...)
}
