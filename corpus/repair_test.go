package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSeed004GluedWordsRepaired(t *testing.T) {
	a := article(t, "004_dc8a611bddc792d5")
	fixes := map[string]string{
		"Putinsigned": "Putin signed", "Lamduring": "Lam during", "Vietnambut": "Vietnam but",
		"Thursdayto": "Thursday to", "partnersstarting": "partners starting", "Jinpinglike": "Jinping like",
		"Bidenvisited": "Biden visited", "superpowersin": "superpowers in", "Parameswaranan": "Parameswaran an",
	}
	for glued, fixed := range fixes {
		if strings.Contains(a.Body, glued) || !strings.Contains(a.Body, fixed) {
			t.Errorf("%s not repaired to %q", glued, fixed)
		}
	}
	// Everything else is left as written: only the nine spaces were added
	// (plus the sentence-glue ones, checked in TestSentenceGlue).
	if !strings.Contains(a.Body, "ISEAS-Yusof Ishak Institute") || !strings.Contains(a.Body, "80-year-old") {
		t.Error("text changed beyond the repairs")
	}
}

func TestGluedRule(t *testing.T) {
	v := newVocab()
	for w := range v.common {
		if len(w) > maxCommon {
			t.Errorf("common word %q is longer than maxCommon", w)
		}
	}
	doc := []string{"Putin met Lam. Putinsigned it. Lamduring. Putinism. Washington. Alan Jordan expert. Mayor. lesson in comparison, within"}
	cases := []struct {
		tok, prev, next string
		want            int
	}{
		{"Putinsigned", "", "", 5},      // Putin stands alone elsewhere
		{"Lamduring", "", "", 3},        // so does Lam
		{"Putinism", "", "", 0},         // "ism" is not a common word
		{"Washington", "", "", 0},       // no evidence for "Washing"
		{"Bidenvisited", "Joe", "", 5},  // name context, long suffix
		{"Bidenvisited", "", "", 0},     // no context, no evidence
		{"Jordan", "Alan", "expert", 0}, // "Jord" is too short and unknown
		{"Mayor", "", "", 0},            // a known word
		{"lesson", "", "", 0},           // a known word
		{"comparison", "", "", 0},       // known
		{"Parameswaranan", "Prashanth", "expert", 12},
		{"Parameswaranan", "Prashanth", "news", 0}, // "an" must precede a vowel
		{"superpowersin", "", "", 11},
	}
	tally := &wordTally{paras: doc}
	names := func() map[string]bool { return map[string]bool{"Parameswaran": true} }
	for _, c := range cases {
		ctx := gluedContext{prevCap: c.prev != "", after: " " + c.next, counts: tally, names: names}
		if got := v.splitGlued(c.tok, ctx); got != c.want {
			t.Errorf("splitGlued(%q after %q) = %d, want %d", c.tok, c.prev, got, c.want)
		}
	}
}

// TestNoFalseGlueSplits runs the repair over clean English text: the seeds
// other than 004's nine known cases, and the English of the shared data
// (NTREX-128, FLORES via SIB-200, MasakhaNEWS), where no split is expected.
func TestNoFalseGlueSplits(t *testing.T) {
	texts := map[string][]string{
		"seed 002": strings.Split(seedText(t, "002"), "\n"),
		"seed 003": strings.Split(seedText(t, "003"), "\n"),
	}
	data := "../../shared/data"
	if _, err := os.Stat(data); err == nil {
		texts["ntrex"] = readLines(t, filepath.Join(data, "ntrex128/newstest2019-src.eng.txt"))
		texts["flores"] = readLines(t, filepath.Join(data, "sib200_flores/eng_Latn/train.tsv"))
		texts["masakhanews"] = readLines(t, filepath.Join(data, "masakhanews/eng/dev.tsv"))
	} else {
		t.Log("shared data not present: seeds only")
	}
	v := newVocab()
	total := 0
	for name, lines := range texts {
		tally := &wordTally{paras: lines}
		// The whole data set stands for the other articles of a corpus.
		all := capitalisedWords([]Raw{{Body: strings.Join(lines, "\n")}})
		names := func() map[string]bool { return all }
		for _, l := range lines {
			total += len(strings.Fields(l))
			if got := repairGlued(l, v, tally, names); got != l {
				t.Errorf("%s: false split in %q", name, diffWords(l, got))
			}
		}
	}
	t.Logf("%d words checked", total)
}

// diffWords returns the first word of a that the repair changed.
func diffWords(a, b string) string {
	aw, bw := strings.Fields(a), strings.Fields(b)
	for i := range aw {
		if i >= len(bw) || aw[i] != bw[i] {
			return aw[i]
		}
	}
	return ""
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSentenceGlue(t *testing.T) {
	cases := map[string]string{
		"të Rusisë.Vietnami po ashtu":    "të Rusisë. Vietnami po ashtu",
		"June 20, 2024.MANAN VATSYAYANA": "June 20, 2024. MANAN VATSYAYANA",
		"in Hanoi.STR – Vietnam":         "in Hanoi. STR – Vietnam",
		"via AP)Kristina Kormilitsyna":   "via AP) Kristina Kormilitsyna",
		"see x.com today":                "see x.com today",
		"worth $3.6 billion":             "worth $3.6 billion",
		"the U.S. Embassy":               "the U.S. Embassy",
		"Gennady S. Bezdetko":            "Gennady S. Bezdetko",
		"in 2017. Russia now":            "in 2017. Russia now",
		"visit www.Example.com now":      "visit www.Example.com now",
		"open node.Js.org":               "open node.Js.org",
	}
	for in, want := range cases {
		if got := repairSentenceGlue(in); got != want {
			t.Errorf("repairSentenceGlue(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Rusia po synon, tha ambasadori rus në Vietnam, Gennady S. Bezdetko. Vizita e Putinit.",
			[]string{"Rusia po synon, tha ambasadori rus në Vietnam, Gennady S. Bezdetko.", "Vizita e Putinit."}},
		{"Since Putin’s last visit to Vietnam in 2017. Russia now faces sanctions.",
			[]string{"Since Putin’s last visit to Vietnam in 2017.", "Russia now faces sanctions."}},
		{"Mr. Smith met Dr. Jones. They spoke.", []string{"Mr. Smith met Dr. Jones.", "They spoke."}},
		{"Trade was worth $3.6 billion, x.com said.", []string{"Trade was worth $3.6 billion, x.com said."}},
		{"The U.S. Embassy in Hanoi objected. Moscow did not.", []string{"The U.S. Embassy in Hanoi objected.", "Moscow did not."}},
		{"Putin flew on to the U.S. The visit ended.", []string{"Putin flew on to the U.S.", "The visit ended."}},
	}
	for _, c := range cases {
		var got []string
		for _, s := range sentenceSpans(c.in, nil) {
			got = append(got, c.in[s.Start:s.End])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// Through Build, the glued Albanian sentence end becomes a boundary.
	a := article(t, "001_cac8cb833e5ac3c9")
	found := false
	for _, s := range a.Sentences {
		if strings.HasPrefix(a.Text(s), "Vietnami po ashtu") {
			found = true
		}
	}
	if !found {
		t.Error("001: no sentence starts at Vietnami after Rusisë.")
	}
}

func TestWordCount(t *testing.T) {
	cases := map[string]int{
		"Putin’s visit, t’i japë 3.6 x.com": 6,
		"SHBA-ja — 19-20":                   4,
		"":                                  0,
		"習近平 会见":                            5,
	}
	for in, want := range cases {
		if got := wordCount(in); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", in, got, want)
		}
	}
}
