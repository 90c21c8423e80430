package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/rosetta-reader/rosetta/corpus/feed"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/corpus/store"
)

// openStore opens the article store: the config's `database`, else
// $XDG_DATA_HOME/rosetta/rosetta.db.
func (e *env) openStore() (*store.Store, error) {
	p := e.cfg.Database
	if p == "" {
		var err error
		if p, err = store.DefaultPath(); err != nil {
			return nil, err
		}
	}
	st, err := store.Open(e.ctx, p)
	if err != nil {
		return nil, fmt.Errorf("opening the article store: %w", err)
	}
	return st, nil
}

// subscriptions are the sources `refresh` fetches: the store's (imported)
// plus the config file's, in that order, without duplicates.
func (e *env) subscriptions(st *store.Store) ([]string, error) {
	srcs, err := st.Sources(e.ctx)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range srcs {
		if !seen[s.URL] {
			seen[s.URL] = true
			out = append(out, s.URL)
		}
	}
	for _, s := range e.cfg.Sources {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out, nil
}

func refreshCmd() *command {
	var quiet bool
	return &command{
		name: "refresh", usage: "[--quiet] [SOURCE...]",
		summary: "fetch every subscribed feed (or the SOURCEs given) into the store, without the reader",
		flags:   func(fs *flag.FlagSet) { fs.BoolVar(&quiet, "quiet", false, "print only errors") },
		run: func(e *env, args []string) error {
			st, err := e.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			srcs := args
			if len(srcs) == 0 {
				if srcs, err = e.subscriptions(st); err != nil {
					return err
				}
			}
			if len(srcs) == 0 {
				return usageErr("refresh: no sources: add feeds with `rosetta import FILE.opml`, list them in the config, or name them")
			}
			for _, s := range args {
				if err := st.AddSource(e.ctx, store.Source{URL: s}); err != nil {
					return err
				}
			}
			rep, err := feed.Refresh(e.ctx, st, srcs, feed.RefreshOptions{Loader: e.feedLoader()})
			if err != nil {
				return err
			}
			for _, fe := range rep.Errors() {
				fmt.Fprintf(e.stderr, "rosetta: %s\n", sanitize.Line(fe.Error()))
			}
			if !quiet {
				fmt.Fprintf(e.stdout, "%d sources: %d new, %d updated, %d unchanged, %d failed\n",
					len(srcs), rep.Added, rep.Updated, rep.NotModified, rep.Failed)
			}
			if rep.Failed == len(srcs) {
				return &exitError{code: exitFailure, err: fmt.Errorf("refresh: every source failed")}
			}
			return nil
		},
	}
}

func importCmd() *command {
	return &command{
		name: "import", usage: "FILE.opml",
		summary: "subscribe to the feeds of an OPML file",
		run: func(e *env, args []string) error {
			if len(args) != 1 {
				return usageErr("import needs one OPML file")
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			subs, err := feed.ParseOPML(f)
			if err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			st, err := e.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			for _, s := range subs {
				src := store.Source{URL: s.URL, Title: s.Title, Lang: s.Lang, Category: s.Category}
				if err := st.AddSource(e.ctx, src); err != nil {
					return err
				}
			}
			fmt.Fprintf(e.stdout, "imported %d feeds; fetch them with `rosetta refresh`\n", len(subs))
			return nil
		},
	}
}

func exportCmd() *command {
	var opml bool
	return &command{
		name: "export", usage: "--opml",
		summary: "write the subscribed feeds as OPML to stdout",
		flags:   func(fs *flag.FlagSet) { fs.BoolVar(&opml, "opml", false, "OPML 2.0 (the only format)") },
		run: func(e *env, args []string) error {
			if !opml || len(args) > 0 {
				return usageErr("export: use `rosetta export --opml > feeds.opml`")
			}
			st, err := e.openStore()
			if err != nil {
				return err
			}
			defer st.Close()
			srcs, err := st.Sources(e.ctx)
			if err != nil {
				return err
			}
			subs := make([]feed.Subscription, 0, len(srcs))
			for _, s := range srcs {
				subs = append(subs, feed.Subscription{Title: s.Title, URL: s.URL, Lang: s.Lang, Category: s.Category})
			}
			sort.SliceStable(subs, func(i, j int) bool { return subs[i].Category < subs[j].Category })
			return feed.WriteOPML(e.stdout, subs)
		},
	}
}
