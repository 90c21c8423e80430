package feed

import (
	"bytes"
	"encoding/xml"
	"strings"

	"golang.org/x/text/language"
)

// NormalizeLang turns a declared language ("en-US", "sw_KE", "swa", "alb")
// into its ISO 639-1 code ("en", "sw", "sq"). It returns "" when the tag is
// malformed or the language has no two-letter code, so that detection can
// take over instead of trusting a label Rosetta cannot use.
func NormalizeLang(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", "-"))
	if s == "" {
		return ""
	}
	tag, err := language.Parse(s)
	if err != nil {
		return ""
	}
	if c, err := language.All.Canonicalize(tag); err == nil {
		tag = c
	}
	base, conf := tag.Base()
	if conf < language.High {
		return ""
	}
	code := base.String()
	if len(code) != 2 {
		return ""
	}
	return code
}

// xmlLangs reads the xml:lang in effect on each <item>/<entry> of a feed, in
// document order, and the one on the feed itself. gofeed drops xml:lang
// below the feed root, yet mixed-language Atom feeds declare it per entry.
// The scan only runs when the document mentions xml:lang at all.
func xmlLangs(data []byte) (feedLang string, items []string) {
	if !bytes.Contains(data, []byte("xml:lang")) {
		return "", nil
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.CharsetReader = charsetReader
	var stack []string
	for {
		tok, err := d.RawToken()
		if err != nil {
			// At the end, or at damage the feed parser may tolerate: keep
			// what was read so far.
			return feedLang, items
		}
		switch t := tok.(type) {
		case xml.StartElement:
			lang := ""
			if len(stack) > 0 {
				lang = stack[len(stack)-1]
			}
			for _, a := range t.Attr {
				if a.Name.Local == "lang" && (a.Name.Space == "xml" || a.Name.Space == "http://www.w3.org/XML/1998/namespace") {
					lang = a.Value
				}
			}
			stack = append(stack, lang)
			switch t.Name.Local {
			case "feed", "channel", "rss", "RDF":
				if lang != "" {
					feedLang = lang
				}
			case "item", "entry":
				items = append(items, lang)
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}
