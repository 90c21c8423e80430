package entity

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedData is the shared evaluation data, relative to this package.
var sharedData = filepath.Join("..", "..", "..", "shared", "data")

// conllToken is one token of a CoNLL file with its IOB2 tag.
type conllToken struct{ word, tag string }

// readCoNLL reads documents of sentences from a CoNLL file whose first
// column is the token and last column the IOB2 tag. A -DOCSTART- line
// opens a document; without them each chunk of perDoc sentences is one.
func readCoNLL(t *testing.T, path string, perDoc int) [][][]conllToken {
	t.Helper()
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		t.Skipf("%s not present", path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs [][][]conllToken
	var doc [][]conllToken
	var sent []conllToken
	flushSent := func() {
		if len(sent) > 0 {
			doc = append(doc, sent)
			sent = nil
		}
		if perDoc > 0 && len(doc) >= perDoc {
			docs, doc = append(docs, doc), nil
		}
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		switch {
		case len(fs) == 0:
			flushSent()
		case fs[0] == "-DOCSTART-":
			flushSent()
			if len(doc) > 0 {
				docs, doc = append(docs, doc), nil
			}
		default:
			sent = append(sent, conllToken{fs[0], fs[len(fs)-1]})
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	flushSent()
	if len(doc) > 0 {
		docs = append(docs, doc)
	}
	return docs
}

type span struct {
	start, end int // token indices, end exclusive
	typ        string
}

// prf accumulates entity-level exact-match counts.
type prf struct{ tp, fp, fn int }

func (s prf) scores() (p, r, f float64) {
	if s.tp+s.fp > 0 {
		p = float64(s.tp) / float64(s.tp+s.fp)
	}
	if s.tp+s.fn > 0 {
		r = float64(s.tp) / float64(s.tp+s.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return 100 * p, 100 * r, 100 * f
}

func (s prf) String() string {
	p, r, f := s.scores()
	return fmt.Sprintf("P %.1f R %.1f F1 %.1f (tp %d fp %d fn %d)", p, r, f, s.tp, s.fp, s.fn)
}

var evalTypes = map[Type]string{Person: "PER", Place: "LOC", Org: "ORG"}

// evalDoc recognises one document, joined one sentence a line, and
// compares typed spans with the gold tags of the kept types.
func evalDoc(doc [][]conllToken, lang string, keep map[string]bool, typed, untyped *prf, miss func(string)) {
	var b strings.Builder
	var starts, ends []int
	var tags []string
	for _, sent := range doc {
		for k, tok := range sent {
			if k > 0 {
				b.WriteByte(' ')
			}
			starts = append(starts, b.Len())
			b.WriteString(tok.word)
			ends = append(ends, b.Len())
			tags = append(tags, tok.tag)
		}
		b.WriteByte('\n')
	}
	gold := goldSpans(tags, keep)
	text := b.String()
	startTok, endTok := map[int]int{}, map[int]int{}
	for i := range starts {
		startTok[starts[i]] = i
		endTok[ends[i]] = i + 1
	}
	pred := map[span]bool{}
	for _, m := range Recognize(text, lang) {
		typ, ok := evalTypes[m.Type]
		if !ok {
			continue
		}
		s, ok1 := startTok[m.Start]
		e, ok2 := endTok[m.End]
		if !ok1 || !ok2 {
			s, e = -m.Start-1, -m.End-1 // misaligned: counts as a false positive
		}
		pred[span{s, e, typ}] = true
	}
	score(gold, pred, typed, miss, text, starts, ends)
	strip := func(in map[span]bool) map[span]bool {
		out := map[span]bool{}
		for s := range in {
			s.typ = ""
			out[s] = true
		}
		return out
	}
	score(strip(gold), strip(pred), untyped, nil, text, starts, ends)
}

func score(gold, pred map[span]bool, acc *prf, miss func(string), text string, starts, ends []int) {
	show := func(kind string, s span) {
		if miss != nil && s.start >= 0 {
			miss(fmt.Sprintf("%s %s %q", kind, s.typ, text[starts[s.start]:ends[s.end-1]]))
		}
	}
	for s := range pred {
		if gold[s] {
			acc.tp++
		} else {
			acc.fp++
			show("FP", s)
		}
	}
	for s := range gold {
		if !pred[s] {
			acc.fn++
			show("FN", s)
		}
	}
}

func goldSpans(tags []string, keep map[string]bool) map[span]bool {
	out := map[span]bool{}
	for i := 0; i < len(tags); i++ {
		typ, ok := strings.CutPrefix(tags[i], "B-")
		if !ok {
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		if keep[typ] {
			out[span{i, j, typ}] = true
		}
	}
	return out
}

// evalFile scores recognition on a CoNLL file; ENTITY_EVAL_ERRORS=1 logs
// every error for analysis.
func evalFile(t *testing.T, path, lang string, perDoc int, keep map[string]bool) (prf, prf) {
	docs := readCoNLL(t, path, perDoc)
	var typed, untyped prf
	var miss func(string)
	if os.Getenv("ENTITY_EVAL_ERRORS") != "" {
		miss = func(s string) { t.Log(s) }
	}
	for _, d := range docs {
		evalDoc(d, lang, keep, &typed, &untyped, miss)
	}
	return typed, untyped
}

var perOrgLoc = map[string]bool{"PER": true, "ORG": true, "LOC": true}

// TestMasakhaNERSwahili measures Swahili recognition on MasakhaNER 2.0
// dev (PER/ORG/LOC, DATE ignored), documents of 20 sentences (about the
// size of one article). Nothing is derived from this data into the
// package; it is CC BY-NC 4.0 and read only here.
func TestMasakhaNERSwahili(t *testing.T) {
	typed, untyped := evalFile(t, filepath.Join(sharedData, "masakhaner_swa", "dev.txt"), "sw", 20, perOrgLoc)
	t.Logf("MasakhaNER 2.0 swa dev, typed:   %v", typed)
	t.Logf("MasakhaNER 2.0 swa dev, untyped: %v", untyped)
	if _, _, f := typed.scores(); f < 80 {
		t.Errorf("typed F1 %.1f below floor 80", f)
	}
}

// TestCoNLLEnglish measures English recognition on CoNLL-2003 dev
// (PER/ORG/LOC; MISC ignored), one document per -DOCSTART-.
func TestCoNLLEnglish(t *testing.T) {
	typed, untyped := evalFile(t, filepath.Join(sharedData, "conll_en", "conllpp_dev.txt"), "en", 0, perOrgLoc)
	t.Logf("CoNLL-2003 dev, typed:   %v", typed)
	t.Logf("CoNLL-2003 dev, untyped: %v", untyped)
	if _, _, f := typed.scores(); f < 70 {
		t.Errorf("typed F1 %.1f below floor 70", f)
	}
}
