package corpus

import (
	"embed"
	"io/fs"
	"path"
	"strings"
)

//go:embed sample/*.txt
var sampleFS embed.FS

// Sample returns the embedded sample corpus: five articles about one event
// (Swahili, Albanian, three English), used when no corpus is given.
func Sample() *Corpus {
	ents, _ := fs.ReadDir(sampleFS, "sample")
	raws := make([]Raw, 0, len(ents))
	for _, e := range ents {
		b, err := sampleFS.ReadFile(path.Join("sample", e.Name()))
		if err != nil {
			continue // cannot happen: the files are embedded
		}
		id := strings.TrimSuffix(e.Name(), path.Ext(e.Name()))
		raws = append(raws, Raw{ID: id, Body: string(b), Origin: "sample"})
	}
	return New(BuildAll(raws))
}
