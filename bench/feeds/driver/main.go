// Command driver stores feeds into the article store the way `rosetta
// refresh` does, for bench/feeds/run.sh to time without the rest of the
// CLI:
//
//	driver [-db PATH] [-cpuprofile FILE] SOURCE...
//
// The store defaults to $XDG_DATA_HOME/rosetta/rosetta.db, as in Rosetta.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime/pprof"

	"github.com/rosetta-reader/rosetta/corpus/feed"
	"github.com/rosetta-reader/rosetta/corpus/store"
)

func main() {
	db := flag.String("db", "", "store `PATH` (default $XDG_DATA_HOME/rosetta/rosetta.db)")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to `FILE`")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "driver:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *db, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "driver:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

func run(ctx context.Context, db string, srcs []string) error {
	if len(srcs) == 0 {
		return fmt.Errorf("usage: driver [-db PATH] SOURCE...")
	}
	if db == "" {
		p, err := store.DefaultPath()
		if err != nil {
			return err
		}
		db = p
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, err := feed.Refresh(ctx, st, srcs, feed.RefreshOptions{})
	if err != nil {
		return err
	}
	for _, e := range rep.Errors() {
		fmt.Fprintln(os.Stderr, e)
	}
	fmt.Printf("%d added, %d updated, %d unchanged, %d failed\n", rep.Added, rep.Updated, rep.NotModified, rep.Failed)
	return nil
}
