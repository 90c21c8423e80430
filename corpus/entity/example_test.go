package entity_test

import (
	"fmt"

	"github.com/rosetta-reader/rosetta/corpus"
	"github.com/rosetta-reader/rosetta/corpus/entity"
)

func ExampleRecognize() {
	for _, m := range entity.Recognize("Rais wa Urusi Vladimir Putin alizuru Hanoi mnamo Juni.", "sw") {
		fmt.Println(m.Text, m.Type, m.Key)
	}
	// Output:
	// Urusi PLACE cldr:RU
	// Vladimir Putin PERSON vladimir-putin
	// Hanoi PLACE hanoi
}

func ExampleLinkArticles() {
	mk := func(id, lang, body string) *corpus.Article {
		return &corpus.Article{ID: id, Lang: lang, Body: body}
	}
	ix := entity.LinkArticles([]*corpus.Article{
		mk("sw", "sw", "Putin alikutana na viongozi wa Urusi."),
		mk("sq", "sq", "Putini foli për Rusinë."),
		mk("en", "en", "Putin returned to Russia on Thursday."),
	})
	for _, e := range ix.Shared() {
		fmt.Println(e.Name, e.Type, e.Articles(), e.Forms)
	}
	// Output:
	// Russia PLACE 3 [Rusinë Russia Urusi]
	// Vladimir Putin PERSON 3 [Putin Putini]
}

func ExampleColour() {
	// The same key gets the same palette slot in every pane and run.
	fmt.Println(entity.Colour("cldr:RU") == entity.Colour("cldr:RU"), entity.Colour("cldr:RU") < entity.PaletteSize)
	// Output: true true
}
