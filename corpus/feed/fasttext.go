package feed

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Most feed items hold only paragraphs, line breaks, links, emphasis and
// images. For those, walking the tokens directly gives the same text as
// the Markdown converter at a tenth of the cost (it builds no tree and runs
// no handler chain), which is most of what reading a big feed costs.
// Anything with more structure (lists, headings, tables, quotes, blocks)
// goes through html-to-markdown. FuzzFastText holds the two to the same
// output.

// fastTags are the only elements fastText accepts.
var fastTags = map[atom.Atom]renderKind{
	atom.P: renderBlock, atom.Br: renderBlock,
	atom.A: renderInline, atom.B: renderInline, atom.Strong: renderInline, atom.I: renderInline,
	atom.Em: renderInline, atom.Span: renderInline, atom.U: renderInline, atom.Small: renderInline,
	atom.Sup: renderInline, atom.Sub: renderInline, atom.Abbr: renderInline, atom.Cite: renderInline,
	atom.Mark: renderInline, atom.Time: renderInline, atom.S: renderInline, atom.Del: renderInline,
	atom.Ins: renderInline, atom.Img: renderDrop,
}

// fastText converts simple HTML to text; ok is false when s holds anything
// else, and the caller must use the converter.
func fastText(s string) (text string, ok bool) {
	if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
		return "", false // the HTML parser's repairs are the converter's job
	}
	var b strings.Builder
	b.Grow(len(s))
	z := html.NewTokenizerFragment(strings.NewReader(s), "div")
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return cleanText(b.String()), z.Err() != nil && z.Err().Error() == "EOF"
		case html.TextToken:
			writeCollapsed(&b, z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			kind, known := fastTags[a]
			if !known {
				return "", false
			}
			switch {
			case a == atom.Br:
				b.WriteString("\n")
			case kind == renderBlock:
				b.WriteString("\n\n")
			}
		case html.CommentToken:
		default: // doctype and the like: leave it to the converter
			return "", false
		}
	}
}

// writeCollapsed writes text with each run of HTML white space as a single
// space, as a browser (and the converter) shows it.
func writeCollapsed(b *strings.Builder, text []byte) {
	space := false
	for _, c := range text {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteByte(c)
	}
	if space {
		b.WriteByte(' ')
	}
}
