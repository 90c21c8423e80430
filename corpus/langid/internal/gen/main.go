// Command gen builds the language-identification model embedded in
// corpus/langid from the NTREX-128 news translations (CC BY-SA 4.0, see
// corpus/langid/NOTICE). Run it through `go generate ./corpus/langid` with
// the shared data checked out beside the repository.
//
// For each language it counts the character trigrams of the first -train
// lines (the rest is held out for evaluation), keeps the -top most frequent,
// and writes their log-probabilities, quantised to one byte, as the lookup
// table corpus/langid probes in place (internal/modelfile).
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/rosetta-reader/rosetta/corpus/langid/internal/modelfile"
	"github.com/rosetta-reader/rosetta/corpus/langid/internal/ngram"
)

// languages maps ISO 639-1 codes to NTREX file suffixes. Near-twins that
// would blur each other at paragraph length (Malay next to Indonesian,
// Serbian next to Croatian) are left out, and so are Chinese, Japanese and
// Korean, which langid tells by script.
var languages = []struct{ code, file string }{
	{"en", "src.eng"}, {"sw", "ref.swa"}, {"sq", "ref.sqi"},
	{"de", "ref.deu"}, {"fr", "ref.fra"}, {"es", "ref.spa"}, {"it", "ref.ita"},
	{"pt", "ref.por"}, {"nl", "ref.nld"}, {"pl", "ref.pol"}, {"ro", "ref.ron"},
	{"ru", "ref.rus"}, {"tr", "ref.tur"}, {"cs", "ref.ces"}, {"sk", "ref.slk"},
	{"hu", "ref.hun"}, {"fi", "ref.fin"}, {"sv", "ref.swe"}, {"da", "ref.dan"},
	{"nb", "ref.nob"}, {"ca", "ref.cat"}, {"hr", "ref.hrv"}, {"sl", "ref.slv"},
	{"et", "ref.est"}, {"lv", "ref.lav"}, {"lt", "ref.lit"}, {"uk", "ref.ukr"},
	{"bg", "ref.bul"}, {"mk", "ref.mkd"}, {"el", "ref.ell"}, {"vi", "ref.vie"},
	{"id", "ref.ind"}, {"so", "ref.som"}, {"ha", "ref.hau"}, {"af", "ref.afr"},
	{"is", "ref.isl"}, {"ga", "ref.gle"}, {"ar", "ref.arb"}, {"he", "ref.heb"},
	{"fa", "ref.fas"}, {"hi", "ref.hin"}, {"th", "ref.tha"},
}

// Scale is the quantisation step: a byte q stands for log-probability -q/Scale.
const Scale = 12

func main() {
	data := flag.String("data", "../../../shared/data/ntrex128", "NTREX-128 folder")
	out := flag.String("out", "model.bin", "model file to write")
	train := flag.Int("train", 1500, "lines per language used for training")
	top := flag.Int("top", 2500, "grams kept per language")
	flag.Parse()
	if err := run(*data, *out, *train, *top); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type profile struct {
	counts map[string]int
	total  int
}

func run(data, out string, train, top int) error {
	profiles := make([]profile, len(languages))
	for i, l := range languages {
		p, err := count(filepath.Join(data, "newstest2019-"+l.file+".txt"), train)
		if err != nil {
			return err
		}
		profiles[i] = p
	}
	codes := make([]string, len(languages))
	floors := make([]byte, len(languages))
	for i, l := range languages {
		codes[i], floors[i] = l.code, floor(profiles[i], top)
	}
	vocab := union(profiles, top)
	grams := make([]modelfile.Gram, len(vocab))
	for i, g := range vocab {
		grams[i] = modelfile.Gram{Hash: ngram.Hash(g), Pairs: gains(g, profiles, floors)}
	}
	b, err := modelfile.Encode(codes, floors, grams)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Printf("gen: %d languages, %d grams, %d bytes\n", len(languages), len(vocab), len(b))
	return nil
}

func count(path string, train int) (profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return profile{}, fmt.Errorf("read corpus: %w", err)
	}
	defer f.Close()
	p := profile{counts: map[string]int{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var scratch []rune
	for n := 0; n < train && sc.Scan(); n++ {
		scratch = ngram.Words(sc.Text(), scratch, func(w []rune) bool {
			ngram.Grams(w, func(g []rune) {
				p.counts[string(g)]++
				p.total++
			})
			return true
		})
	}
	return p, sc.Err()
}

// kept returns the grams of p in its top list, most frequent first.
func kept(p profile, top int) []string {
	gs := make([]string, 0, len(p.counts))
	for g := range p.counts {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		ci, cj := p.counts[gs[i]], p.counts[gs[j]]
		return ci > cj || ci == cj && gs[i] < gs[j]
	})
	return gs[:min(top, len(gs))]
}

func union(ps []profile, top int) []string {
	seen := map[string]bool{}
	var all []string
	for _, p := range ps {
		for _, g := range kept(p, top) {
			if !seen[g] {
				seen[g] = true
				all = append(all, g)
			}
		}
	}
	sort.Strings(all)
	return all
}

func quant(c float64, total int) byte {
	q := math.Round(-math.Log(c/float64(total)) * Scale)
	return byte(min(max(q, 0), 255))
}

// floor is the score of a gram missing from a language's list: half the
// count of the rarest gram kept, since a missing gram is rarer than that.
func floor(p profile, top int) byte {
	ks := kept(p, top)
	if len(ks) == 0 {
		return 255
	}
	return quant(float64(p.counts[ks[len(ks)-1]])/2, p.total)
}

// gains returns the (language, gain) pairs of a gram for every language
// where it scores at least half a nat above the floor: smaller gains carry
// almost no evidence and would only cost time in the scoring loop.
func gains(g string, ps []profile, floors []byte) []byte {
	var pairs []byte
	for i, p := range ps {
		c := p.counts[g]
		if c == 0 {
			continue
		}
		if gain := int(floors[i]) - int(quant(float64(c), p.total)); gain >= Scale/2 {
			pairs = append(pairs, byte(i), byte(gain))
		}
	}
	return pairs
}
