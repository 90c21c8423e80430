package entity

import (
	"strings"
	"testing"
)

// Every gazetteer name, written alone in its language, must be recognised
// whole and linked to its entry. Failures show aliases that tokenising,
// case rules or another entry's alias shadow. ("Mali" in Swahili and
// "Total" in English are common words when they open a text: by design.)
func TestGazetteerSelfLookup(t *testing.T) {
	g := defaultLexicon().gaz
	total, ok := 0, 0
	for _, e := range g.ents {
		for _, a := range e.Aliases {
			if a.Demonym {
				continue
			}
			total++
			ms := Recognize(a.Form, a.Lang)
			if len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(a.Form) && ms[0].Key == e.Key {
				ok++
				continue
			}
			t.Logf("%s %q (%s) → %v", e.Key, a.Form, a.Lang, mentionTexts(ms))
		}
	}
	t.Logf("gazetteer names recognised whole and linked: %d/%d", ok, total)
	if ok*100 < total*99 {
		t.Errorf("only %d/%d gazetteer names recognise as themselves", ok, total)
	}
}

// No two entries may share a key, and every entry needs a name and type.
func TestGazetteerEntries(t *testing.T) {
	g := defaultLexicon().gaz
	for i, e := range g.ents {
		if e.Name == "" || e.Type == "" || len(e.Aliases) == 0 {
			t.Errorf("entry %s: name %q type %q, %d aliases", e.Key, e.Name, e.Type, len(e.Aliases))
		}
		if g.byKey[e.Key] != i || strings.HasPrefix(e.Key, "~") {
			t.Errorf("entry %s: bad key", e.Key)
		}
	}
}
