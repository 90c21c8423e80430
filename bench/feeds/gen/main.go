// Command gen writes a large synthetic RSS 2.0 feed for the refresh
// benchmark (bench/feeds/run.sh): N items with unique GUIDs, dates, authors
// and two to four HTML paragraphs of Swahili, Albanian or English text.
//
//	go run ./bench/feeds/gen -n 10000 -o /tmp/feed-10k.xml
package main

import (
	"bufio"
	"flag"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"os"
	"time"
)

var sentences = map[string][]string{
	"sw": {
		"Rais wa Urusi Vladimir Putin amewasili mjini Hanoi kwa ziara ya kiserikali ya siku mbili.",
		"Ziara hii inafuatia safari yake ya Korea Kaskazini ambako alisaini mkataba wa ulinzi.",
		"Viongozi hao walijadili ushirikiano katika nishati, elimu na sayansi.",
		"Marekani imeeleza wasiwasi wake kuhusu ziara hiyo ya Putin barani Asia.",
		"Vietnam imesema sera yake ya mambo ya nje inabaki kuwa ya uwiano.",
	},
	"sq": {
		"Presidenti rus Vladimir Putin mbërriti në Hanoi për një vizitë shtetërore dy-ditore.",
		"Vizita vjen pas një ndalese në Korenë e Veriut ku nënshkroi një marrëveshje mbrojtjeje.",
		"Të dy vendet nënshkruan marrëveshje në fushat e energjisë, arsimit dhe shkencës.",
		"SHBA-të shprehën shqetësim për vizitën e Putinit në Azi.",
		"Vietnami ka ruajtur një politikë të jashtme të balancuar.",
	},
	"en": {
		"Russian President Vladimir Putin arrived in Hanoi for a two-day state visit.",
		"The trip follows a stop in North Korea where he signed a defence pact.",
		"The two countries signed about a dozen agreements on energy, education and science.",
		"The United States voiced concern over Putin's visit to Asia.",
		"Vietnam says its foreign policy remains balanced among the major powers.",
	},
}

var langs = []string{"sw", "sq", "en"}

func main() {
	n := flag.Int("n", 10000, "number of items")
	out := flag.String("o", "", "output file (default stdout)")
	seed := flag.Uint64("seed", 1, "random seed (same seed, same file)")
	flag.Parse()
	w := io.Writer(os.Stdout)
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if err := write(bw, *n, rand.New(rand.NewPCG(*seed, *seed))); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func write(w *bufio.Writer, n int, rng *rand.Rand) error {
	fmt.Fprintf(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"+
		"<title>Rosetta benchmark feed</title>\n<link>https://bench.example/</link>\n<description>%d synthetic items</description>\n", n)
	t0 := time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)
	for i := range n {
		lang := langs[rng.IntN(len(langs))]
		ss := sentences[lang]
		fmt.Fprintf(w, "<item>\n<title>%s (%d)</title>\n<link>https://bench.example/%s/%d</link>\n<guid isPermaLink=\"false\">bench-%d</guid>\n",
			html.EscapeString(prefix(ss[rng.IntN(len(ss))], 40)), i, lang, i, i)
		fmt.Fprintf(w, "<dc:creator>Author %d</dc:creator>\n<dc:language>%s</dc:language>\n<pubDate>%s</pubDate>\n<description><![CDATA[",
			rng.IntN(50), lang, t0.Add(-time.Duration(i)*time.Minute).Format(time.RFC1123Z))
		for p := 0; p < 2+rng.IntN(3); p++ {
			w.WriteString("<p>")
			for s := 0; s < 2+rng.IntN(2); s++ {
				if s > 0 {
					w.WriteByte(' ')
				}
				w.WriteString(ss[rng.IntN(len(ss))])
			}
			fmt.Fprintf(w, " <a href=\"https://bench.example/%d\">%d</a></p>", rng.IntN(n), i)
		}
		if _, err := w.WriteString("]]></description>\n</item>\n"); err != nil {
			return err
		}
	}
	_, err := w.WriteString("</channel>\n</rss>\n")
	return err
}

// prefix returns the first n runes of s.
func prefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
