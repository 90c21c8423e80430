package search

import (
	"strings"
)

// FTS5 column names, in table order; bm25 weights follow the same order.
const (
	colTitle    = "title"
	colEntities = "entities"
)

// maxAlts bounds how many surface forms one term expands to, so a generous
// Expander cannot build a huge MATCH expression.
const maxAlts = 24

// expanded is a term with its alternatives, each as folded words.
type expanded struct {
	alts   [][]string
	prefix bool
}

// expand returns the folded word lists a term stands for: itself and, for
// whole words and phrases, the Expander's surface forms.
func expand(t Term, e Expander) expanded {
	if t.Prefix && len(t.completions) > 0 {
		return expanded{alts: t.completions}
	}
	x := expanded{alts: [][]string{t.Words}, prefix: t.Prefix}
	if e == nil || t.Prefix {
		return x
	}
	seen := map[string]bool{strings.Join(t.Words, " "): true}
	for _, alias := range e.Expand(t.Text) {
		w := foldedWords(alias)
		k := strings.Join(w, " ")
		if len(w) == 0 || seen[k] {
			continue
		}
		seen[k] = true
		x.alts = append(x.alts, w)
		if len(x.alts) >= maxAlts {
			break
		}
	}
	return x
}

// phrase renders folded words as an FTS5 string. Folded words hold only
// letters and digits (the tokenizer's token characters), so they can never
// close the quote or reach FTS5's syntax; doubling '"' is belt and braces.
func phrase(words []string, prefix bool) string {
	s := `"` + strings.ReplaceAll(strings.Join(words, " "), `"`, `""`) + `"`
	if prefix {
		s += " *"
	}
	return s
}

// render writes alternatives as one parenthesised FTS5 OR group.
func (x expanded) render(b *strings.Builder) {
	b.WriteByte('(')
	for i, a := range x.alts {
		if i > 0 {
			b.WriteString(" OR ")
		}
		// Only the term as typed carries the prefix star.
		b.WriteString(phrase(a, x.prefix && i == 0))
	}
	b.WriteByte(')')
}

// matchExpr renders a query as an FTS5 MATCH expression, or "" when it has
// nothing to match. Every word is quoted; nothing the user typed reaches
// FTS5 syntax.
func matchExpr(q *Query, e Expander) string {
	var pos, neg []string
	for _, c := range q.Clauses {
		var b strings.Builder
		b.WriteByte('(')
		for i, t := range c.Alts {
			if i > 0 {
				b.WriteString(" OR ")
			}
			expand(t, e).render(&b)
		}
		b.WriteByte(')')
		if c.Negated {
			neg = append(neg, b.String())
		} else {
			pos = append(pos, b.String())
		}
	}
	for _, t := range q.Entities {
		pos = append(pos, entityExpr(t, e))
	}
	for _, t := range q.NotEntities {
		neg = append(neg, entityExpr(t, e))
	}
	if len(pos) == 0 {
		return ""
	}
	expr := "(" + strings.Join(pos, " AND ") + ")"
	for _, n := range neg {
		expr = "(" + expr + " NOT " + n + ")"
	}
	return expr
}

// entityExpr matches an entity name or any of its aliases in the entities
// column only.
func entityExpr(t Term, e Expander) string {
	var b strings.Builder
	b.WriteString("({" + colEntities + "} : ")
	expand(t, e).render(&b)
	b.WriteByte(')')
	return b.String()
}
