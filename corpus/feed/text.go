package feed

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"golang.org/x/net/html"
)

// plainPlugin turns the Markdown converter into a plain-text one: links and
// emphasis keep only their text, images vanish and headings become their own
// paragraph without "#". Rosetta shows bodies as text, one paragraph per
// blank-line block, so Markdown syntax would only be noise there.
type plainPlugin struct{}

func (plainPlugin) Name() string { return "rosetta-plain" }

func (plainPlugin) Init(conv *converter.Converter) error {
	for tag, kind := range plainTags {
		tt := converter.TagTypeInline
		if kind == renderBlock {
			tt = converter.TagTypeBlock
		}
		conv.Register.TagType(tag, tt, converter.PriorityEarly)
	}
	// One handler with a table lookup, not one per tag: the converter
	// walks its whole handler list for every node.
	conv.Register.Renderer(renderPlain, converter.PriorityEarly)
	// The base plugin writes "<" and ">" in text as entities so Markdown
	// cannot read them as HTML; plain text wants the characters back. (A
	// literal "&lt;" in the source text, itself written "&amp;lt;", comes
	// out as "<" too: a rare and harmless loss.)
	conv.Register.TextTransformer(func(_ converter.Context, s string) string {
		return angleUnescaper.Replace(s)
	}, converter.PriorityLate+10)
	return nil
}

var angleUnescaper = strings.NewReplacer("&lt;", "<", "&gt;", ">")

type renderKind uint8

const (
	renderInline renderKind = iota + 1 // children only: the text stays
	renderDrop                         // nothing: images, media, forms
	renderBlock                        // children as a paragraph of their own
)

var plainTags = map[string]renderKind{
	"a": renderInline, "strong": renderInline, "b": renderInline, "em": renderInline, "i": renderInline,
	"u": renderInline, "code": renderInline, "span": renderInline, "small": renderInline, "mark": renderInline,
	"abbr": renderInline, "cite": renderInline, "sup": renderInline, "sub": renderInline, "del": renderInline,
	"s": renderInline, "ins": renderInline, "time": renderInline,
	"img": renderDrop, "picture": renderDrop, "svg": renderDrop, "video": renderDrop, "audio": renderDrop,
	"object": renderDrop, "embed": renderDrop, "button": renderDrop, "form": renderDrop, "nav": renderDrop,
	"h1": renderBlock, "h2": renderBlock, "h3": renderBlock, "h4": renderBlock, "h5": renderBlock, "h6": renderBlock,
	"figcaption": renderBlock, "blockquote": renderBlock, "pre": renderBlock,
}

func renderPlain(ctx converter.Context, w converter.Writer, n *html.Node) converter.RenderStatus {
	if n.Type != html.ElementNode {
		return converter.RenderTryNext
	}
	switch plainTags[n.Data] {
	case renderInline:
		ctx.RenderChildNodes(ctx, w, n)
	case renderDrop:
	case renderBlock:
		w.WriteString("\n\n")
		ctx.RenderChildNodes(ctx, w, n)
		w.WriteString("\n\n")
	default:
		return converter.RenderTryNext
	}
	return converter.RenderSuccess
}

// htmlConverter builds the HTML → text converter. A Converter is safe for
// concurrent use, so one per Loader is enough.
func htmlConverter() *converter.Converter {
	return converter.NewConverter(
		converter.WithPlugins(base.NewBasePlugin(), commonmark.NewCommonmarkPlugin(), plainPlugin{}),
		converter.WithEscapeMode(converter.EscapeModeDisabled),
	)
}

// htmlToText converts an HTML fragment to clean text with paragraphs as
// blank-line separated blocks. Text that holds no markup is only cleaned, so
// plain-text descriptions keep their line structure.
func htmlToText(conv *converter.Converter, s string) string {
	if !looksLikeHTML(s) {
		return cleanText(html.UnescapeString(s))
	}
	if text, ok := fastText(s); ok {
		return text
	}
	out, err := conv.ConvertString(s)
	if err != nil {
		// The converter fails only on exotic input; the tag-stripped text is
		// a better answer than nothing.
		return cleanText(stripTags(s))
	}
	return cleanText(out)
}

// looksLikeHTML reports whether s holds a tag or an entity worth decoding.
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		c := s[i+1]
		if c == '/' || c == '!' || c == '?' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// stripTags is the fallback when conversion fails: the text nodes of s.
func stripTags(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken:
			b.WriteByte(' ')
		}
	}
}

// cleanText makes outside text safe and regular: valid UTF-8, no control
// characters other than '\n', no trailing spaces, runs of spaces collapsed,
// paragraphs separated by exactly one blank line.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	b.Grow(len(s))
	blank := 0 // newlines pending since the last text
	space := false
	for _, r := range s {
		switch {
		case r == '\n':
			blank++
			space = false
		case r == '\u2028', r == '\u2029':
			blank += 2
		case unicode.IsSpace(r):
			space = true
		case unicode.IsControl(r), r == '\ufeff', isBidiControl(r):
			// dropped: terminal controls and invisible format marks
		default:
			if b.Len() > 0 {
				switch {
				case blank >= 2:
					b.WriteString("\n\n")
				case blank == 1:
					b.WriteByte('\n')
				case space:
					b.WriteByte(' ')
				}
			}
			blank, space = 0, false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isBidiControl reports the explicit direction overrides that can make text
// display differently from what it says ("Trojan Source").
func isBidiControl(r rune) bool {
	return (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

// oneLine flattens s to a single clean line (titles, bylines, names).
func oneLine(s string) string {
	return strings.Join(strings.Fields(cleanText(s)), " ")
}

// cleanTitle turns a feed title, which may hold markup or entities, into
// one plain line.
func cleanTitle(s string) string {
	if looksLikeHTML(s) {
		s = stripTags(s)
	}
	return oneLine(html.UnescapeString(s))
}

// truncateRunes cuts s to at most n runes.
func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
