package entity

import (
	"fmt"
	"testing"

	"github.com/adrg/strutil/metrics"
	"github.com/rosetta-reader/rosetta/corpus"
)

func TestDbg2Local(t *testing.T) {
	ix := LinkArticles([]*corpus.Article{
		article("a", "en", "The ambassador, Gennady Bezdetko, spoke. Analyst Prashanth Parameswaran agreed."),
		article("b", "sq", "Ambasadori Bezdetko foli sot në Hanoi."),
		article("c", "en", "Later, said Prashanth Parameswaranan on television."),
	})
	for _, e := range ix.Entities() {
		fmt.Println(e.Key, e.Forms, e.Articles())
	}
	jw := metrics.NewJaroWinkler()
	for _, p := range [][2]string{{"hoang", "khang"}, {"minh hoang", "minh khang"}, {"bezdetko", "bezdetkos"}, {"putin", "putinit"}, {"parameswaran", "parameswaranan"}, {"nguyen", "nguyin"}} {
		fmt.Println(p, jw.Compare(p[0], p[1]))
	}
}
