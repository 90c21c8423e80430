package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/corpus/search"
)

type hitJSON struct {
	Article   string  `json:"article"`
	Paragraph int     `json:"paragraph"`
	Lang      string  `json:"lang"`
	Field     string  `json:"field"`
	Snippet   string  `json:"snippet"`
	Score     float64 `json:"score"`
}

func searchCmd() *command {
	var asJSON bool
	var limit int
	return &command{
		name: "search", usage: "[--json] [--limit N] QUERY",
		summary: `search every article, originals and English: words, "phrase", -exclude, OR, prefix*, lang:, source:, entity:`,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print JSON")
			fs.IntVar(&limit, "limit", 20, "at most `N` articles (each with up to 3 paragraphs)")
		},
		run: func(e *env, args []string) error {
			q := strings.TrimSpace(strings.Join(args, " "))
			if q == "" {
				return usageErr("search needs a query (see rosetta search --help)")
			}
			if limit <= 0 {
				return usageErr("search: --limit must be positive")
			}
			s, err := e.services()
			if err != nil {
				return err
			}
			defer s.close()
			ix, err := s.searchIndex()
			if err != nil {
				return err
			}
			res, err := ix.Search(e.ctx, q, limit)
			var se *search.SyntaxError
			if errors.As(err, &se) {
				return usageErr("search: %s", se.Error())
			}
			if err != nil {
				return err // already says "search: …"
			}
			hits := make([]hitJSON, 0, len(res.Hits))
			for _, h := range res.Hits {
				hits = append(hits, hitJSON{h.Article, h.Paragraph, h.Lang, h.Field, sanitize.Line(h.Snippet), h.Score})
			}
			if asJSON {
				return writeJSON(e.stdout, map[string]any{"query": q, "hits": hits})
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ARTICLE\t¶\tLANG\tFIELD\tSNIPPET")
			for _, h := range hits {
				fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", h.Article, h.Paragraph, h.Lang, h.Field, truncate(h.Snippet, 80))
			}
			return tw.Flush()
		},
	}
}
