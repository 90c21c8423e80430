package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/rosetta-reader/rosetta/cmd/rosetta/config"
	"github.com/rosetta-reader/rosetta/translate/cache"
)

// errHelpShown ends a run that printed help on request: exit 0, no message.
var errHelpShown = errors.New("help shown")

// env is what every command gets: its streams and the parsed global flags.
type env struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	g      *globals
	cfg    config.Config
	kv     *cache.Cache // the open translation cache, nil with --no-cache
	sample bool         // the corpus is the embedded sample
}

// globals are the flags every command accepts, before or after its name.
type globals struct {
	corpora stringList
	backend string
	config  string
	noCache bool
	mouse   bool
	version bool
}

func (g *globals) register(fs *flag.FlagSet) {
	fs.Var(&g.corpora, "corpus", "article `PATH` or URL: directory, .txt/.md/.html file, feed (repeatable; default: the embedded sample)")
	fs.StringVar(&g.backend, "backend", "", "translation backend `NAME` (gist, openai, libretranslate, deepl, google, apertium)")
	fs.StringVar(&g.config, "config", "", "configuration `FILE` (default $XDG_CONFIG_HOME/rosetta/config.toml)")
	fs.BoolVar(&g.noCache, "no-cache", false, "do not read or write the translation cache")
	fs.BoolVar(&g.mouse, "mouse", false, "enable mouse wheel scrolling in the reader")
	fs.BoolVar(&g.version, "version", false, "print the version and exit")
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// command is one subcommand: its flags and what it does with its arguments.
type command struct {
	name    string
	summary string
	usage   string // argument synopsis, e.g. "[--json] ID"
	flags   func(fs *flag.FlagSet)
	run     func(e *env, args []string) error
}

func commands() []*command {
	return []*command{
		listCmd(), showCmd(), searchCmd(), entitiesCmd(), storiesCmd(), translateCmd(),
		cacheCmd(), refreshCmd(), importCmd(), exportCmd(), configCmd(),
	}
}

func dispatch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	g := &globals{}
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, g: g}
	cmds := commands()
	// The command is the first argument that is not a flag (or a global
	// flag's value); everything else is parsed by the command's flag set.
	name, rest := splitCommand(args)
	if name == "" {
		return runTUI(e, rest)
	}
	for _, c := range cmds {
		if c.name == name {
			return runCommand(e, c, rest)
		}
	}
	if name == "help" {
		printMainUsage(stdout, cmds)
		return errHelpShown
	}
	return usageErr("unknown command %q (see rosetta --help)", name)
}

// globalValueFlags are the global flags that take a value, so that their
// value is not mistaken for the command name.
var globalValueFlags = map[string]bool{"corpus": true, "backend": true, "config": true}

func splitCommand(args []string) (string, []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return "", args
		}
		if strings.HasPrefix(a, "-") {
			n := strings.TrimLeft(a, "-")
			if globalValueFlags[n] && !strings.Contains(n, "=") {
				i++
			}
			continue
		}
		rest := append(append([]string{}, args[:i]...), args[i+1:]...)
		return a, rest
	}
	return "", args
}

func runCommand(e *env, c *command, args []string) error {
	fs := flag.NewFlagSet("rosetta "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	e.g.register(fs)
	if c.flags != nil {
		c.flags(fs)
	}
	pos, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(e.stdout, "usage: rosetta %s %s\n\n%s\n\nflags:\n", c.name, c.usage, c.summary)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		return errHelpShown
	}
	if err != nil {
		return usageErr("%s: %v", c.name, err)
	}
	if e.g.version {
		fmt.Fprintln(e.stdout, "rosetta", version)
		return nil
	}
	if err := e.loadConfig(); err != nil {
		return err
	}
	return c.run(e, pos)
}

// parseInterspersed lets flags follow positional arguments
// (`rosetta show ID --json`), which the flag package alone does not.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func printMainUsage(w io.Writer, cmds []*command) {
	fmt.Fprintf(w, "rosetta %s: read one story across languages\n\n", version)
	fmt.Fprintln(w, "usage: rosetta [flags]            open the reader")
	fmt.Fprintln(w, "       rosetta COMMAND [flags]    (rosetta COMMAND --help for its flags)")
	fmt.Fprintln(w, "\ncommands:")
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].name < cmds[j].name })
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nglobal flags:")
	fs := flag.NewFlagSet("rosetta", flag.ContinueOnError)
	(&globals{}).register(fs)
	fs.SetOutput(w)
	fs.PrintDefaults()
}

// oneLine folds a multi-line error into one line for stderr.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
