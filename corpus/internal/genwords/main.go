// Command genwords writes enwords.txt, the English vocabulary the
// run-together-word repair consults (see corpus/repair.go): every
// lower-case word of the NTREX-128 English news source (CC BY-SA 4.0, see
// corpus/NOTICE). Run it through `go generate ./corpus`.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

func main() {
	src := flag.String("src", "../../shared/data/ntrex128/newstest2019-src.eng.txt", "English text, one segment per line")
	out := flag.String("out", "enwords.txt", "word list to write")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genwords:", err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	f, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("read source: %w", err)
	}
	defer f.Close()
	seen := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		for _, w := range strings.FieldsFunc(sc.Text(), func(r rune) bool { return r > unicode.MaxASCII || !unicode.IsLetter(r) }) {
			if len(w) >= 2 && strings.ToLower(w) == w {
				seen[w] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read source: %w", err)
	}
	words := make([]string, 0, len(seen))
	for w := range seen {
		words = append(words, w)
	}
	slices.Sort(words)
	return os.WriteFile(out, []byte(strings.Join(words, "\n")+"\n"), 0o644)
}
