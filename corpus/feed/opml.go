package feed

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrNotOPML is returned for a document whose root is not <opml>.
var ErrNotOPML = errors.New("not an OPML document")

// Subscription is one feed of an OPML list.
type Subscription struct {
	Title   string
	URL     string // the feed (xmlUrl)
	HTMLURL string // the site (htmlUrl), may be empty
	Lang    string // ISO 639-1 from the outline's language, may be empty
	// Category is the path of enclosing folders, "/"-separated
	// ("News/Swahili"), "" at the top level.
	Category string
}

type opmlDoc struct {
	XMLName xml.Name `xml:"opml"`
	Version string   `xml:"version,attr"`
	Head    opmlHead `xml:"head"`
	Body    opmlBody `xml:"body"`
}

type opmlHead struct {
	Title string `xml:"title,omitempty"`
}

type opmlBody struct {
	Outlines []outline `xml:"outline"`
}

type outline struct {
	Text     string    `xml:"text,attr"`
	Title    string    `xml:"title,attr,omitempty"`
	Type     string    `xml:"type,attr,omitempty"`
	XMLURL   string    `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string    `xml:"htmlUrl,attr,omitempty"`
	Language string    `xml:"language,attr,omitempty"`
	Outlines []outline `xml:"outline"`
}

// maxOutlineDepth bounds nesting so a hostile file cannot exhaust the stack.
const maxOutlineDepth = 64

// ParseOPML reads the feeds of an OPML 1.0/2.0 subscription list: every
// outline with an xmlUrl, at any depth, in document order. Folder outlines
// become the Category of the feeds inside them.
func ParseOPML(r io.Reader) ([]Subscription, error) {
	d := xml.NewDecoder(r)
	d.CharsetReader = charsetReader
	d.Strict = false // real exports carry bare ampersands and HTML entities
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var doc opmlDoc
	if err := d.Decode(&doc); err != nil {
		if strings.Contains(err.Error(), "expected element type <opml>") {
			return nil, ErrNotOPML
		}
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%w: empty document", ErrNotOPML)
		}
		return nil, fmt.Errorf("reading OPML: %s", oneLine(err.Error()))
	}
	var subs []Subscription
	walkOutlines(doc.Body.Outlines, nil, 0, &subs)
	return subs, nil
}

func walkOutlines(outs []outline, folders []string, depth int, subs *[]Subscription) {
	if depth > maxOutlineDepth {
		return
	}
	for _, o := range outs {
		// Attribute values are plain text: "<News>" is a title, not a tag.
		title := oneLine(o.Title)
		if title == "" {
			title = oneLine(o.Text)
		}
		if u := oneLine(o.XMLURL); u != "" {
			*subs = append(*subs, Subscription{
				Title: title, URL: u, HTMLURL: oneLine(o.HTMLURL),
				Lang: NormalizeLang(o.Language), Category: strings.Join(folders, "/"),
			})
		}
		if len(o.Outlines) > 0 {
			sub := folders
			if o.XMLURL == "" && title != "" {
				sub = append(folders[:len(folders):len(folders)], strings.ReplaceAll(title, "/", "-"))
			}
			walkOutlines(o.Outlines, sub, depth+1, subs)
		}
	}
}

// WriteOPML writes subs as an OPML 2.0 document, nesting them in folder
// outlines by Category. ParseOPML reads back the same subscriptions in the
// same order.
func WriteOPML(w io.Writer, subs []Subscription) error {
	doc := opmlDoc{Version: "2.0", Head: opmlHead{Title: "Rosetta subscriptions"}}
	for i, s := range subs {
		if strings.TrimSpace(s.URL) == "" {
			return fmt.Errorf("writing OPML: subscription %d (%q) has no URL", i+1, s.Title)
		}
		o := outline{Text: s.Title, Title: s.Title, Type: "rss", XMLURL: s.URL, HTMLURL: s.HTMLURL, Language: s.Lang}
		doc.Body.Outlines = place(doc.Body.Outlines, categoryPath(s.Category), o)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing OPML: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("writing OPML: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing OPML: %w", err)
	}
	return nil
}

func categoryPath(c string) []string {
	var path []string
	for _, p := range strings.Split(c, "/") {
		if p != "" {
			path = append(path, p)
		}
	}
	return path
}

// place appends o under the folder path, reusing the last folder at each
// level when it has the right name, so document order is subscription
// order (a category that recurs after another gets a second folder).
func place(outs []outline, path []string, o outline) []outline {
	if len(path) == 0 {
		return append(outs, o)
	}
	if n := len(outs); n > 0 && outs[n-1].XMLURL == "" && outs[n-1].Text == path[0] {
		outs[n-1].Outlines = place(outs[n-1].Outlines, path[1:], o)
		return outs
	}
	return append(outs, outline{Text: path[0], Title: path[0], Outlines: place(nil, path[1:], o)})
}
