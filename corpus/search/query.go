package search

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SyntaxError reports a query the parser cannot read. Pos is the byte offset
// in the query where the problem is; Error gives the 1-based column.
type SyntaxError struct {
	Query string
	Pos   int
	Msg   string
}

func (e *SyntaxError) Error() string {
	p := min(max(e.Pos, 0), len(e.Query))
	col := utf8.RuneCountInString(e.Query[:p]) + 1
	return fmt.Sprintf("search: column %d: %s", col, e.Msg)
}

// Term is one thing to look for: a word or phrase, as its folded words.
type Term struct {
	Text   string   // as typed, without quotes, '-' or '*'
	Words  []string // folded, as FTS5 indexes them
	Phrase bool
	Prefix bool // the last word is a prefix
	Pos    int  // byte offset in the query
	// completions, when set, replace a prefix term by the whole words it
	// stands for (each as folded words), found in the vocabulary snapshot.
	completions [][]string
}

// Clause is a set of alternatives joined by OR; a negated clause excludes
// paragraphs matching it.
type Clause struct {
	Alts    []Term
	Negated bool
}

// Query is a parsed query. All clauses and entity filters must match the
// same paragraph; lang and source filters restrict the article.
type Query struct {
	Clauses               []Clause
	Entities, NotEntities []Term
	Langs, NotLangs       []string
	Sources, NotSources   []string
}

// Empty reports whether the query looks for nothing (blank or only
// punctuation).
func (q *Query) Empty() bool {
	return len(q.Clauses) == 0 && len(q.Entities) == 0 && len(q.NotEntities) == 0 &&
		len(q.Langs) == 0 && len(q.NotLangs) == 0 && len(q.Sources) == 0 && len(q.NotSources) == 0
}

// positive reports whether the query has something to match, not only
// exclusions and article filters.
func (q *Query) positive() bool {
	if len(q.Entities) > 0 {
		return true
	}
	for _, c := range q.Clauses {
		if !c.Negated {
			return true
		}
	}
	return false
}

// item is one lexical unit of a query.
type item struct {
	kind    itemKind
	pos     int
	text    string // word or phrase text; filter value
	name    string // filter name
	negated bool
	phrase  bool
	prefix  bool
}

type itemKind int

const (
	itemTerm itemKind = iota
	itemOr
	itemFilter
)

// Filters the language knows.
var filterNames = []string{"lang", "source", "entity"}

// Parse reads a query. It returns a *SyntaxError for input it cannot read.
func Parse(s string) (*Query, error) {
	items, err := lex(s)
	if err != nil {
		return nil, err
	}
	q := &Query{}
	if err := q.build(s, items); err != nil {
		return nil, err
	}
	if !q.Empty() && !q.positive() {
		return nil, &SyntaxError{Query: s, Pos: 0, Msg: "nothing to look for: add a word (exclusions and lang:/source: filters only narrow a search)"}
	}
	return q, nil
}

func (q *Query) build(s string, items []item) error {
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.kind == itemOr {
			return &SyntaxError{Query: s, Pos: it.pos, Msg: "OR needs a word or phrase on each side"}
		}
		joined := i+1 < len(items) && items[i+1].kind == itemOr
		if it.kind == itemFilter {
			if joined {
				return &SyntaxError{Query: s, Pos: items[i+1].pos, Msg: "OR cannot join filters; repeat lang: or source: to allow several"}
			}
			if err := q.addFilter(s, it); err != nil {
				return err
			}
			continue
		}
		c := Clause{Negated: it.negated}
		c.addAlt(it)
		for i+1 < len(items) && items[i+1].kind == itemOr {
			or := items[i+1]
			if i+2 >= len(items) || items[i+2].kind != itemTerm {
				return &SyntaxError{Query: s, Pos: or.pos, Msg: "OR needs a word or phrase on each side"}
			}
			next := items[i+2]
			if it.negated || next.negated {
				return &SyntaxError{Query: s, Pos: or.pos, Msg: "OR cannot join an excluded (-) term"}
			}
			c.addAlt(next)
			i += 2
		}
		if len(c.Alts) > 0 {
			q.Clauses = append(q.Clauses, c)
		}
	}
	return nil
}

// addAlt adds a term unless it holds no indexable word ("');" or "—"), which
// FTS5 could not match anyway.
func (c *Clause) addAlt(it item) {
	t := Term{Text: it.text, Words: foldedWords(it.text), Phrase: it.phrase, Prefix: it.prefix, Pos: it.pos}
	if len(t.Words) > 0 {
		c.Alts = append(c.Alts, t)
	}
}

func (q *Query) addFilter(s string, it item) error {
	switch it.name {
	case "lang":
		code := strings.ToLower(it.text)
		if !isLangCode(code) {
			return &SyntaxError{Query: s, Pos: it.pos, Msg: fmt.Sprintf("lang: wants a language code such as sw or sq, not %q", it.text)}
		}
		if it.negated {
			q.NotLangs = append(q.NotLangs, code)
		} else {
			q.Langs = append(q.Langs, code)
		}
	case "source":
		key := strings.ToLower(strings.TrimSpace(it.text))
		if it.negated {
			q.NotSources = append(q.NotSources, key)
		} else {
			q.Sources = append(q.Sources, key)
		}
	case "entity":
		t := Term{Text: it.text, Words: foldedWords(it.text), Phrase: true, Pos: it.pos}
		if len(t.Words) == 0 {
			return &SyntaxError{Query: s, Pos: it.pos, Msg: fmt.Sprintf("entity: wants a name, not %q", it.text)}
		}
		if it.negated {
			q.NotEntities = append(q.NotEntities, t)
		} else {
			q.Entities = append(q.Entities, t)
		}
	}
	return nil
}

func isLangCode(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// lex splits a query into items: words, "phrases", OR, and name:value
// filters, each possibly negated with a leading '-' and suffixed with '*'.
func lex(s string) ([]item, error) {
	var items []item
	i := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += sz
			continue
		}
		it, next, err := lexOne(s, i)
		if err != nil {
			return nil, err
		}
		items = append(items, it)
		i = next
	}
	return items, nil
}

// lexOne reads the item starting at byte i.
func lexOne(s string, i int) (item, int, error) {
	it := item{kind: itemTerm, pos: i}
	if s[i] == '-' {
		if i+1 >= len(s) || isSpaceAt(s, i+1) {
			return it, 0, &SyntaxError{Query: s, Pos: i, Msg: "'-' must be followed by a word, phrase or filter to exclude"}
		}
		it.negated = true
		i++
	}
	if s[i] == '"' {
		return lexPhrase(s, i, it)
	}
	end := i
	for end < len(s) && s[end] != '"' && !isSpaceAt(s, end) {
		_, sz := utf8.DecodeRuneInString(s[end:])
		end += sz
	}
	word := s[i:end]
	if word == "OR" && !it.negated {
		it.kind = itemOr
		return it, end, nil
	}
	if name, val, ok := splitFilter(word); ok {
		return lexFilter(s, i, end, name, val, it)
	}
	if strings.HasSuffix(word, "*") {
		word = strings.TrimRight(word, "*")
		if err := checkPrefix(s, i, word); err != nil {
			return it, 0, err
		}
		it.prefix = true
	}
	it.text = word
	return it, end, nil
}

func lexPhrase(s string, i int, it item) (item, int, error) {
	close := strings.IndexByte(s[i+1:], '"')
	if close < 0 {
		return it, 0, &SyntaxError{Query: s, Pos: i, Msg: "unclosed quote: add a closing \""}
	}
	it.text = s[i+1 : i+1+close]
	it.phrase = true
	end := i + 1 + close + 1
	if end < len(s) && s[end] == '*' {
		if err := checkPrefix(s, i, it.text); err != nil {
			return it, 0, err
		}
		it.prefix = true
		for end < len(s) && s[end] == '*' {
			end++
		}
	}
	return it, end, nil
}

// minPrefix is the shortest prefix a '*' may follow. FTS5 answers a prefix
// by merging the postings of every word that starts with it; "t*" would
// merge a good part of the index, so short prefixes are refused.
const minPrefix = 3

func checkPrefix(s string, pos int, text string) error {
	w := foldedWords(text)
	if len(w) == 0 || len(w) == 1 && utf8.RuneCountInString(w[0]) < minPrefix ||
		len(w) > 1 && utf8.RuneCountInString(w[len(w)-1]) < 2 {
		return &SyntaxError{Query: s, Pos: pos, Msg: fmt.Sprintf("'*' needs at least %d letters before it, as in agree*", minPrefix)}
	}
	return nil
}

// splitFilter recognises name:value where name is ASCII letters. "10:30"
// and ":x" are plain words.
func splitFilter(word string) (name, val string, ok bool) {
	c := strings.IndexByte(word, ':')
	if c <= 0 {
		return "", "", false
	}
	for _, r := range word[:c] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return "", "", false
		}
	}
	return strings.ToLower(word[:c]), word[c+1:], true
}

func lexFilter(s string, start, end int, name, val string, it item) (item, int, error) {
	known := false
	for _, n := range filterNames {
		known = known || n == name
	}
	if !known {
		return it, 0, &SyntaxError{Query: s, Pos: start, Msg: fmt.Sprintf("unknown filter %q: use lang:, source: or entity: (quote the word to search for it)", name+":")}
	}
	it.kind, it.name = itemFilter, name
	valPos := start + len(name) + 1
	if val == "" && end < len(s) && s[end] == '"' {
		ph, next, err := lexPhrase(s, end, item{})
		if err != nil {
			return it, 0, err
		}
		val, end = ph.text, next
	}
	if strings.TrimSpace(val) == "" {
		return it, 0, &SyntaxError{Query: s, Pos: valPos, Msg: fmt.Sprintf("empty filter: %s: needs a value", name)}
	}
	it.text = val
	return it, end, nil
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}
