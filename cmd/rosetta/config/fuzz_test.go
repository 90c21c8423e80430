package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func FuzzConfig(f *testing.F) {
	f.Add([]byte(full))
	f.Add([]byte(Default().TOML()))
	f.Add([]byte("[keys]\nquit = [\"q\", \"q\"]\n[backend.\"a.b\"]\nmodel = \"m\"\n"))
	f.Add([]byte("sources = \"\"\"\nx\n\"\"\"\ntargets = ['sw', 'sq']\n[[keys]]\n"))
	f.Add([]byte("theme = \"\x00\"\n\xff = 1\n"))
	l := Loader{KnownActions: actions, Getenv: env(nil)}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, warns, err := l.Parse("c.toml", data)
		for _, w := range warns {
			if strings.Contains(w.String(), "\n") {
				t.Fatalf("multi-line warning %q", w)
			}
		}
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q is not a one-line *Error", err)
			}
			return
		}
		// The printed effective config reads back to the same config.
		again, _, err := l.Parse("c.toml", []byte(cfg.TOML()))
		if err != nil {
			t.Fatalf("printed config does not parse: %v\n%s", err, cfg.TOML())
		}
		if !reflect.DeepEqual(again, cfg) {
			t.Fatalf("round trip\n got %#v\nwant %#v", again, cfg)
		}
	})
}
