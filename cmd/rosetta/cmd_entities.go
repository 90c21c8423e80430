package main

import (
	"flag"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

type entityJSON struct {
	Name     string        `json:"name"`
	Type     string        `json:"type"`
	Mentions []mentionJSON `json:"mentions"`
}

type mentionJSON struct {
	Article string `json:"article"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

func entitiesCmd() *command {
	var asJSON, all bool
	var lang string
	return &command{
		name: "entities", usage: "[--json] [--all] [--lang LANG]",
		summary: "list the named entities the articles share, linked across languages",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print JSON")
			fs.BoolVar(&all, "all", false, "also list entities named in one article only")
			fs.StringVar(&lang, "lang", "", "force the language `LANG` of every article (for corpora of short texts)")
		},
		run: func(e *env, args []string) error {
			if len(args) > 0 {
				return usageErr("entities takes no arguments (got %q)", args[0])
			}
			c, err := e.openCorpus()
			if err != nil {
				return err
			}
			if lang != "" {
				forceLang(c, lang)
			}
			ix := entity.Link(c)
			ents := ix.Shared()
			if all {
				ents = ix.Entities()
			}
			out := make([]entityJSON, 0, len(ents))
			for _, en := range ents {
				ej := entityJSON{Name: en.Name, Type: string(en.Type), Mentions: []mentionJSON{}}
				for _, m := range en.Mentions {
					ej.Mentions = append(ej.Mentions, mentionJSON{m.Article, m.Text, m.Start, m.End})
				}
				out = append(out, ej)
			}
			if asJSON {
				return writeJSON(e.stdout, map[string]any{"entities": out})
			}
			return printEntities(e, out)
		},
	}
}

// forceLang sets every article's language, for corpora of texts too short
// to detect.
func forceLang(c *corpus.Corpus, lang string) {
	for _, a := range c.Articles {
		a.Lang = lang
		for i := range a.Paragraphs {
			a.Paragraphs[i].Lang = lang
		}
	}
}

func printEntities(e *env, ents []entityJSON) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ENTITY\tTYPE\tARTICLES\tMENTIONS\tFORMS")
	for _, en := range ents {
		arts, forms := map[string]bool{}, map[string]bool{}
		for _, m := range en.Mentions {
			arts[m.Article] = true
			forms[sanitize.Line(m.Text)] = true
		}
		fl := make([]string, 0, len(forms))
		for f := range forms {
			fl = append(fl, f)
		}
		sort.Strings(fl)
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", sanitize.Line(en.Name), en.Type, len(arts), len(en.Mentions),
			truncate(strings.Join(fl, ", "), 60))
	}
	return tw.Flush()
}
