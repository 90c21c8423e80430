package search

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	type alt = []string // folded words of each alternative
	cases := []struct {
		q       string
		clauses [][]alt
		neg     []bool
		langs   []string
		ents    []string
	}{
		{q: "Putin Vietnam", clauses: [][]alt{{{"putin"}}, {{"vietnam"}}}, neg: []bool{false, false}},
		{q: `"South China Sea"`, clauses: [][]alt{{{"south", "china", "sea"}}}, neg: []bool{false}},
		{q: "Putin -Korea", clauses: [][]alt{{{"putin"}}, {{"korea"}}}, neg: []bool{false, true}},
		{q: "vietnam OR hanoi putin", clauses: [][]alt{{{"vietnam"}, {"hanoi"}}, {{"putin"}}}, neg: []bool{false, false}},
		{q: "entity:Moscow lang:SQ", ents: []string{"moscow"}, langs: []string{"sq"}},
		{q: `entity:"To Lam" visit`, clauses: [][]alt{{{"visit"}}}, neg: []bool{false}, ents: []string{"to lam"}},
		{q: "Nguyễn Rusisë ĐÔNG", clauses: [][]alt{{{"nguyen"}}, {{"rusise"}}, {{"dong"}}}, neg: []bool{false, false, false}},
		{q: "10:30 putin", clauses: [][]alt{{{"10", "30"}}, {{"putin"}}}, neg: []bool{false, false}},
		{q: "'); DROP TABLE doc; --", clauses: [][]alt{{{"drop"}}, {{"table"}}, {{"doc"}}}, neg: []bool{false, false, false}},
		{q: "NEAR( putin", clauses: [][]alt{{{"near"}}, {{"putin"}}}, neg: []bool{false, false}},
		{q: `"col:term"`, clauses: [][]alt{{{"col", "term"}}}, neg: []bool{false}},
		{q: "   ", clauses: nil},
	}
	for _, tc := range cases {
		q, err := Parse(tc.q)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.q, err)
			continue
		}
		var got [][]alt
		var neg []bool
		for _, c := range q.Clauses {
			var alts []alt
			for _, a := range c.Alts {
				alts = append(alts, a.Words)
			}
			got = append(got, alts)
			neg = append(neg, c.Negated)
		}
		var ents []string
		for _, e := range q.Entities {
			ents = append(ents, strings.Join(e.Words, " "))
		}
		if !reflect.DeepEqual(got, tc.clauses) || !reflect.DeepEqual(neg, tc.neg) ||
			!reflect.DeepEqual(q.Langs, tc.langs) || !reflect.DeepEqual(ents, tc.ents) {
			t.Errorf("Parse(%q) = clauses %v neg %v langs %v ents %v; want %v %v %v %v",
				tc.q, got, neg, q.Langs, ents, tc.clauses, tc.neg, tc.langs, tc.ents)
		}
	}
}

func TestParsePrefix(t *testing.T) {
	q, err := Parse(`agree* "south chi"*`)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := q.Clauses[0].Alts[0], q.Clauses[1].Alts[0]; !a.Prefix || !b.Prefix || !b.Phrase {
		t.Errorf("prefix flags lost: %+v %+v", a, b)
	}
	if got := matchExpr(q, nil); got != `((("agree" *)) AND (("south chi" *)))` {
		t.Errorf("match expression %s", got)
	}
}

func TestSyntaxErrors(t *testing.T) {
	cases := []struct {
		q   string
		pos int
		msg string
	}{
		{`putin "south china`, 6, "unclosed quote"},
		{`putin - korea`, 6, "'-' must be followed"},
		{`putin -`, 6, "'-' must be followed"},
		{`OR putin`, 0, "OR needs"},
		{`putin OR`, 6, "OR needs"},
		{`putin OR OR hanoi`, 6, "OR needs"},
		{`putin OR -korea`, 6, "OR cannot join an excluded"},
		{`lang:`, 5, "empty filter"},
		{`entity:""`, 7, "empty filter"},
		{`lang:xx1`, 0, "language code"},
		{`col:term`, 0, `unknown filter "col:"`},
		{`lang:sw OR lang:sq`, 8, "OR cannot join filters"},
		{`-korea`, 0, "nothing to look for"},
		{`lang:sw`, 0, "nothing to look for"},
		{`*`, 0, "'*' needs"},
		{`a*`, 0, "'*' needs at least 3"},
		{`"*"*`, 0, "'*' needs"},
		{`entity:"—"`, 0, "entity: wants a name"},
	}
	for _, tc := range cases {
		_, err := Parse(tc.q)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%q) = %v, want *SyntaxError", tc.q, err)
			continue
		}
		if se.Pos != tc.pos || !strings.Contains(se.Error(), tc.msg) {
			t.Errorf("Parse(%q): pos %d %q; want pos %d containing %q", tc.q, se.Pos, se.Error(), tc.pos, tc.msg)
		}
	}
}

func TestSyntaxErrorColumnCountsRunes(t *testing.T) {
	_, err := Parse(`Rusisë "x`)
	if err == nil || !strings.Contains(err.Error(), "column 8") {
		t.Errorf("error %v, want column 8 (runes, not bytes)", err)
	}
}

func TestMatchExprQuotesEverything(t *testing.T) {
	q, err := Parse(`putin OR "south china" -korea entity:Moska`)
	if err != nil {
		t.Fatal(err)
	}
	exp := ExpanderFunc(func(s string) []string {
		if s == "putin" {
			return []string{"Putinit", `Pu"tin`, "Putin"}
		}
		return nil
	})
	got := matchExpr(q, exp)
	want := `(((("putin" OR "putinit" OR "pu tin") OR ("south china")) AND ({entities} : ("moska"))) NOT (("korea")))`
	if got != want {
		t.Errorf("matchExpr =\n%s\nwant\n%s", got, want)
	}
}

func TestFoldMatchesFTS5(t *testing.T) {
	for in, want := range map[string]string{
		"Rusisë": "rusise", "PUTIN": "putin", "Nguyễn": "nguyen", "Đông": "dong",
		"ÇËSHTJE": "ceshtje", "e\u0301t": "et", "İstanbul": "istanbul", "Łódź": "lodz", "Straße": "strasse",
	} {
		if got := foldedWords(in); len(got) != 1 || got[0] != want {
			t.Errorf("foldedWords(%q) = %q, want %q", in, got, want)
		}
	}
	toks := tokenize("Putin’s visit, 19-20 June")
	var words []string
	for _, tk := range toks {
		words = append(words, tk.folded)
	}
	if want := []string{"putin", "s", "visit", "19", "20", "june"}; !reflect.DeepEqual(words, want) {
		t.Errorf("tokens %q, want %q", words, want)
	}
	if toks[0].start != 0 || toks[0].end != 5 || toks[1].start != 8 {
		t.Errorf("offsets %+v", toks[:2])
	}
}

func TestSnippet(t *testing.T) {
	long := strings.Repeat("lorem ipsum ", 30) + "the Kremlin denies it\x1b[31m\u202e" + strings.Repeat(" dolor sit", 30)
	i := strings.Index(long, "Kremlin")
	sn, sp := snippet(long, [][2]int{{i, i + len("Kremlin")}})
	if len(sp) != 1 || sn[sp[0][0]:sp[0][1]] != "Kremlin" {
		t.Fatalf("snippet span %v does not cover Kremlin in %q", sp, sn)
	}
	if !strings.HasPrefix(sn, "…") || !strings.HasSuffix(sn, "…") {
		t.Errorf("cut snippet should be marked with ellipses: %q", sn)
	}
	if strings.ContainsAny(sn, "\x1b\u202e") {
		t.Errorf("control characters in snippet %q", sn)
	}
	if !utf8.ValidString(sn) {
		t.Errorf("invalid UTF-8 %q", sn)
	}
	short, _ := snippet("Urusi\n", nil)
	if short != "Urusi " {
		t.Errorf("short snippet %q", short)
	}
}
