package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/mmcdole/gofeed"
	gojson "github.com/mmcdole/gofeed/json"

	"github.com/rosetta-reader/rosetta/corpus"
)

// ErrNotFeed is returned for a document that is neither RSS, Atom nor JSON
// Feed (or is too broken to be read as one).
var ErrNotFeed = errors.New("not a valid RSS, Atom or JSON feed")

// Item is one feed entry, ready for the store or for corpus.Build.
type Item struct {
	corpus.Raw
	// GUID is the feed's own identifier for the item (RSS guid, Atom id,
	// JSON Feed id), "" when it gives none. The store deduplicates on it.
	GUID string
}

// Feed is a parsed feed.
type Feed struct {
	Title string
	Link  string
	// Lang is the feed's declared language (ISO 639-1), "" if none.
	Lang  string
	Items []Item
}

// Raws returns the feed's items as corpus.Raw values.
func (f *Feed) Raws() []corpus.Raw {
	out := make([]corpus.Raw, len(f.Items))
	for i := range f.Items {
		out[i] = f.Items[i].Raw
	}
	return out
}

// Parse reads an RSS 0.9x–2.0, RSS 1.0, Atom 1.0 or JSON Feed 1.x document.
// src names the feed (path or URL) in ids and errors; contentType is the
// HTTP Content-Type, "" for files. Every Raw it returns has valid UTF-8
// free of control characters other than '\n'.
func Parse(data []byte, src, contentType string) (*Feed, error) {
	return parseWith(htmlConverter(), data, src, contentType)
}

func parseWith(conv *converter.Converter, data []byte, src, contentType string) (*Feed, error) {
	gf, data, err := decodeFeed(data, contentType)
	if err != nil {
		return nil, err
	}
	jsonItems, err := jsonFeedItems(gf)
	if err != nil {
		return nil, err
	}
	f := &Feed{Title: cleanTitle(gf.Title), Link: strings.TrimSpace(gf.Link)}
	rootLang, entryLangs := xmlLangs(data)
	f.Lang = NormalizeLang(gf.Language)
	if f.Lang == "" {
		f.Lang = NormalizeLang(rootLang)
	}
	source := f.Title
	if source == "" {
		source = sourceSlug("", src)
	}
	slug := sourceSlug(f.Title, src)
	seen := make(map[string]bool, len(gf.Items))
	for _, c := range convertAll(conv, gf.Items, entryLangs, jsonItems, f.Lang) {
		if !c.ok {
			continue
		}
		item := c.item
		item.URL = resolveLink(f.Link, src, item.URL)
		item.ID = itemID(slug, itemKey(item))
		if seen[item.ID] {
			continue // the same entry twice in one document: keep the first
		}
		seen[item.ID] = true
		item.Source, item.Origin = source, src
		f.Items = append(f.Items, item)
	}
	return f, nil
}

// decodeFeed runs gofeed over the document made UTF-8, and returns the
// parsed feed with the bytes it read.
func decodeFeed(data []byte, contentType string) (*gofeed.Feed, []byte, error) {
	data, err := feedToUTF8(data, contentType)
	if err != nil {
		return nil, nil, err
	}
	// Real feeds often carry a blank line or spaces before the XML
	// declaration, which strict XML forbids; nothing of value is lost here.
	data = bytes.TrimLeft(data, " \t\r\n")
	kind := gofeed.DetectFeedType(bytes.NewReader(data))
	if kind == gofeed.FeedTypeUnknown {
		data, kind = salvageFeed(data)
	}
	fp := gofeed.NewParser()
	// Rosetta shows no item images; scanning every body's HTML for one
	// cost a sixth of the parse.
	fp.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	fp.KeepOriginalFeed = kind == gofeed.FeedTypeJSON // item languages live only there
	gf, err := fp.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s", ErrNotFeed, oneLine(err.Error()))
	}
	return gf, data, nil
}

// jsonFeedItems returns the original items of a JSON Feed (nil for other
// kinds), refusing JSON that does not declare itself a JSON Feed: any JSON
// object "detects" as one.
func jsonFeedItems(gf *gofeed.Feed) ([]*gojson.Item, error) {
	jf, ok := gf.OriginalFeed().(*gojson.Feed)
	if !ok {
		return nil, nil
	}
	if !strings.Contains(jf.Version, "jsonfeed.org") {
		return nil, fmt.Errorf("%w: JSON without a jsonfeed.org version", ErrNotFeed)
	}
	return jf.Items, nil
}

// salvageFeed finds a feed wrapped in something else (an Atom feed inside
// an XHTML page, a feed after a stray preamble) and returns it from its root
// element on.
func salvageFeed(data []byte) ([]byte, gofeed.FeedType) {
	for _, root := range []string{"<rss", "<feed", "<rdf:RDF"} {
		i := bytes.Index(data, []byte(root))
		if i <= 0 {
			continue
		}
		rest := data[i:]
		if k := gofeed.DetectFeedType(bytes.NewReader(rest)); k != gofeed.FeedTypeUnknown {
			return rest, k
		}
	}
	return data, gofeed.FeedTypeUnknown
}

type converted struct {
	item Item
	ok   bool
}

// convertAll converts the items on every CPU: turning item HTML into text
// is most of the cost of reading a big feed, and items are independent.
func convertAll(conv *converter.Converter, items []*gofeed.Item, entryLangs []string, jsonItems []*gojson.Item, feedLang string) []converted {
	out := make([]converted, len(items))
	workers := min(runtime.GOMAXPROCS(0), (len(items)+63)/64)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for i := w; i < len(items); i += workers {
				if items[i] == nil {
					continue
				}
				lang := itemLang(items[i], i, entryLangs, jsonItems)
				if lang == "" {
					lang = feedLang
				}
				out[i].item, out[i].ok = convertItem(conv, items[i], lang)
			}
		})
	}
	wg.Wait()
	return out
}

// itemLang finds a language declared for one item: JSON Feed "language",
// Dublin Core <dc:language>, or an xml:lang on (or around) the entry.
func itemLang(it *gofeed.Item, i int, entryLangs []string, jsonItems []*gojson.Item) string {
	if i < len(jsonItems) && jsonItems[i] != nil {
		if l := NormalizeLang(jsonItems[i].Language); l != "" {
			return l
		}
	}
	if it.DublinCoreExt != nil {
		for _, l := range it.DublinCoreExt.Language {
			if n := NormalizeLang(l); n != "" {
				return n
			}
		}
	}
	if i < len(entryLangs) {
		return NormalizeLang(entryLangs[i])
	}
	return ""
}

// convertItem maps a gofeed item to an Item without id or source. It
// reports false for an item with neither title nor text.
func convertItem(conv *converter.Converter, it *gofeed.Item, lang string) (Item, bool) {
	content := it.Content
	if strings.TrimSpace(content) == "" {
		content = it.Description
	}
	var body string
	if isWholePage(content) {
		body = pageText(conv, content, it.Link)
	} else {
		body = htmlToText(conv, content)
	}
	title := cleanTitle(it.Title)
	if title == "" && body == "" {
		return Item{}, false
	}
	link := strings.TrimSpace(it.Link)
	if link == "" && len(it.Links) > 0 {
		link = strings.TrimSpace(it.Links[0])
	}
	return Item{
		Raw: corpus.Raw{
			Title:     title,
			Body:      body,
			Lang:      lang,
			URL:       oneLine(link),
			Byline:    byline(it),
			Published: published(it),
		},
		GUID: oneLine(it.GUID),
	}, true
}

// resolveLink makes a relative item link absolute against the feed's site
// link, else against the feed's own URL; a link that cannot be resolved is
// returned as it is.
func resolveLink(siteLink, src, link string) string {
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil || u.IsAbs() {
		return link
	}
	for _, b := range []string{siteLink, src} {
		if base, err := url.Parse(b); err == nil && base.IsAbs() && base.Host != "" {
			return base.ResolveReference(u).String()
		}
	}
	return link
}

// itemKey is what identifies an item across fetches: its GUID, else its
// link, else a hash of what it says.
func itemKey(it Item) string {
	switch {
	case it.GUID != "":
		return "guid:" + it.GUID
	case it.URL != "":
		return "link:" + it.URL
	default:
		return "text:" + it.Title + "\x00" + it.Body
	}
}

func byline(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		n := cleanTitle(p.Name)
		if n == "" {
			n = cleanTitle(p.Email)
		}
		if n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 && it.DublinCoreExt != nil {
		for _, c := range it.DublinCoreExt.Creator {
			if n := cleanTitle(c); n != "" {
				names = append(names, n)
			}
		}
	}
	return truncateRunes(strings.Join(names, ", "), 200)
}

func published(it *gofeed.Item) time.Time {
	switch {
	case it.PublishedParsed != nil:
		return it.PublishedParsed.UTC()
	case it.UpdatedParsed != nil:
		return it.UpdatedParsed.UTC()
	}
	return time.Time{}
}
