package entity

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// udToken is one word of a CoNLL-U sentence with its offset in the text
// rebuilt from the forms.
type udToken struct {
	form, lemma, upos string
	start, end        int
}

// readUD reads CoNLL-U sentences, rebuilding each text from the forms
// (SpaceAfter=No respected) and skipping multi-word token ranges.
func readUD(t *testing.T, path string) (texts []string, sents [][]udToken) {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	var cur []udToken
	flush := func() {
		if len(cur) > 0 {
			texts, sents = append(texts, b.String()), append(sents, cur)
		}
		b.Reset()
		cur = nil
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			continue
		}
		cols := strings.Split(line, "\t")
		if strings.HasPrefix(line, "#") || len(cols) < 10 || strings.ContainsAny(cols[0], "-.") {
			continue
		}
		start := b.Len()
		b.WriteString(cols[1])
		cur = append(cur, udToken{form: cols[1], lemma: cols[2], upos: cols[3], start: start, end: b.Len()})
		if !strings.Contains(cols[9], "SpaceAfter=No") {
			b.WriteByte(' ')
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flush()
	return texts, sents
}

// TestUDAlbanianNames spot-checks Albanian on the UD treebanks' proper
// nouns: how many are found inside a mention, and for inflected ones
// (Shqipërisë → Shqipëri) whether normalisation reaches the UD lemma.
func TestUDAlbanianNames(t *testing.T) {
	dir := filepath.Join(sharedData, "ud_albanian")
	files, _ := filepath.Glob(filepath.Join(dir, "*.conllu"))
	if len(files) == 0 {
		t.Skip("UD Albanian not present")
	}
	var propn, found, inflected, lemmaOK int
	for _, path := range files {
		texts, sents := readUD(t, path)
		for k, text := range texts {
			ms := Recognize(text, "sq")
			for _, tok := range sents[k] {
				if tok.upos != "PROPN" {
					continue
				}
				propn++
				if slices.ContainsFunc(ms, func(m Mention) bool { return m.Start <= tok.start && tok.end <= m.End }) {
					found++
				}
				if tok.form == tok.lemma {
					continue
				}
				inflected++
				if slices.Contains(forms(variants(tok.form, "sq")), Fold(tok.lemma)) {
					lemmaOK++
				} else {
					t.Logf("lemma miss: %s → %s", tok.form, tok.lemma)
				}
			}
		}
	}
	t.Logf("UD Albanian PROPN: %d/%d inside a mention; inflected: lemma reached %d/%d", found, propn, lemmaOK, inflected)
	if found*100 < propn*85 || lemmaOK*100 < inflected*90 {
		t.Errorf("below floors: recall %d/%d (want 85%%), lemma %d/%d (want 90%%)", found, propn, lemmaOK, inflected)
	}
}
