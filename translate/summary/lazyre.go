package summary

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled on first use. The package has
// some thirty of them; compiled at init they cost every start of the
// program a few milliseconds, summary or not, and the reader's first frame
// has a budget of thirty.
type lazyRE struct {
	once sync.Once
	pat  string
	re   *regexp.Regexp
}

func lazy(pattern string) *lazyRE { return &lazyRE{pat: pattern} }

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pat) })
	return l.re
}

func (l *lazyRE) MatchString(s string) bool                  { return l.get().MatchString(s) }
func (l *lazyRE) ReplaceAllString(s, repl string) string     { return l.get().ReplaceAllString(s, repl) }
func (l *lazyRE) FindStringIndex(s string) []int             { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int { return l.get().FindAllStringIndex(s, n) }
func (l *lazyRE) FindStringSubmatchIndex(s string) []int     { return l.get().FindStringSubmatchIndex(s) }
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
