package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

type listItem struct {
	ID         string `json:"id"`
	Title      string `json:"title"`
	Lang       string `json:"lang"`
	Source     string `json:"source"`
	Words      int    `json:"words"`
	Paragraphs int    `json:"paragraphs"`
}

func listCmd() *command {
	var asJSON bool
	return &command{
		name: "list", usage: "[--json]",
		summary: "list the articles of the corpus (id, language, words, title, source)",
		flags:   func(fs *flag.FlagSet) { fs.BoolVar(&asJSON, "json", false, "print JSON") },
		run: func(e *env, args []string) error {
			if len(args) > 0 {
				return usageErr("list takes no arguments (got %q)", args[0])
			}
			c, err := e.openCorpus()
			if err != nil {
				return err
			}
			items := make([]listItem, 0, c.Len())
			for _, a := range c.Articles {
				items = append(items, listItem{a.ID, a.Title, a.Lang, a.Source, a.Words, len(a.Paragraphs)})
			}
			if asJSON {
				return writeJSON(e.stdout, map[string]any{"articles": items})
			}
			return printList(e.stdout, items)
		},
	}
}

func printList(w io.Writer, items []listItem) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLANG\tWORDS\tTITLE\tSOURCE")
	for _, it := range items {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", sanitize.Line(it.ID), it.Lang, it.Words,
			truncate(sanitize.Line(it.Title), 70), sanitize.Line(it.Source))
	}
	return tw.Flush()
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// paragraphJSON is one paragraph in `show --json`: byte offsets into body.
type paragraphJSON struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Lang    string `json:"lang"`
	Heading bool   `json:"heading,omitempty"`
	Text    string `json:"text"`
}

func paragraphsJSON(a *corpus.Article) []paragraphJSON {
	out := make([]paragraphJSON, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		out[i] = paragraphJSON{p.Start, p.End, p.Lang, p.Heading, a.Text(p.Span)}
	}
	return out
}
