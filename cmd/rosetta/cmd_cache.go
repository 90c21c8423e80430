package main

import (
	"fmt"

	"github.com/rosetta-reader/rosetta/translate/cache"
)

func cacheCmd() *command {
	return &command{
		name: "cache", usage: "clear|stats",
		summary: "clear the translation cache, or show its size",
		run: func(e *env, args []string) error {
			if len(args) != 1 || (args[0] != "clear" && args[0] != "stats") {
				return usageErr("cache: use `rosetta cache clear` or `rosetta cache stats`")
			}
			c, err := cache.Open(e.ctx, cache.DefaultPath())
			if err != nil {
				return err
			}
			defer c.Close()
			if args[0] == "clear" {
				if err := c.Clear(e.ctx); err != nil {
					return err
				}
				fmt.Fprintf(e.stdout, "cleared %s\n", c.Path())
				return nil
			}
			st, err := c.Stats(e.ctx)
			if err != nil {
				return err
			}
			// Hits and misses count this process's lookups: none here.
			fmt.Fprintf(e.stdout, "%s: %d translations, %d summary entries, %d KB\n",
				c.Path(), st.Translations, st.Entries, st.Bytes/1024)
			return nil
		},
	}
}
