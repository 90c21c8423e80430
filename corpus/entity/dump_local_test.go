package entity

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpLocal(t *testing.T) {
	f, lang := os.Getenv("DUMP"), os.Getenv("LANG_")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, m := range Recognize(string(b), lang) {
		fmt.Printf("%-6s %-28s %q\n", m.Type, m.Key, m.Text)
	}
}
