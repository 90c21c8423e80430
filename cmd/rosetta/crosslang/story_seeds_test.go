package crosslang_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
	"github.com/rosetta-reader/rosetta/corpus/story"
	"github.com/rosetta-reader/rosetta/translate/gist"
)

// docsFor turns articles into story docs the way the reader does: English
// through gist for Swahili and Albanian, entity keys through corpus/entity.
func docsFor(t *testing.T, arts []*corpus.Article) []story.Doc {
	t.Helper()
	ents := entity.LinkArticles(arts)
	g := gist.New()
	var docs []story.Doc
	for _, a := range arts {
		d := story.Doc{ID: a.ID, Lang: a.Lang, Title: a.Title, Published: a.Published, Entities: map[string]int{}}
		for _, m := range ents.InArticle(a.ID) {
			if m.Known() {
				d.Entities[m.Key]++
			}
		}
		if a.Lang == "en" {
			d.English = a.Body
		} else {
			segs := []string{a.Title}
			for i := range a.Paragraphs {
				segs = append(segs, a.ParagraphText(i))
			}
			en, err := g.Translate(context.Background(), segs, a.Lang, "en")
			if err != nil {
				t.Fatalf("gist %s: %v", a.ID, err)
			}
			d.EnglishTitle, d.English = en[0], strings.Join(en[1:], "\n")
		}
		docs = append(docs, d)
	}
	return docs
}

func TestSampleIsOneStory(t *testing.T) {
	c := corpus.Sample()
	stories := story.Group(docsFor(t, c.Articles), story.Options{})
	if len(stories) != 1 || len(stories[0].Articles) != 5 {
		t.Fatalf("sample: %d stories %+v, want one of 5 articles", len(stories), stories)
	}
	s := stories[0]
	if !strings.Contains(s.Title, "Putin") || !slices.Contains(s.Entities, "vladimir-putin") {
		t.Errorf("story title %q, entities %v: want Putin named", s.Title, s.Entities)
	}
	t.Logf("title %q, entities %v, articles %v", s.Title, s.Entities, s.Articles)
}

func TestSeedsStayTogetherAmongRealNews(t *testing.T) {
	const dir = "../../../../shared/data/masakhanews/"
	arts := slices.Clone(corpus.Sample().Articles)
	arts = append(arts, readMasakha(t, "sw", dir+"swa/dev.tsv")...)
	arts = append(arts, readMasakha(t, "en", dir+"eng/dev.tsv")...)
	stories := story.Group(docsFor(t, arts), story.Options{})
	seeds := map[string]bool{}
	for _, a := range corpus.Sample().Articles {
		seeds[a.ID] = true
	}
	var multi int
	for _, s := range stories {
		var in int
		for _, id := range s.Articles {
			if seeds[id] {
				in++
			}
		}
		if len(s.Articles) > 1 {
			multi++
		}
		switch {
		case in == 0:
		case in == len(seeds) && len(s.Articles) == len(seeds):
			t.Logf("seed story: %q", s.Title)
		default:
			t.Errorf("seeds split or joined by others: %q %v", s.Title, s.Articles)
		}
	}
	t.Logf("%d articles → %d stories (%d with more than one article)", len(arts), len(stories), multi)
}
