package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rosetta runs the CLI in-process with isolated XDG directories and
// returns stdout, stderr and the exit code.
func rosetta(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	isolateXDG(t)
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

var xdgDone = map[*testing.T]bool{}

func isolateXDG(t *testing.T) {
	if xdgDone[t] {
		return
	}
	xdgDone[t] = true
	d := t.TempDir()
	for _, v := range []string{"XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"} {
		t.Setenv(v, filepath.Join(d, strings.ToLower(v)))
	}
	t.Setenv("ROSETTA_BACKEND", "")
}

func mustJSON(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, s)
	}
}

const swID = "000_33affdd9658b75e7"

func TestListJSONOnSample(t *testing.T) {
	out, errs, code := rosetta(t, "", "list", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Articles []listItem `json:"articles"`
	}
	mustJSON(t, out, &doc)
	langs := map[string]int{}
	for _, a := range doc.Articles {
		langs[a.Lang]++
		if a.Title == "" || a.Words == 0 || a.Paragraphs == 0 {
			t.Errorf("incomplete row %+v", a)
		}
	}
	if len(doc.Articles) != 5 || langs["sw"] != 1 || langs["sq"] != 1 || langs["en"] != 3 {
		t.Errorf("want 5 articles (sw, sq, 3 en), got %v", langs)
	}
}

func TestShowJSONHasOneSummaryRowPerParagraph(t *testing.T) {
	out, errs, code := rosetta(t, "", "show", swID, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc showJSON
	mustJSON(t, out, &doc)
	if doc.Lang != "sw" || doc.Summary == nil || doc.Summary.Backend != "gist" || doc.Summary.Lang != "en" {
		t.Fatalf("unexpected header: lang %q summary %+v", doc.Lang, doc.Summary)
	}
	for i, p := range doc.Paragraphs {
		if doc.Body[p.Start:p.End] != p.Text {
			t.Errorf("paragraph %d: offsets do not give its text", i)
		}
	}
	if len(doc.Summary.Rows) != len(doc.Paragraphs) {
		t.Fatalf("%d rows for %d paragraphs", len(doc.Summary.Rows), len(doc.Paragraphs))
	}
	for i, r := range doc.Summary.Rows {
		if r.Paragraph != i || r.Text == "" {
			t.Errorf("row %d = %+v", i, r)
		}
	}
	if n := len(doc.Summary.Overview); n < 1 || n > 4 {
		t.Errorf("overview has %d points", n)
	}
	for _, o := range doc.Summary.Overview {
		for _, p := range o.Paragraphs {
			if p < 0 || p >= len(doc.Paragraphs) {
				t.Errorf("overview points to paragraph %d", p)
			}
		}
	}
}

func TestShowColumnsFitWidth(t *testing.T) {
	for _, w := range []int{60, 100, 200} {
		out, errs, code := rosetta(t, "", "show", "--width", itoa(w), swID)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if !strings.Contains(out, "Russia") {
			t.Errorf("width %d: no English column", w)
		}
		for _, line := range strings.Split(out, "\n") {
			if n := len([]rune(line)); n > w {
				t.Errorf("width %d: line of %d runes: %q", w, n, line)
			}
		}
	}
}

func TestShowMarkdown(t *testing.T) {
	out, _, code := rosetta(t, "", "show", "--markdown", swID)
	if code != 0 || !strings.HasPrefix(out, "# ") || !strings.Contains(out, "## Overview") || !strings.Contains(out, "> ") {
		t.Fatalf("exit %d, markdown:\n%s", code, out)
	}
}

func TestErrorsAreOneLineWithExitCodes(t *testing.T) {
	empty := t.TempDir()
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"show", "nope"}, exitFailure, "no such article"},
		{[]string{"list", "--bogus"}, exitUsage, "bogus"},
		{[]string{"frobnicate"}, exitUsage, "unknown command"},
		{[]string{"list", "--corpus", "/does/not/exist"}, exitFailure, "/does/not/exist"},
		{[]string{"list", "--corpus", empty}, exitFailure, "no articles"},
		{[]string{"search", "--json", `"unclosed`}, exitUsage, "quote"},
		{[]string{"show"}, exitUsage, "ID"},
		{[]string{"translate", "--backend", "nosuch"}, exitUsage, "nosuch"},
	}
	for _, c := range cases {
		out, errs, code := rosetta(t, "", c.args...)
		if code != c.code {
			t.Errorf("%v: exit %d, want %d (stderr %q)", c.args, code, c.code, errs)
		}
		if strings.Count(errs, "\n") != 1 || !strings.Contains(strings.ToLower(errs), strings.ToLower(c.want)) {
			t.Errorf("%v: stderr %q should be one line mentioning %q", c.args, errs, c.want)
		}
		if out != "" {
			t.Errorf("%v: stdout should be empty, got %q", c.args, out)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"list", "--help"}, {"show", "-h"}, {"search", "--help"}} {
		out, _, code := rosetta(t, "", args...)
		if code != 0 || !strings.Contains(out, "usage") {
			t.Errorf("%v: exit %d, out %q", args, code, out)
		}
	}
	out, _, code := rosetta(t, "", "--version")
	if code != 0 || !strings.Contains(out, version) {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}

func TestTranslateLineByLine(t *testing.T) {
	in := "Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi.\n\nMarekani na China."
	out, errs, code := rosetta(t, in, "translate", "--from", "sw")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 || lines[1] != "" {
		t.Fatalf("want 3 lines with a blank middle, got %q", lines)
	}
	if !strings.Contains(lines[0], "Russia") || !strings.Contains(lines[0], "Putin") ||
		!strings.Contains(lines[2], "United States") {
		t.Errorf("translation: %q", lines)
	}
	_, errs, code = rosetta(t, "Bonjour", "translate", "--from", "fr")
	if code == 0 || !strings.Contains(errs, "not supported") {
		t.Errorf("fr→en with gist: exit %d, %q", code, errs)
	}
}

func TestEntitiesJSONOffsetsMatchBody(t *testing.T) {
	out, _, code := rosetta(t, "", "entities", "--json")
	if code != 0 {
		t.Fatal("exit", code)
	}
	var doc struct {
		Entities []entityJSON `json:"entities"`
	}
	mustJSON(t, out, &doc)
	bodies := map[string]string{}
	names := map[string]bool{}
	for _, en := range doc.Entities {
		names[en.Name] = true
		for _, m := range en.Mentions {
			b, ok := bodies[m.Article]
			if !ok {
				s, _, _ := rosetta(t, "", "show", "--json", "--no-summary", m.Article)
				var sd showJSON
				mustJSON(t, s, &sd)
				b = sd.Body
				bodies[m.Article] = b
			}
			if b[m.Start:m.End] != m.Text {
				t.Errorf("%s: body[%d:%d] = %q, mention says %q", en.Name, m.Start, m.End, b[m.Start:m.End], m.Text)
			}
		}
	}
	for _, want := range []string{"Russia", "Vladimir Putin", "Vietnam", "Hanoi", "Pyongyang", "North Korea", "United States"} {
		if !names[want] {
			t.Errorf("shared entity %q missing", want)
		}
	}
	for _, bad := range []string{"Rais", "June", "POOL", "Thursday", "Presidenti"} {
		if names[bad] {
			t.Errorf("false shared entity %q", bad)
		}
	}
}

func TestSearchAndStoriesOnSample(t *testing.T) {
	out, errs, code := rosetta(t, "", "search", "--json", "rusise")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var sr struct {
		Query string    `json:"query"`
		Hits  []hitJSON `json:"hits"`
	}
	mustJSON(t, out, &sr)
	found := false
	for _, h := range sr.Hits {
		found = found || strings.HasPrefix(h.Article, "001_")
	}
	if sr.Query != "rusise" || !found {
		t.Errorf("rusise should find the Albanian article: %+v", sr)
	}
	out, _, code = rosetta(t, "", "stories", "--json")
	var st struct {
		Stories []storyJSON `json:"stories"`
	}
	mustJSON(t, out, &st)
	if code != 0 || len(st.Stories) != 1 || len(st.Stories[0].Articles) != 5 || st.Stories[0].Title == "" {
		t.Errorf("the five seeds should form one story: %+v", st)
	}
}

func TestConfigPrintAndUnknownKey(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	os.WriteFile(cfg, []byte("theme = \"dark\"\nfrobnicate = 1\n[keys]\nquit = [\"q\", \"ctrl+q\"]\n"), 0o644)
	out, errs, code := rosetta(t, "", "config", "--print", "--config", cfg)
	if code != 0 || !strings.Contains(out, `theme = "dark"`) || !strings.Contains(out, "ctrl+q") {
		t.Fatalf("exit %d, out %q", code, out)
	}
	if !strings.Contains(errs, "c.toml:2") || !strings.Contains(errs, "frobnicate") {
		t.Errorf("unknown key should be reported with its line: %q", errs)
	}
}

func TestImportExportOPMLAndRefresh(t *testing.T) {
	dir := t.TempDir()
	feedPath := filepath.Join(dir, "habari.xml")
	os.WriteFile(feedPath, []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Habari</title>
<language>sw</language><item><title>Rais azuru Hanoi</title><guid>a1</guid>
<description>&lt;p&gt;Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam.&lt;/p&gt;</description></item>
</channel></rss>`), 0o644)
	opml := filepath.Join(dir, "feeds.opml")
	os.WriteFile(opml, []byte(`<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
<outline text="Habari" title="Habari" type="rss" xmlUrl="`+feedPath+`"/></body></opml>`), 0o644)
	isolateXDG(t)
	if _, errs, code := rosetta(t, "", "import", opml); code != 0 {
		t.Fatalf("import: exit %d %s", code, errs)
	}
	out, _, code := rosetta(t, "", "export", "--opml")
	if code != 0 || !strings.Contains(out, feedPath) {
		t.Fatalf("export: exit %d %q", code, out)
	}
	out, errs, code := rosetta(t, "", "refresh")
	if code != 0 || !strings.Contains(out, "1 new") {
		t.Fatalf("refresh: exit %d %q %q", code, out, errs)
	}
	out, _, _ = rosetta(t, "", "list", "--json")
	if !strings.Contains(out, "Rais azuru Hanoi") || !strings.Contains(out, `"lang": "sw"`) {
		t.Errorf("stored feed article should be listed: %s", out)
	}
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
