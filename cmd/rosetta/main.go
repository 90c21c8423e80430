// Command rosetta is a terminal news reader for reading one story across
// languages.
package main

import (
	"fmt"
	"os"

	"github.com/rosetta-reader/rosetta/corpus"
)

func main() {
	c := corpus.Sample()
	for _, a := range c.Articles {
		fmt.Println(a.ID, a.Title)
	}
	os.Exit(0)
}
