package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/translate/summary"
	"github.com/rosetta-reader/rosetta/tui"
)

type showJSON struct {
	ID         string          `json:"id"`
	Title      string          `json:"title"`
	Lang       string          `json:"lang"`
	Source     string          `json:"source"`
	URL        string          `json:"url,omitempty"`
	Body       string          `json:"body"`
	Paragraphs []paragraphJSON `json:"paragraphs"`
	Summary    *summaryJSON    `json:"summary,omitempty"`
}

type summaryJSON struct {
	Lang     string        `json:"lang"`
	Backend  string        `json:"backend"`
	Overview []overviewRow `json:"overview"`
	Rows     []summaryRow  `json:"rows"`
	Errors   []string      `json:"errors,omitempty"`
}

type overviewRow struct {
	Text       string `json:"text"`
	Paragraphs []int  `json:"paragraphs"`
}

type summaryRow struct {
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
}

func showCmd() *command {
	var asJSON, markdown, noSummary bool
	var width int
	var to string
	return &command{
		name: "show", usage: "[--json|--markdown] [--width N] ID",
		summary: "print an article beside its aligned English summary",
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&asJSON, "json", false, "print JSON (body, paragraphs with byte offsets, summary)")
			fs.BoolVar(&markdown, "markdown", false, "print the article and its aligned summary as Markdown")
			fs.BoolVar(&noSummary, "no-summary", false, "leave the summary out")
			fs.IntVar(&width, "width", 0, "terminal width in `columns` for the two-column text (default: the terminal's, else 100)")
			fs.StringVar(&to, "to", "en", "summary `LANG`uage")
		},
		run: func(e *env, args []string) error {
			if len(args) != 1 {
				return usageErr("show needs exactly one article ID (see rosetta list)")
			}
			if asJSON && markdown {
				return usageErr("show: --json and --markdown exclude each other")
			}
			c, err := e.openCorpus()
			if err != nil {
				return err
			}
			a, err := c.Get(args[0])
			if err != nil {
				return &exitError{code: exitFailure, err: err}
			}
			var sum *summary.Summary
			var sumErr error
			if !noSummary {
				sum, sumErr = e.summarize(a, to)
				if sum == nil && sumErr != nil {
					return sumErr
				}
				if sumErr != nil {
					fmt.Fprintf(e.stderr, "rosetta: warning: %s\n", oneLine(sumErr.Error()))
				}
			}
			switch {
			case asJSON:
				return writeJSON(e.stdout, showDoc(a, sum, sumErr))
			case markdown:
				return writeMarkdown(e.stdout, a, sum)
			default:
				if width <= 0 {
					width = terminalWidth()
				}
				return writeColumns(e.stdout, a, sum, width)
			}
		},
	}
}

func showDoc(a *corpus.Article, sum *summary.Summary, sumErr error) showJSON {
	doc := showJSON{ID: a.ID, Title: a.Title, Lang: a.Lang, Source: a.Source, URL: a.URL,
		Body: a.Body, Paragraphs: paragraphsJSON(a)}
	if sum == nil {
		return doc
	}
	sj := &summaryJSON{Lang: sum.Lang, Backend: sum.Backend, Overview: []overviewRow{}, Rows: []summaryRow{}}
	for _, p := range sum.Overview {
		sj.Overview = append(sj.Overview, overviewRow{p.Text, p.Paragraphs})
	}
	for _, r := range sum.Rows {
		sj.Rows = append(sj.Rows, summaryRow{r.Paragraph, r.Text})
	}
	if sumErr != nil {
		sj.Errors = []string{oneLine(sumErr.Error())}
	}
	doc.Summary = sj
	return doc
}

func terminalWidth() int {
	if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
		return w
	}
	return 100
}

// writeColumns prints paragraph i and summary row i side by side, each pair
// starting on the same line, for a terminal `width` columns wide.
func writeColumns(w io.Writer, a *corpus.Article, sum *summary.Summary, width int) error {
	width = max(width, 40)
	gap := 3
	left := (width - gap) * 3 / 5
	right := width - gap - left
	meta := a.Lang
	if a.Source != "" {
		meta += " · " + sanitize.Line(a.Source)
	}
	fmt.Fprintf(w, "%s\n%s\n\n", wrap(sanitize.Line(a.Title), width), meta)
	if sum == nil {
		for i := range a.Paragraphs {
			fmt.Fprintln(w, wrap(sanitize.Line(a.ParagraphText(i)), width))
			fmt.Fprintln(w)
		}
		return nil
	}
	for _, p := range sum.Overview {
		line := fmt.Sprintf("%s (¶ %s)", sanitize.Line(p.Text), joinInts(p.Paragraphs, 1))
		fmt.Fprintf(w, "• %s\n", strings.ReplaceAll(wrap(line, width-2), "\n", "\n  "))
	}
	if len(sum.Overview) > 0 {
		fmt.Fprintln(w)
	}
	rows := rowTexts(sum, len(a.Paragraphs))
	for i := range a.Paragraphs {
		l := strings.Split(wrap(sanitize.Line(a.ParagraphText(i)), left), "\n")
		r := strings.Split(wrap(sanitize.Line(rows[i]), right), "\n")
		for j := 0; j < max(len(l), len(r)); j++ {
			var ls, rs string
			if j < len(l) {
				ls = l[j]
			}
			if j < len(r) {
				rs = r[j]
			}
			pad := left - ansi.StringWidth(ls)
			fmt.Fprintf(w, "%s%s%s%s\n", ls, strings.Repeat(" ", max(pad, 0)), " │ ", rs)
		}
		fmt.Fprintln(w)
	}
	return nil
}

func rowTexts(sum *summary.Summary, n int) []string {
	rows := make([]string, n)
	for _, r := range sum.Rows {
		if r.Paragraph >= 0 && r.Paragraph < n {
			rows[r.Paragraph] = r.Text
		}
	}
	return rows
}

// wrap word-wraps s to width cells, hard-breaking words longer than a line.
func wrap(s string, width int) string {
	return ansi.Hardwrap(ansi.Wordwrap(s, width, ""), width, true)
}

func writeMarkdown(w io.Writer, a *corpus.Article, sum *summary.Summary) error {
	var ts *tui.Summary
	if sum != nil {
		ts = &tui.Summary{Lang: sum.Lang, Backend: sum.Backend}
		for _, p := range sum.Overview {
			ts.Overview = append(ts.Overview, tui.OverviewPoint{Text: p.Text, Paragraphs: p.Paragraphs})
		}
		for _, r := range sum.Rows {
			ts.Rows = append(ts.Rows, tui.Row{Paragraph: r.Paragraph, Summary: r.Text, Translation: r.Translation})
		}
	}
	_, err := io.WriteString(w, tui.Markdown(a, ts))
	return err
}

func joinInts(xs []int, offset int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = fmt.Sprint(x + offset)
	}
	return strings.Join(s, ", ")
}
