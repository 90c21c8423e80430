package entity

import (
	"fmt"
	"os"
	"testing"
)

func TestLinkDumpLocal(t *testing.T) {
	if os.Getenv("DUMPLINK") == "" {
		t.Skip()
	}
	ix := Link(sampleCorpus(t))
	for _, e := range ix.Entities() {
		fmt.Printf("%d %3d %-6s %-30s %-24s %q\n", e.Articles(), len(e.Mentions), e.Type, e.Key, e.Name, e.Forms)
	}
}
