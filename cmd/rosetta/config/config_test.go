package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

var actions = []string{"quit", "next", "prev", "search", "lang"}

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

func parse(t *testing.T, doc string) (Config, []Warning, error) {
	t.Helper()
	return Loader{KnownActions: actions, Getenv: env(nil)}.Parse("config.toml", []byte(doc))
}

const full = `# Rosetta
sources = ["https://bbc.example/swahili/rss.xml", "~/news/lajme.atom"]
targets = ["en", "FR"]
theme = "dark"
mouse = true

[feeds]
timeout = "10s"
concurrency = 8

[backend]
name = "openai"

[backend.openai]
base_url = "http://127.0.0.1:11434/v1"
model = "llama3.1"
api_key_env = "OPENAI_API_KEY"

[backend."libretranslate"]
base_url = "http://127.0.0.1:5000"

[keys]
quit = ["q", "ctrl+q"]
search = "/"
`

func TestParseFull(t *testing.T) {
	cfg, warns, err := parse(t, full)
	if err != nil || len(warns) != 0 {
		t.Fatalf("err %v, warnings %v", err, warns)
	}
	want := Config{
		Sources: []string{"https://bbc.example/swahili/rss.xml", "~/news/lajme.atom"},
		Targets: []string{"en", "fr"}, Theme: "dark", Mouse: true,
		Feeds: Feeds{Timeout: 10 * time.Second, Concurrency: 8},
		Backend: Backend{Name: "openai", Settings: map[string]BackendSettings{
			"openai":         {BaseURL: "http://127.0.0.1:11434/v1", Model: "llama3.1", APIKeyEnv: "OPENAI_API_KEY"},
			"libretranslate": {BaseURL: "http://127.0.0.1:5000"},
		}},
		Keys: map[string][]string{"quit": {"q", "ctrl+q"}, "search": {"/"}},
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("got  %+v\nwant %+v", cfg, want)
	}
}

func TestUnknownKeysWarnWithLine(t *testing.T) {
	doc := "theme = \"auto\"\ncolour = \"red\"\n\n[keys]\nquit = [\"q\"]\nqiut = [\"x\"]\n\n[backend.openai]\nmodle = \"gpt\"\n[extra]\na = 1\n"
	cfg, warns, err := parse(t, doc)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]string, len(warns))
	for i, w := range warns {
		got[i] = w.String()
	}
	want := []string{
		`config.toml:2: unknown key "colour" (ignored)`,
		`config.toml:10: unknown key "extra" (ignored)`,
		`config.toml:6: unknown action "qiut" in [keys] (ignored; known: quit, next, prev, search, lang)`,
		`config.toml:9: unknown key "backend.openai.modle" (ignored)`,
	}
	if !sameSet(got, want) {
		t.Errorf("warnings\n got %q\nwant %q", got, want)
	}
	if !reflect.DeepEqual(cfg.Keys, map[string][]string{"quit": {"q"}}) {
		t.Errorf("keys %v", cfg.Keys)
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestTypeErrorsOneLineWithLine(t *testing.T) {
	cases := map[string]string{
		"mouse = \"yes\"":                                      `config.toml:1: mouse: want true or false, got a string`,
		"\n\ntheme = 3":                                        `config.toml:3: theme: want a string, got an integer`,
		"theme = \"blue\"":                                     `config.toml:1: theme: "blue" is not one of auto, dark, light`,
		"[keys]\nquit = [\"q\", 1]":                            `config.toml:2: keys.quit: item 2: want a string, got an integer`,
		"targets = [\"english\"]":                              `config.toml:1: targets: "english" is not a two-letter ISO 639-1 language code`,
		"[feeds]\ntimeout = \"soon\"":                          `config.toml:2: feeds.timeout: "soon" is not a positive duration like "30s"`,
		"[feeds]\nconcurrency = 0":                             `config.toml:2: feeds.concurrency: want a whole number from 1 to 64, got 0`,
		"[backend.openai]\napi_key_env = \"sk-abc123\"":        `config.toml:2: backend.openai.api_key_env: takes the NAME of an environment variable (like OPENAI_API_KEY), not a key`,
		"[backend.deepl]\napi_key = \"secret\"":                `config.toml:2: backend.deepl.api_key: API keys are never read from the config file; put the key in an environment variable and name it with api_key_env`,
		"backend = \"openai\"":                                 `config.toml:1: backend: want a table, got a string`,
		"sources = [\n  \"a\",\n]\nmouse = \n":                 `config.toml:4: expected value but found '\n' instead`,
		"sources = '''\nmulti\n'''\n[keys]\nquit = 5":          `config.toml:5: keys.quit: want an array of strings, got an integer`,
		"[backend]\nname = \"x\"\n[backend.openai]\nmodel = 1": `config.toml:4: backend.openai.model: want a string, got an integer`,
	}
	for doc, want := range cases {
		_, _, err := parse(t, doc)
		var ce *Error
		if !errors.As(err, &ce) {
			t.Errorf("%q: err %v, want *Error", doc, err)
			continue
		}
		if err.Error() != want {
			t.Errorf("%q:\n got %q\nwant %q", doc, err, want)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("multi-line error %q", err)
		}
	}
}

func TestDuplicateBindingWarns(t *testing.T) {
	_, warns, err := parse(t, "[keys]\nquit = [\"q\"]\nnext = [\"q\", \"j\"]\n")
	if err != nil || len(warns) != 1 || !strings.Contains(warns[0].String(), `key "q" is bound to both "quit" and "next"`) {
		t.Errorf("warnings %v, err %v", warns, err)
	}
}

func TestPrecedence(t *testing.T) {
	doc := []byte("[backend]\nname = \"openai\"\n")
	l := Loader{Getenv: env(map[string]string{EnvBackend: "deepl"})}
	cfg, _, err := l.Parse("c.toml", doc)
	if err != nil || cfg.Backend.Name != "deepl" {
		t.Errorf("env should override the file: %q, %v", cfg.Backend.Name, err)
	}
	l.Getenv = env(nil)
	cfg, _, _ = l.Parse("c.toml", doc)
	if cfg.Backend.Name != "openai" {
		t.Errorf("file should override the default: %q", cfg.Backend.Name)
	}
	cfg, _, _ = l.Parse("c.toml", nil)
	if cfg.Backend.Name != "gist" {
		t.Errorf("default backend %q", cfg.Backend.Name)
	}
	l = Loader{KnownBackends: []string{"gist", "openai"}, Getenv: env(map[string]string{EnvBackend: "nope"})}
	if _, _, err := l.Parse("c.toml", doc); err == nil || !strings.Contains(err.Error(), `ROSETTA_BACKEND: unknown backend "nope"`) {
		t.Errorf("bad env backend: %v", err)
	}
}

func TestLoadMissingFiles(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", dir)
	t.Setenv(EnvBackend, "")
	cfg, warns, err := Load("")
	if err != nil || len(warns) != 0 || !reflect.DeepEqual(cfg, Default()) {
		t.Errorf("missing default file: %+v %v %v", cfg, warns, err)
	}
	if _, _, err := Load(filepath.Join(dir, "nope.toml")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing --config file: %v", err)
	}
	p := filepath.Join(dir, "rosetta", "config.toml")
	os.MkdirAll(filepath.Dir(p), 0o755)
	os.WriteFile(p, []byte("mouse = true\n"), 0o644)
	if cfg, _, err := Load(""); err != nil || !cfg.Mouse {
		t.Errorf("default file not read: %+v %v", cfg, err)
	}
}

func TestDefaultPathHonoursXDG(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/x/cfg")
	if p, _ := DefaultPath(); p != "/x/cfg/rosetta/config.toml" {
		t.Errorf("DefaultPath = %q", p)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/ada")
	if p, _ := DefaultPath(); p != "/home/ada/.config/rosetta/config.toml" {
		t.Errorf("DefaultPath = %q", p)
	}
}

func TestTOMLRoundTrip(t *testing.T) {
	cfg, _, err := parse(t, full)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Sources = append(cfg.Sources, "odd \"quoted\"\tpath\\x")
	cfg.Keys["lang"] = []string{"l"}
	again, warns, err := parse(t, cfg.TOML())
	if err != nil || len(warns) != 0 {
		t.Fatalf("re-reading printed config: %v %v\n%s", err, warns, cfg.TOML())
	}
	if !reflect.DeepEqual(again, cfg) {
		t.Errorf("round trip\n got %+v\nwant %+v", again, cfg)
	}
	def, _, err := parse(t, Default().TOML())
	if err != nil || !reflect.DeepEqual(def, Default()) {
		t.Errorf("default round trip: %+v %v", def, err)
	}
}

func TestKeyLines(t *testing.T) {
	doc := "a = 1\ns = \"\"\"\nfake = 2\n\"\"\"\narr = [\n  \"x = 3\",\n]\n[t.\"u.v\"]\nw.x = 4\n[[list]]\nq = 'it''s'\n"
	got := keyLines(doc)
	want := map[string]int{"a": 1, "s": 2, "arr": 5, "t\x00u.v": 8, "t\x00u.v\x00w\x00x": 9, "list": 10, "list\x00q": 11}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keyLines = %v\nwant %v", got, want)
	}
}

func TestBackendHTTPSettings(t *testing.T) {
	doc := "[backend]\nname = \"openai\"\n[backend.openai]\nbase_url = \"http://127.0.0.1:8080\"\ntimeout = \"90s\"\nconcurrency = 2\nrps = 1.5\nmax_attempts = 3\n"
	cfg, warns, err := Loader{}.Parse("c.toml", []byte(doc))
	if err != nil || len(warns) > 0 {
		t.Fatalf("err %v warns %v", err, warns)
	}
	s := cfg.Backend.Settings["openai"]
	if s.Timeout != 90*time.Second || s.Concurrency != 2 || s.RPS != 1.5 || s.MaxAttempts != 3 {
		t.Fatalf("settings %+v", s)
	}
	back, _, err := Loader{}.Parse("c.toml", []byte(cfg.TOML()))
	if err != nil || back.Backend.Settings["openai"] != s {
		t.Fatalf("round trip: %v %+v", err, back.Backend.Settings["openai"])
	}
	for _, bad := range []string{"concurrency = 0", "rps = -1", "timeout = \"soon\"", "max_attempts = 99"} {
		_, _, err := Loader{}.Parse("c.toml", []byte("[backend.openai]\n"+bad+"\n"))
		var ce *Error
		if !errors.As(err, &ce) || ce.Line != 2 {
			t.Errorf("%s: want an error on line 2, got %v", bad, err)
		}
	}
}
