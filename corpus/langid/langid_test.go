package langid

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// seedLangs is the language of each embedded sample article.
var seedLangs = map[string]string{"000": "sw", "001": "sq", "002": "en", "003": "en", "004": "en"}

func TestSeedParagraphs(t *testing.T) {
	files, _ := filepath.Glob("../sample/*.txt")
	if len(files) != len(seedLangs) {
		t.Fatalf("found %d seed files", len(files))
	}
	for _, f := range files {
		want := seedLangs[filepath.Base(f)[:3]]
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if got, conf := Detect(string(b)); got != want {
			t.Errorf("%s: whole text = %s (%.2f), want %s", f, got, conf, want)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if utf8.RuneCountInString(line) < 40 {
				continue
			}
			if got, conf := Detect(line); got != want {
				t.Errorf("%s: %q = %s (%.2f), want %s", filepath.Base(f), line, got, conf, want)
			}
		}
	}
}

func TestCJK(t *testing.T) {
	cases := map[string]string{
		"普京将于6月19日至20日访问越南河内。":                                                  "zh",
		"プーチン大統領はベトナムを訪問しました。":                                                  "ja",
		"푸틴 대통령이 베트남을 방문했다.":                                                    "ko",
		"Putin (普京) visited Hanoi on Thursday, meeting the leaders of Vietnam.": "en",
	}
	for in, want := range cases {
		if got, conf := Detect(in); got != want || conf <= 0 || conf > 1 {
			t.Errorf("Detect(%q) = %s (%.2f), want %s", in, got, conf, want)
		}
	}
}

func TestShortAndUnknown(t *testing.T) {
	for _, s := range []string{"", "ok", "12345 67890 !!!", "ქართული ენა არის ქართველების ენა", "\x00\x01"} {
		if got, _ := Detect(s); got != "" {
			t.Errorf("Detect(%q) = %q, want \"\"", s, got)
		}
	}
}

func TestModelParses(t *testing.T) {
	m, err := parseModel(modelBytes)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Codes) < 20 || m.Grams() < 10000 {
		t.Fatalf("model has %d languages and %d grams", len(m.Codes), m.Grams())
	}
	for _, bad := range [][]byte{nil, []byte("RLID1"), modelBytes[:len(modelBytes)/2], append(append([]byte{}, modelBytes...), 0)} {
		if _, err := parseModel(bad); err == nil {
			t.Errorf("corrupt model of %d bytes parsed", len(bad))
		}
	}
}

// TestHeldOut measures accuracy on NTREX lines never used for training and
// on FLORES-200 sentences (SIB-200), reading the shared data beside the repo.
func TestHeldOut(t *testing.T) {
	dir := "../../../shared/data"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared data not present")
	}
	// Every language of the model is measured; the ones Rosetta is built
	// around are held to a stricter bar.
	strict := map[string]bool{"en": true, "sw": true, "sq": true, "de": true, "fr": true, "es": true,
		"it": true, "pt": true, "nl": true, "pl": true, "ro": true, "ru": true, "tr": true}
	for _, lang := range Languages() {
		lines := readLines(t, filepath.Join(dir, "ntrex128", "newstest2019-"+ntrexFiles[lang]+".txt"))[1500:]
		acc, long := accuracy(lines, lang), accuracy(atLeast(lines, 40), lang)
		t.Logf("ntrex held-out %s: %.1f%% of %d lines, %.1f%% of those >= 40 chars", lang, 100*acc, len(lines), 100*long)
		if strict[lang] && (acc < 0.95 || long < 0.98) || long < 0.9 {
			t.Errorf("ntrex %s accuracy %.3f (all) %.3f (>= 40 chars)", lang, acc, long)
		}
	}
	for lang, folder := range map[string]string{"en": "eng_Latn", "sw": "swh_Latn", "sq": "als_Latn"} {
		var texts []string
		for _, split := range []string{"train.tsv", "dev.tsv"} {
			for i, l := range readLines(t, filepath.Join(dir, "sib200_flores", folder, split)) {
				if f := strings.Split(l, "\t"); i > 0 && len(f) == 3 {
					texts = append(texts, f[2])
				}
			}
		}
		acc := accuracy(texts, lang)
		t.Logf("flores %s: %.1f%% of %d sentences", lang, 100*acc, len(texts))
		if acc < 0.98 {
			t.Errorf("flores %s accuracy %.3f < 0.98", lang, acc)
		}
	}
}

// ntrexFiles names each language's NTREX-128 file (as internal/gen does).
var ntrexFiles = map[string]string{
	"en": "src.eng", "sw": "ref.swa", "sq": "ref.sqi", "de": "ref.deu", "fr": "ref.fra", "es": "ref.spa",
	"it": "ref.ita", "pt": "ref.por", "nl": "ref.nld", "pl": "ref.pol", "ro": "ref.ron", "ru": "ref.rus",
	"tr": "ref.tur", "cs": "ref.ces", "sk": "ref.slk", "hu": "ref.hun", "fi": "ref.fin", "sv": "ref.swe",
	"da": "ref.dan", "nb": "ref.nob", "ca": "ref.cat", "hr": "ref.hrv", "sl": "ref.slv", "et": "ref.est",
	"lv": "ref.lav", "lt": "ref.lit", "uk": "ref.ukr", "bg": "ref.bul", "mk": "ref.mkd", "el": "ref.ell",
	"vi": "ref.vie", "id": "ref.ind", "so": "ref.som", "ha": "ref.hau", "af": "ref.afr", "is": "ref.isl",
	"ga": "ref.gle", "ar": "ref.arb", "he": "ref.heb", "fa": "ref.fas", "hi": "ref.hin", "th": "ref.tha",
	"ja": "ref.jpn", "ko": "ref.kor", "zh": "ref.zho-CN",
}

func atLeast(texts []string, n int) []string {
	var out []string
	for _, s := range texts {
		if utf8.RuneCountInString(s) >= n {
			out = append(out, s)
		}
	}
	return out
}

func accuracy(texts []string, want string) float64 {
	ok := 0
	for _, s := range texts {
		if got, _ := Detect(s); got == want {
			ok++
		}
	}
	return float64(ok) / float64(len(texts))
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
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "Rais wa Urusi Vladimir Putin", "Presidenti rus", "\xff\xfe", "習近平", strings.Repeat("a", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lang, conf := Detect(s)
		if conf < 0 || conf > 1 || conf != conf {
			t.Fatalf("confidence %v out of [0,1]", conf)
		}
		if lang != "" && len(lang) != 2 {
			t.Fatalf("code %q", lang)
		}
		if lang != "" && conf < minConf {
			t.Fatalf("answered %s with confidence %v", lang, conf)
		}
	})
}

func BenchmarkDetect(b *testing.B) {
	p := "Presidenti rus, Vladimir Putin, po synon të forcojë lidhjet me partnerin e kamotshëm, Vietnamin, gjatë vizitës shtetërore që ka nisur më 20 qershor. Kjo vizitë zhvillohet në kohën kur Moska po përballet me izolim ndërkombëtar."
	b.SetBytes(int64(len(p)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(p)
	}
}

// BenchmarkLoad is the model's load, on the path to the reader's first
// frame (langid.Preload).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := parseModel(modelBytes); err != nil {
			b.Fatal(err)
		}
	}
}
