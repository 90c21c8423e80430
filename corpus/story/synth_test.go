package story

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// synthDocs generates n docs about events (each with its own entities and
// topic words) over a shared background vocabulary, in three languages'
// worth of ids. It returns the docs and each doc's true event.
func synthDocs(n, events int, seed uint64) ([]Doc, map[string]int) {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	word := func(prefix string, i int) string {
		return fmt.Sprintf("%s%c%c%c", prefix, 'a'+i%26, 'a'+i/26%26, 'a'+i/676%26)
	}
	bg := rand.NewZipf(rng, 1.1, 3, 20000)
	base := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	var docs []Doc
	truth := map[string]int{}
	for i := 0; i < n; i++ {
		ev := rng.IntN(events)
		ents := map[string]int{}
		for k := 0; k < 4; k++ {
			if rng.Float64() < 0.8 {
				ents[fmt.Sprintf("ent-%d-%d", ev, k)] = 1 + rng.IntN(4)
			}
		}
		// A few globally common entities blur events together.
		ents[fmt.Sprintf("common-%d", rng.IntN(20))] = 1 + rng.IntN(3)
		var b strings.Builder
		for w := 0; w < 300; w++ {
			if rng.Float64() < 0.12 {
				b.WriteString(word("topic", ev*10+rng.IntN(10)))
			} else {
				b.WriteString(word("bg", int(bg.Uint64())))
			}
			b.WriteByte(' ')
		}
		id := fmt.Sprintf("d%05d", i)
		truth[id] = ev
		docs = append(docs, Doc{
			ID: id, Lang: []string{"en", "sw", "sq"}[i%3], Title: "title " + id,
			EnglishTitle: word("topic", ev*10) + " " + word("topic", ev*10+1),
			Entities:     ents, English: b.String(),
			Published: base.Add(time.Duration(ev)*time.Hour + time.Duration(rng.IntN(48))*time.Hour),
		})
	}
	return docs, truth
}
