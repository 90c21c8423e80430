package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Repairs of scraping damage, applied to each paragraph before segmentation.
// Each inserts spaces only: no text is lost or reordered.

// repairSentenceGlue restores the space lost between a sentence end and the
// next sentence when HTML paragraphs were joined ("Rusisë.Vietnami",
// "2024.MANAN", "(…via AP)Kristina"). A period counts when it follows a
// lower-case letter or a digit and precedes a capitalised word of two
// letters or more; "U.S.", "3.6", "x.com" and "S. Bezdetko" do not match, and
// neither does a dotted name ("Node.Js.org").
func repairSentenceGlue(p string) string {
	var b strings.Builder
	last := 0
	for i := 1; i+2 < len(p); i++ {
		// Eight bytes at a time while they hold no candidate mark.
		for i+8 <= len(p) && !hasGlueMark(load64(p, i)) {
			i += 8
		}
		if i+2 >= len(p) {
			break
		}
		c := p[i]
		if c != '.' && c != ')' && c != '!' && c != '?' {
			continue
		}
		if !glueAt(p, i) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(p) + 8)
		}
		b.WriteString(p[last : i+1])
		b.WriteByte(' ')
		last = i + 1
	}
	if last == 0 {
		return p
	}
	b.WriteString(p[last:])
	return b.String()
}

// hasGlueMark reports whether one of the eight bytes of x is . ) ! or ?
// (the exact "has a zero byte" bit trick, once per mark).
func hasGlueMark(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return zero(x^(ones*'.'))|zero(x^(ones*')'))|zero(x^(ones*'!'))|zero(x^(ones*'?')) != 0
}

// maxLook bounds how far the repairs look around a candidate, in bytes.
const maxLook = 64

// glueAt reports whether the punctuation at p[i] ends a sentence glued to
// the next one.
func glueAt(p string, i int) bool {
	prev, _ := utf8.DecodeLastRuneInString(p[:i])
	next, n := utf8.DecodeRuneInString(p[i+1:])
	after, _ := utf8.DecodeRuneInString(p[i+1+n:])
	if !unicode.IsUpper(next) || !unicode.IsLetter(after) {
		return false
	}
	if p[i] == ')' {
		return unicode.IsLetter(prev) || unicode.IsDigit(prev)
	}
	if !unicode.IsLower(prev) && !unicode.IsDigit(prev) {
		return false
	}
	// A dotted name goes on with another period before the next space.
	// Both looks are bounded so that a long run without spaces stays linear.
	rest := p[i+1 : min(len(p), i+1+maxLook)]
	if sp := strings.IndexAny(rest, " \n"); sp >= 0 {
		rest = rest[:sp]
	}
	if dot := strings.IndexByte(rest, '.'); dot >= 0 && dot+1 < len(rest) {
		return false
	}
	// Nor does a URL or an e-mail address before it.
	from := max(0, i-maxLook)
	w := p[from+strings.LastIndexAny(p[from:i], " \n")+1 : i]
	return !strings.Contains(w, "://") && !strings.Contains(w, "@") && !strings.HasPrefix(w, "www.")
}

// repairGlued splits run-together words in English paragraphs (see
// vocab.splitGlued for the rule). counts tallies the article's words;
// names, when not nil, gives the capitalised words of the other articles
// loaded with it; it is only called when a candidate needs that evidence.
func repairGlued(p string, v *vocab, counts *wordTally, names func() map[string]bool) string {
	var b strings.Builder
	last := 0
	prevCap := false
	// Words are walked inline rather than through forEachWord: this runs
	// over every word of every English article.
	for i := 0; ; {
		start, end := letterRun(p, i)
		if start == end {
			break
		}
		i = end
		w := p[start:end]
		wasCap := prevCap && start > 0 && p[start-1] == ' '
		prevCap = isUpper(w[0])
		if len(w) < 5 {
			continue
		}
		ctx := gluedContext{prevCap: wasCap, after: p[end:], counts: counts, names: names}
		k := v.splitGlued(w, ctx)
		if k == 0 {
			continue
		}
		b.WriteString(p[last : start+k])
		b.WriteByte(' ')
		last = start + k
	}
	if last == 0 {
		return p
	}
	b.WriteString(p[last:])
	return b.String()
}

// letterRun returns the first run of letters in p at or after i (an empty
// range when there is none). ASCII bytes are told by a table, in tight
// loops.
func letterRun(p string, i int) (start, end int) {
	for i < len(p) {
		if c := p[i]; c < utf8.RuneSelf {
			if asciiLetter[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(p) {
		if c := p[i]; c < utf8.RuneSelf {
			if !asciiLetter[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return start, i
}

// asciiLetter marks the ASCII letters.
var asciiLetter = func() (t [utf8.RuneSelf]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	return t
}()

// nextWord returns the word starting after the single space at p[end].
func nextWord(p string, end int) string {
	if end+1 >= len(p) || p[end] != ' ' {
		return ""
	}
	rest := p[end+1:]
	i := 0
	for i < len(rest) && (isLower(rest[i]) || isUpper(rest[i])) {
		i++
	}
	return rest[:i]
}
