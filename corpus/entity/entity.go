// Package entity finds the people, places and organisations an article
// names, and links the names that refer to one thing across languages:
// Urusi (Swahili), Rusisë (Albanian) and Russia are one place; Putinit,
// Putinin and Putin one person.
//
// Recognition is rule-based and needs no model: capitalisation, a
// multilingual gazetteer built into the binary (CLDR country names plus
// hand-written people, cities and organisations), per-language lists of
// common lower-case words, title and context cues, and normalisation of
// Albanian case endings and Swahili noun-class prefixes. Names the
// gazetteer does not know are linked across articles by string similarity.
//
//	ms := entity.Recognize(body, "sw")    // mentions with byte offsets
//	ix := entity.Link(corpus)             // corpus-wide entities
//	for _, e := range ix.Shared() { ... } // named by two or more articles
//
// Every offset is a byte offset into the text given, on rune boundaries,
// and mentions never overlap, so they can be highlighted as they are.
package entity

// Type is the kind of thing a mention names.
type Type string

// Entity types. OTHER covers demonyms and adjectives (Russian, Kirusi, rus)
// whose Key still names the country they derive from.
const (
	Person Type = "PERSON"
	Place  Type = "PLACE"
	Org    Type = "ORG"
	Other  Type = "OTHER"
	Date   Type = "DATE"
)

// Mention is one occurrence of a name in a text.
type Mention struct {
	Start int    `json:"start"` // byte offset of the first byte
	End   int    `json:"end"`   // byte offset just past the last byte
	Text  string `json:"text"`  // exactly text[Start:End]
	Type  Type   `json:"type"`
	// Key is the canonical entity id: "cldr:RU" for a country, a slug such
	// as "vladimir-putin" for other gazetteer entries, and "~" plus the
	// folded base form for names the gazetteer does not know.
	Key string `json:"key"`
}

// Known reports whether the mention was linked through the gazetteer
// rather than guessed from its spelling.
func (m Mention) Known() bool { return m.Key != "" && m.Key[0] != '~' }
