// Command sqgen derives the gist engine's compact Albanian morphology file
// (data/sq_uniparser.txt) from the UniParser grammar of Albanian
// (timarkh/uniparser-grammar-albanian, MIT; see ../../NOTICE).
//
// It flattens the nested inflection paradigms into suffix tables keyed by
// paradigm and stem index, and keeps each lexeme's stems and first English
// gloss. Non-standard and Gheg forms are dropped: they add ambiguity that a
// word-for-word gist cannot resolve.
//
//	go run ./translate/gist/internal/sqgen -src /work/shared/data/albanian_uniparser > translate/gist/data/sq_uniparser.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

type flex struct {
	forms []string // alternatives, e.g. "<0>.jt<.>"
	gramm string
	subs  []string
}

type paradigm struct{ flexes []*flex }

func main() {
	src := flag.String("src", "/work/shared/data/albanian_uniparser", "uniparser folder")
	flag.Parse()
	if err := run(*src, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "sqgen:", err)
		os.Exit(1)
	}
}

func run(src string, w io.Writer) error {
	pars, err := readParadigms(filepath.Join(src, "paradigms.txt"))
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Derived from the UniParser grammar of Albanian (MIT, Timofey Arkhangelskiy); see NOTICE.")
	fmt.Fprintln(bw, "# P<TAB>paradigm<TAB>stem index<TAB>suffix<TAB>tags   L<TAB>pos<TAB>paradigm<TAB>stems<TAB>gloss<TAB>lemma")
	used := map[string]bool{}
	var lex []string
	for _, f := range []string{"sqi_lexemes_V.txt", "sqi_lexemes_A.txt", "sqi_lexemes_rest.txt"} {
		ls, err := readLexemes(filepath.Join(src, f))
		if err != nil {
			return err
		}
		for _, l := range ls {
			used[l.paradigm] = true
			lex = append(lex, strings.Join([]string{"L", l.pos, l.paradigm, l.stems, l.gloss, l.lemma}, "\t"))
		}
	}
	names := make([]string, 0, len(used))
	for n := range used {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		rows := map[string]bool{}
		expand(pars, n, "", "", -1, rows, 0)
		keys := make([]string, 0, len(rows))
		for k := range rows {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(bw, "P\t%s\t%s\n", n, k)
		}
	}
	for _, l := range lex {
		fmt.Fprintln(bw, l)
	}
	return bw.Flush()
}

var stemRef = regexp.MustCompile(`^<(\d+)>`)

// expand walks paradigm name, appending suffixes to prefix and collecting
// "stemIdx<TAB>suffix<TAB>tags" rows.
func expand(pars map[string]*paradigm, name, suffix, tags string, idx int, rows map[string]bool, depth int) {
	p := pars[name]
	if p == nil || depth > 6 {
		return
	}
	for _, f := range p.flexes {
		if bad(f.gramm) {
			continue
		}
		t := joinTags(tags, f.gramm)
		for _, form := range f.forms {
			i := idx
			if m := stemRef.FindStringSubmatch(form); m != nil {
				fmt.Sscan(m[1], &i)
				form = form[len(m[0]):]
			}
			s := suffix + strings.NewReplacer("<.>", "", ".", "").Replace(form)
			if i < 0 {
				i = 0
			}
			if len(f.subs) == 0 {
				if !strings.Contains(t, "imp") {
					rows[fmt.Sprintf("%d\t%s\t%s", i, s, t)] = true
				}
				continue
			}
			for _, sub := range f.subs {
				subName, extra, _ := strings.Cut(sub, ",")
				if bad(extra) {
					continue
				}
				expand(pars, subName, s, joinTags(t, extra), i, rows, depth+1)
			}
		}
	}
}

func bad(gramm string) bool {
	return strings.Contains(gramm, "nonst") || strings.Contains(gramm, "Gheg")
}

// keep lists the tags the engine renders; the rest only add noise.
var keep = map[string]bool{"1": true, "2": true, "3": true, "sg": true, "pl": true, "pres": true,
	"aor": true, "ipf": true, "ptcp": true, "pass": true, "sbjv": true, "imp": true, "opt": true,
	"adm": true, "def": true, "indef": true, "nom": true, "gen_dat": true, "acc": true, "abl": true}

func joinTags(a, b string) string {
	set := map[string]bool{}
	for _, t := range strings.FieldsFunc(a+","+b, func(r rune) bool { return r == ',' || r == '.' || r == ' ' }) {
		if keep[t] {
			set[t] = true
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return strings.Join(out, ".")
}

func readParadigms(path string) (map[string]*paradigm, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read paradigms: %w", err)
	}
	pars := map[string]*paradigm{}
	var cur *paradigm
	var fl *flex
	for _, line := range strings.Split(string(b), "\n") {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "-paradigm:"):
			cur = &paradigm{}
			pars[strings.TrimSpace(strings.TrimPrefix(t, "-paradigm:"))] = cur
			fl = nil
		case strings.HasPrefix(t, "-flex:") && cur != nil:
			fl = &flex{forms: strings.Split(strings.TrimSpace(strings.TrimPrefix(t, "-flex:")), "//")}
			cur.flexes = append(cur.flexes, fl)
		case strings.HasPrefix(t, "gramm:") && fl != nil:
			fl.gramm = strings.TrimSpace(strings.TrimPrefix(t, "gramm:"))
		case strings.HasPrefix(t, "paradigm:") && fl != nil:
			fl.subs = append(fl.subs, strings.TrimSpace(strings.TrimPrefix(t, "paradigm:")))
		}
	}
	return pars, nil
}

type lexeme struct{ pos, paradigm, stems, gloss, lemma string }

func readLexemes(path string) ([]lexeme, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read lexemes: %w", err)
	}
	var out []lexeme
	for _, rec := range strings.Split(string(b), "-lexeme") {
		f := map[string]string{}
		for _, line := range strings.Split(rec, "\n") {
			k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
			if ok {
				f[k] = strings.TrimSpace(v)
			}
		}
		g := cleanGloss(f["trans_en"])
		if g == "" || f["stem"] == "" || bad(f["gramm"]) {
			continue
		}
		pos, _, _ := strings.Cut(f["gramm"], ",")
		stems := strings.ReplaceAll(f["stem"], ".", "")
		if f["paradigm"] != "unchangeable" && strings.Contains(strings.TrimSuffix(strings.NewReplacer(".|", "|", ".//", "//").Replace(f["stem"]), "."), ".") {
			continue // infixed stems: rare, skipped
		}
		out = append(out, lexeme{pos, f["paradigm"], stems, g, f["lex"]})
	}
	return out, nil
}

var parens = regexp.MustCompile(`\([^)]*\)`)

// cleanGloss keeps the first sense of a gloss: "(vt) give; marry off" → "give".
func cleanGloss(s string) string {
	s = parens.ReplaceAllString(s, "")
	s, _, _ = strings.Cut(s, ";")
	s, _, _ = strings.Cut(s, ",")
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "to "))
	if strings.ContainsAny(s, "\t\n") || len(s) > 40 {
		return ""
	}
	return s
}
