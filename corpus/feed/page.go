package feed

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability"
	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"

	"github.com/rosetta-reader/rosetta/corpus"
)

// ErrNoContent is returned for a web page with no readable article text.
var ErrNoContent = errors.New("no readable article text found")

// ParsePage extracts the readable article of an HTML page: title, byline,
// date, language (from <html lang>) and body text with its paragraphs.
// pageURL (a URL or a path) resolves relative links and names the article;
// contentType is the HTTP Content-Type, "" for files.
func ParsePage(data []byte, pageURL, contentType string) (corpus.Raw, error) {
	return parsePageWith(htmlConverter(), data, pageURL, contentType)
}

func parsePageWith(conv *converter.Converter, data []byte, pageURL, contentType string) (corpus.Raw, error) {
	enc, _, _ := charset.DetermineEncoding(data, contentType)
	if utf8Data, _, err := transform.Bytes(enc.NewDecoder(), data); err == nil {
		data = utf8Data
	}
	u, _ := url.Parse(pageURL)
	art, err := readability.FromReader(bytes.NewReader(data), u)
	if err != nil {
		return corpus.Raw{}, fmt.Errorf("reading page: %w", err)
	}
	body := htmlToText(conv, art.Content)
	if body == "" {
		body = cleanText(art.TextContent)
	}
	if body == "" {
		return corpus.Raw{}, ErrNoContent
	}
	site := cleanTitle(art.SiteName)
	r := corpus.Raw{
		ID:     itemID(sourceSlug(site, pageURL), "page:"+pageURL),
		Title:  cleanTitle(art.Title),
		Body:   body,
		Lang:   NormalizeLang(art.Language),
		Source: site,
		URL:    pageURL,
		Byline: truncateRunes(cleanTitle(art.Byline), 200),
		Origin: pageURL,
	}
	if r.Source == "" {
		r.Source = sourceSlug("", pageURL)
	}
	if art.PublishedTime != nil {
		r.Published = art.PublishedTime.UTC()
	}
	return r, nil
}

// isWholePage reports whether a feed item's content is a complete HTML
// document rather than an article fragment; such items go through
// readability so that navigation and footers do not become paragraphs.
func isWholePage(s string) bool {
	head := strings.ToLower(s[:min(len(s), 2048)])
	return strings.Contains(head, "<html") || strings.Contains(head, "<body")
}

// pageText extracts the article text of a whole page held in a feed item.
func pageText(conv *converter.Converter, s, link string) string {
	r, err := parsePageWith(conv, []byte(s), link, "text/html; charset=utf-8")
	if err != nil {
		return htmlToText(conv, s)
	}
	return r.Body
}
