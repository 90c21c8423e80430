package tui

import (
	"fmt"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

// Summary is an article's aligned summary as the export needs it.
type Summary struct {
	Lang, Backend string
	Overview      []OverviewPoint
	Rows          []Row // one per paragraph, in order; may be short
}

// Markdown writes article a with its aligned summary (nil: none) as
// Markdown: an overview linked to paragraph numbers, then each paragraph
// followed by its summary row as a quote. The reader's pager renders it
// with Glamour; `rosetta show --markdown` prints it.
func Markdown(a *corpus.Article, sum *Summary) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(sanitize.Line(a.Title)))
	meta := []string{"Language: " + sanitize.Line(a.Lang)}
	if a.Source != "" {
		meta = append(meta, "Source: "+mdEscape(sanitize.Line(a.Source)))
	}
	if sum != nil {
		meta = append(meta, "Summary: "+sanitize.Line(sum.Lang)+" by "+sanitize.Line(sum.Backend))
	}
	fmt.Fprintf(&b, "*%s*\n\n", strings.Join(meta, " · "))
	if sum != nil && len(sum.Overview) > 0 {
		b.WriteString("## Overview\n\n")
		for _, p := range sum.Overview {
			fmt.Fprintf(&b, "- %s (¶ %s)\n", mdEscape(sanitize.Line(p.Text)), paraList(p.Paragraphs))
		}
		b.WriteString("\n")
	}
	b.WriteString("## Article\n\n")
	rows := make([]string, len(a.Paragraphs))
	if sum != nil {
		for _, r := range sum.Rows {
			if r.Paragraph >= 0 && r.Paragraph < len(rows) {
				rows[r.Paragraph] = r.Summary
			}
		}
	}
	for i := range a.Paragraphs {
		fmt.Fprintf(&b, "**¶ %d.** %s\n\n", i+1, mdEscape(sanitize.Line(a.ParagraphText(i))))
		if sum != nil {
			fmt.Fprintf(&b, "> %s\n\n", mdEscape(sanitize.Line(rows[i])))
		}
	}
	return b.String()
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "#", `\#`,
	"[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`, "|", `\|`)

// mdEscape keeps article text from being read as Markdown markup.
func mdEscape(s string) string { return mdEscaper.Replace(s) }

func paraList(ps []int) string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = fmt.Sprint(p + 1)
	}
	return strings.Join(s, ", ")
}
