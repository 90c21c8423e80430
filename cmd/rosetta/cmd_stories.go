package main

import (
	"flag"
	"fmt"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

type storyJSON struct {
	Title    string   `json:"title"`
	Articles []string `json:"articles"`
}

func storiesCmd() *command {
	var asJSON bool
	return &command{
		name: "stories", usage: "[--json]",
		summary: "group the articles into stories told across languages",
		flags:   func(fs *flag.FlagSet) { fs.BoolVar(&asJSON, "json", false, "print JSON") },
		run: func(e *env, args []string) error {
			if len(args) > 0 {
				return usageErr("stories takes no arguments (got %q)", args[0])
			}
			s, err := e.services()
			if err != nil {
				return err
			}
			defer s.close()
			out := []storyJSON{}
			for _, st := range s.stories() {
				out = append(out, storyJSON{st.Title, st.Articles})
			}
			if asJSON {
				return writeJSON(e.stdout, map[string]any{"stories": out})
			}
			for _, st := range out {
				langs := make([]string, 0, len(st.Articles))
				for _, id := range st.Articles {
					if a, err := s.c.Get(id); err == nil {
						langs = append(langs, a.Lang)
					}
				}
				fmt.Fprintf(e.stdout, "%s  [%d: %s]\n", sanitize.Line(st.Title), len(st.Articles), strings.Join(langs, ", "))
				for _, id := range st.Articles {
					fmt.Fprintf(e.stdout, "    %s\n", sanitize.Line(id))
				}
			}
			return nil
		},
	}
}
