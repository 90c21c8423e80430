package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/rosetta-reader/rosetta/corpus/langid"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/translate"
)

// translateBatch bounds one backend call; the cache wrapper sends only the
// misses of each batch.
const translateBatch = 64

func translateCmd() *command {
	var from, to string
	return &command{
		name: "translate", usage: "[--from LANG|auto] [--to LANG] [--backend NAME] < IN > OUT",
		summary: "translate stdin line by line (one output line per input line)",
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&from, "from", "auto", "source `LANG`uage (ISO 639-1), or auto to detect it")
			fs.StringVar(&to, "to", "en", "target `LANG`uage (ISO 639-1)")
		},
		run: func(e *env, args []string) error {
			if len(args) > 0 {
				return usageErr("translate reads stdin and takes no arguments (got %q)", args[0])
			}
			lines, err := readLines(e.stdin)
			if err != nil {
				return err
			}
			if from == "auto" || from == "" {
				from = detectLines(lines)
			}
			b, closeFn, err := e.openBackend()
			if err != nil {
				return err
			}
			defer closeFn()
			return translateLines(e, b, lines, from, to)
		},
	}
}

func readLines(r io.Reader) ([]string, error) {
	var lines []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading stdin: %w", err)
	}
	return lines, nil
}

// detectLines tells the language of the whole input: single lines are often
// too short to tell on their own.
func detectLines(lines []string) string {
	lang, _ := langid.Detect(strings.Join(lines, "\n"))
	if lang == "" {
		return "en"
	}
	return lang
}

func translateLines(e *env, b translate.Backend, lines []string, from, to string) error {
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	for start := 0; start < len(lines); start += translateBatch {
		batch := lines[start:min(start+translateBatch, len(lines))]
		// Blank lines are kept as blank lines and never sent.
		var segs []string
		for _, l := range batch {
			if strings.TrimSpace(l) != "" {
				segs = append(segs, l)
			}
		}
		out, err := b.Translate(e.ctx, segs, from, to)
		if err != nil {
			return fmt.Errorf("translate %s→%s with %s: %w", from, to, b.Name(), err)
		}
		k := 0
		for _, l := range batch {
			if strings.TrimSpace(l) == "" {
				w.WriteString("\n")
				continue
			}
			w.WriteString(sanitize.Line(out[k]) + "\n")
			k++
		}
	}
	return nil
}
