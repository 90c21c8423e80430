package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Recognize finds the names of people, places and organisations in text
// written in language lang (ISO 639-1; "en", "sw" and "sq" get their own
// rules, other Latin-script languages a capitalisation fallback).
// Mentions come in text order, never overlap, lie on rune boundaries and
// carry Text == text[Start:End]. Calendar words, titles, sentence-initial
// common words and photo credits are not names.
func Recognize(text, lang string) []Mention {
	return defaultLexicon().recognize(text, lang)
}

// doc is the working state of one recognition pass.
type doc struct {
	lx       *lexicon
	text     string
	lang     string
	toks     []token
	initial  []bool      // token opens a sentence, line or headline
	lowered  wordSet     // folded words written in lower case in this text
	capMid   wordSet     // folded words capitalised away from a sentence start
	vars     [][]variant // lazily computed base forms per token
	folded   []string    // folded text of each word token
	common   map[string]bool
	mentions []Mention
}

func (lx *lexicon) recognize(text, lang string) []Mention {
	// Invalid UTF-8 bytes become one-byte punctuation tokens, so names
	// around them are still found and offsets stay in the caller's text.
	lang = strings.ToLower(lang)
	d := &doc{lx: lx, text: text, lang: lang, toks: tokenize(text), common: lx.common[lang]}
	if d.common == nil {
		d.common = lx.common["en"]
	}
	d.vars = make([][]variant, len(d.toks))
	d.folded = make([]string, len(d.toks))
	d.markInitial()
	d.collectCase()
	for i := 0; i < len(d.toks); {
		i = d.step(i)
	}
	d.linkSurnames()
	return d.mentions
}

// word returns the text of token i.
func (d *doc) word(i int) string { return d.text[d.toks[i].Start:d.toks[i].End] }

// fold returns the folded text of word token i, computed once.
func (d *doc) fold(i int) string {
	if d.folded[i] == "" {
		d.folded[i] = Fold(d.word(i))
	}
	return d.folded[i]
}

// joined reports whether token j follows token j-1 on the same line with
// only spaces between, as the words of one name do.
func (d *doc) joined(j int) bool {
	if j <= 0 || j >= len(d.toks) || d.toks[j].nlBefore {
		return false
	}
	for _, r := range d.text[d.toks[j-1].End:d.toks[j].Start] {
		if r != ' ' && r != '\u00a0' {
			return false
		}
	}
	return true
}

func (d *doc) isWord(i int) bool { return i >= 0 && i < len(d.toks) && d.toks[i].kind == wordTok }

// markInitial flags tokens that open a sentence or a line, and every word
// of a title-case headline line, where capitals say nothing about names.
func (d *doc) markInitial() {
	d.initial = make([]bool, len(d.toks))
	open := true
	lineStart := 0
	for i, t := range d.toks {
		if t.nlBefore {
			d.titleCaseLine(lineStart, i)
			lineStart = i
			open = true
		}
		if t.kind == punctTok {
			r, _ := utf8.DecodeRuneInString(d.text[t.Start:t.End])
			switch {
			case strings.ContainsRune(".!?:;•|", r):
				open = true
			case strings.ContainsRune("\"“”'‘’«»([–—-*", r):
				// quotes and dashes keep the state they follow
			default:
				open = false
			}
			continue
		}
		d.initial[i] = open
		open = false
	}
	d.titleCaseLine(lineStart, len(d.toks))
}

// titleCaseLine marks all words of toks[from:to] initial when most of them
// are capitalised, as in "After His Visit, Putin Heads To Hanoi".
func (d *doc) titleCaseLine(from, to int) {
	words, caps := 0, 0
	for i := from; i < to; i++ {
		if d.toks[i].kind != wordTok {
			continue
		}
		words++
		if d.toks[i].capital {
			caps++
		}
	}
	if words < 4 || caps*10 < words*7 {
		return
	}
	for i := from; i < to; i++ {
		d.initial[i] = true
	}
}

// collectCase records which words this text writes in lower case and
// which it capitalises mid-sentence: a word written "makubaliano" here is
// not a name when a heading writes "Makubaliano".
func (d *doc) collectCase() {
	d.lowered, d.capMid = wordSet{}, wordSet{}
	for i, t := range d.toks {
		if t.kind != wordTok || t.hasDigit {
			continue
		}
		r, _ := utf8.DecodeRuneInString(d.word(i))
		switch {
		case unicode.IsLower(r):
			d.lowered[d.fold(i)] = true
		case t.capital && !d.initial[i] && !t.allCaps:
			d.capMid[d.fold(i)] = true
		}
	}
}

// step examines token i and returns the next token to examine.
func (d *doc) step(i int) int {
	t := d.toks[i]
	if t.kind != wordTok {
		return i + 1
	}
	if !t.capital {
		if m, end, ok := d.matchLower(i); ok {
			d.emit(m)
			return end
		}
		return i + 1
	}
	if creditWords[d.fold(i)] {
		return i + 1
	}
	if m, end, ok := d.matchGaz(i); ok {
		if ext, extEnd, ok := d.extendKnown(i, end, m); ok {
			d.emit(ext)
			return extEnd
		}
		d.emit(m)
		return end
	}
	return d.unknown(i)
}

// emit appends m unless it would overlap the previous mention.
func (d *doc) emit(m Mention) {
	if n := len(d.mentions); n > 0 && d.mentions[n-1].End > m.Start {
		return
	}
	if m.Start >= m.End {
		return
	}
	m.Text = d.text[m.Start:m.End]
	d.mentions = append(d.mentions, m)
}
