package gist

import (
	"context"
	"os"
	"strings"
	"testing"
)

func TestDumpSeedSw(t *testing.T) {
	if os.Getenv("GIST_EVAL") == "" {
		t.Skip()
	}
	b, _ := os.ReadFile("../../corpus/sample/000_33affdd9658b75e7.txt")
	segs := strings.Split(string(b), "\n")
	out, _ := New().Translate(context.Background(), segs, "sw", "en")
	t.Log("\n" + strings.Join(out, "\n\n"))
}
