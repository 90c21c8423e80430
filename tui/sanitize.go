package tui

import "github.com/rosetta-reader/rosetta/corpus/sanitize"

// Every outside string (titles, bodies, backend rows, snippets, errors)
// goes through clean before it reaches the screen, so no escape sequence
// or terminal control from a feed or a backend can act on the terminal.

// clean returns s as one display line (corpus/sanitize.Line: escape
// sequences and controls removed, line breaks and tabs folded to a space).
func clean(s string) string { return sanitize.Line(s) }

// The wrapper measures text with the rules below rather than sanitising it
// first, so that offsets stay those of the source text. They never count
// less than clean leaves (what clean drops or folds is counted as much or
// more), and paintLine pads from what it actually drew, so a pane keeps its
// width even on text that was not sanitised upstream.

// spaceRune reports whether r is shown as a single space.
func spaceRune(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' ||
		r == '\u2028' || r == '\u2029' || r == '\u0085'
}

// dropRune reports whether r is removed from display: controls that could
// move the cursor, start an escape sequence or reorder the line.
func dropRune(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f:
		return true
	case r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}
