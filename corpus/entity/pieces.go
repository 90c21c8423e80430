package entity

import "unicode/utf8"

// Piece is a stretch of text, plain (Key "") or one mention.
type Piece struct {
	Text string
	Key  string
	Type Type
}

// Pieces cuts text into plain stretches and mentions, in order, for a
// renderer to style. Mentions that lie outside text, overlap an earlier
// one or split a character are left as plain text, so the pieces always
// join back into text exactly.
func Pieces(text string, ms []Mention) []Piece {
	var out []Piece
	at := 0
	for _, m := range ms {
		if m.Start < at || m.End > len(text) || m.Start >= m.End || !boundary(text, m.Start) || !boundary(text, m.End) {
			continue
		}
		if m.Start > at {
			out = append(out, Piece{Text: text[at:m.Start]})
		}
		out = append(out, Piece{Text: text[m.Start:m.End], Key: m.Key, Type: m.Type})
		at = m.End
	}
	if at < len(text) {
		out = append(out, Piece{Text: text[at:]})
	}
	return out
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
