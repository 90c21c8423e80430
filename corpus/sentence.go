package corpus

import (
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// Sentences follow UAX #29 sentence segmentation as the uax29 package
// applies it. Its segmenter looks every rune up in a Unicode trie and
// checks every rule at every rune, though a sentence can only end after a
// terminator (. ! ?) or a paragraph separator. forEachSentence applies the
// same rules (SB3–SB11) but skips the stretches between terminators with a
// byte table, for the scripts news text is mostly written in (ASCII, Latin,
// Cyrillic and the common punctuation); other text goes to the segmenter.
// TestSentencesMatchSegmenter and FuzzSentences hold the two together.

// sbClass is a rune's Sentence_Break property, one bit each so rules can
// test several at once; 0 is Other.
type sbClass uint16

const (
	sbCR sbClass = 1 << iota
	sbLF
	sbSep
	sbExtend
	sbFormat
	sbSp
	sbLower
	sbUpper
	sbOLetter
	sbNumeric
	sbATerm
	sbSTerm
	sbClose
	sbSContinue
	sbUnknown // outside the table: use the segmenter

	sbSATerm  = sbATerm | sbSTerm
	sbParaSep = sbSep | sbCR | sbLF
	sbIgnore  = sbExtend | sbFormat
	// sbStop marks what ends a quiet stretch: no sentence can end before
	// one of these.
	sbStop = sbSATerm | sbParaSep | sbUnknown
)

// asciiSB classifies every ASCII byte.
var asciiSB = func() (t [utf8.RuneSelf]sbClass) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = sbLower, sbUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = sbNumeric
	}
	set := func(cl sbClass, cs string) {
		for _, c := range []byte(cs) {
			t[c] = cl
		}
	}
	set(sbSp, " \t\v\f")
	set(sbCR, "\r")
	set(sbLF, "\n")
	set(sbATerm, ".")
	set(sbSTerm, "!?")
	set(sbClose, "\"'()[]{}")
	set(sbSContinue, ",-:;")
	return t
}()

// sbRune classifies a non-ASCII rune, or says sbUnknown.
func sbRune(r rune) sbClass {
	switch {
	case r >= 0xc0 && r <= 0x24f, r >= 0x400 && r <= 0x52f && (r < 0x482 || r > 0x489), r >= 0x1e00 && r <= 0x1eff:
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			return sbUpper
		case unicode.IsLower(r):
			return sbLower
		case unicode.IsLetter(r):
			return sbOLetter
		}
		return 0 // × ÷
	case r >= 0x300 && r <= 0x36f, r >= 0x483 && r <= 0x489:
		return sbExtend
	case r == 0xad:
		return sbFormat
	case r == 0xaa, r == 0xb5, r == 0xba:
		return sbLower
	case r == 0xa0, r >= 0x2000 && r <= 0x200a:
		return sbSp
	case r == 0x85:
		return sbSep
	case r == 0xab, r == 0xbb, r >= 0x2018 && r <= 0x201f, r == 0x2039, r == 0x203a:
		return sbClose
	case r == 0x2013, r == 0x2014:
		return sbSContinue
	case r == 0x2024:
		return sbATerm
	case r == 0x203c, r == 0x203d:
		return sbSTerm
	case r >= 0xa1 && r <= 0xbf, r >= 0x2010 && r <= 0x2026, r >= 0x2030 && r <= 0x203b, r >= 0x20a0 && r <= 0x20c0:
		return 0
	}
	return sbUnknown
}

// sbAt returns the class of the rune at p[i] and its width.
func sbAt(p string, i int) (sbClass, int) {
	if b := p[i]; b < utf8.RuneSelf {
		return asciiSB[b], 1
	}
	r, n := utf8.DecodeRuneInString(p[i:])
	if r == utf8.RuneError && n == 1 {
		return sbUnknown, 1
	}
	return sbRune(r), n
}

// sbState is what the rules remember of the text before the current rune:
// the last rune other than Extend/Format (x) and the one before it (xx),
// and the last one that is also not Sp (xSp), not Close (xClose), neither
// (xSpClose), nor a paragraph separator (xParaSpClose).
type sbState struct {
	x, xx, xSp, xClose, xSpClose, xParaSpClose sbClass
}

// push records rune class c as passed.
func (s *sbState) push(c sbClass) {
	if c&sbIgnore == 0 {
		s.xx, s.x = s.x, c
	}
	if s.x&sbSp == 0 {
		s.xSp = s.x
	}
	if s.x&sbClose == 0 {
		s.xClose = s.x
	}
	if s.xSp&sbClose == 0 {
		s.xSpClose = s.xSp
	}
	if s.xSpClose&sbParaSep == 0 {
		s.xParaSpClose = s.xSpClose
	}
}

// forEachSentence calls fn with the byte range of every UAX #29 sentence
// of p, or returns false, possibly after some calls, when p holds a rune
// outside the table.
func forEachSentence(p string, fn func(start, end int)) bool {
	start := 0
	for start < len(p) {
		end, ok := sentenceEnd(p, start)
		if !ok {
			return false
		}
		fn(start, end)
		start = end
	}
	return true
}

// sentenceEnd returns where the sentence starting at p[start] ends.
func sentenceEnd(p string, start int) (int, bool) {
	var s sbState
	cur, w := sbAt(p, start)
	if cur == sbUnknown {
		return 0, false
	}
	pos := start + w // SB1: a sentence holds at least one rune
	for pos < len(p) {
		last := cur
		s.push(last)
		cur, w = sbAt(p, pos)
		if cur == sbUnknown {
			return 0, false
		}
		if brk, next := s.decide(p, pos, last, cur); brk {
			return pos, true
		} else if next > pos {
			pos = next
			continue
		}
		pos += w
		// Quiet: no terminator behind, so nothing can end before the next
		// terminator, separator, mark or unusual rune; skip to it, keeping
		// only the two last classes that SB7 may ask for.
		if cur&(sbStop|sbIgnore) == 0 && s.xSpClose&sbSATerm == 0 && s.x&sbSATerm == 0 {
			pos, cur = s.skipQuiet(p, pos, cur)
		}
	}
	return len(p), true
}

// skipQuiet passes the runes from p[pos] on that cannot end a quiet
// stretch, as sentenceEnd's loop would one by one with no rule firing, and
// returns where it stopped and the class of the last rune passed.
func (s *sbState) skipQuiet(p string, pos int, cur sbClass) (int, sbClass) {
	for pos < len(p) {
		if j := skipWords(p, pos); j > pos {
			s.xx, s.x, cur = asciiSB[p[j-3]], asciiSB[p[j-2]], asciiSB[p[j-1]]
			pos = j
			continue
		}
		c, w := asciiSB[p[pos]&0x7f], 1
		if p[pos] >= utf8.RuneSelf {
			c, w = sbAt(p, pos) // accented letters, curly quotes, dashes
		}
		if c&(sbStop|sbIgnore) != 0 {
			break
		}
		s.xx, s.x, cur = s.x, cur, c
		pos += w
	}
	return pos, cur
}

// skipWords returns the offset after the eight-byte words from p[i] on
// that hold nothing that can end a quiet stretch: no terminator, line
// break or non-ASCII byte.
func skipWords(p string, i int) int {
	for i+8 <= len(p) && !hasSentenceStop(load64(p, i)) {
		i += 8
	}
	return i
}

// hasSentenceStop reports whether one of the eight bytes of x is . ! ? CR
// LF or not ASCII (the exact "has a zero byte" bit trick, once per byte).
func hasSentenceStop(x uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	zero := func(v uint64) uint64 { return (v - ones) &^ v & highs }
	return x&highs != 0 ||
		zero(x^(ones*'.'))|zero(x^(ones*'!'))|zero(x^(ones*'?'))|zero(x^(ones*'\n'))|zero(x^(ones*'\r')) != 0
}

// decide applies SB3–SB11 between last and cur (at p[pos]): whether a
// sentence ends before cur, or, when SB8 looks ahead to a lower-case
// letter, the offset to go on from (else 0).
func (s *sbState) decide(p string, pos int, last, cur sbClass) (bool, int) {
	switch {
	case cur&sbLF != 0 && last&sbCR != 0: // SB3
		return false, 0
	case last&sbParaSep != 0: // SB4
		return true, 0
	case cur&sbIgnore != 0: // SB5
		return false, 0
	case cur&sbNumeric != 0 && s.x&sbATerm != 0: // SB6
		return false, 0
	case cur&sbUpper != 0 && s.x&sbATerm != 0 && s.xx&(sbUpper|sbLower) != 0: // SB7
		return false, 0
	}
	if s.xSpClose&sbATerm != 0 { // SB8
		if next, ok := lowerAhead(p, pos); ok {
			return false, next
		}
	}
	switch {
	case cur&(sbSContinue|sbSATerm) != 0 && s.xSpClose&sbSATerm != 0: // SB8a
		return false, 0
	case cur&(sbClose|sbSp|sbParaSep) != 0 && s.xClose&sbSATerm != 0: // SB9
		return false, 0
	case cur&(sbSp|sbParaSep) != 0 && s.xSpClose&sbSATerm != 0: // SB10
		return false, 0
	}
	// SB11
	return s.x&sbSATerm != 0 || s.x&sbClose != 0 && s.xClose&sbSATerm != 0 ||
		s.x&sbSp != 0 && s.xSpClose&sbSATerm != 0 || s.x&sbParaSep != 0 && s.xParaSpClose&sbSATerm != 0, 0
}

// lowerAhead implements the look-ahead of SB8: past any runes that are not
// letters, separators or terminators, is the next rune (Extend and Format
// aside) lower case? It returns that rune's offset.
func lowerAhead(p string, i int) (int, bool) {
	for i < len(p) {
		c, w := sbAt(p, i)
		if c&(sbOLetter|sbUpper|sbLower|sbParaSep|sbSATerm|sbUnknown) != 0 {
			break
		}
		i += w
	}
	for i < len(p) {
		c, w := sbAt(p, i)
		switch {
		case c&sbIgnore != 0:
			i += w
		case c&sbLower != 0:
			return i, true
		default:
			return 0, false
		}
	}
	return 0, false
}

// forEachSegmentedSentence is forEachSentence through the full segmenter.
func forEachSegmentedSentence(p string, fn func(start, end int)) {
	it := sentences.FromString(p)
	for it.Next() {
		fn(it.Start(), it.End())
	}
}
