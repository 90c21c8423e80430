package main

import (
	"flag"
	"fmt"

	"github.com/rosetta-reader/rosetta/cmd/rosetta/config"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/translate/backends"
	"github.com/rosetta-reader/rosetta/tui"
)

// loadConfig reads the configuration file (--config, else the XDG default)
// and applies the flags over it: flag > ROSETTA_BACKEND > file.
// Unknown keys are warnings (with their line), never fatal.
func (e *env) loadConfig() error {
	l := config.Loader{KnownActions: tui.Actions(), KnownBackends: backends.Names()}
	cfg, warns, err := l.Load(e.g.config)
	for _, w := range warns {
		fmt.Fprintf(e.stderr, "rosetta: warning: %s\n", sanitize.Line(w.String()))
	}
	if err != nil {
		return &exitError{code: exitUsage, err: err}
	}
	if e.g.backend != "" {
		cfg.Backend.Name = e.g.backend
	}
	if e.g.mouse {
		cfg.Mouse = true
	}
	e.cfg = cfg
	return nil
}

func configCmd() *command {
	var print bool
	return &command{
		name: "config", usage: "--print",
		summary: "print the effective configuration (file, environment and flags applied)",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&print, "print", false, "print the effective configuration as TOML")
		},
		run: func(e *env, args []string) error {
			if !print || len(args) > 0 {
				return usageErr("config: use `rosetta config --print`")
			}
			path, err := config.DefaultPath()
			if e.g.config != "" {
				path, err = e.g.config, nil
			}
			if err == nil {
				fmt.Fprintf(e.stdout, "# file: %s\n", path)
			}
			_, err = fmt.Fprint(e.stdout, e.cfg.TOML())
			return err
		},
	}
}
