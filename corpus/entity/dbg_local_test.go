package entity

import (
	"fmt"
	"testing"
)

func TestDbgLocal(t *testing.T) {
	lx := defaultLexicon()
	fmt.Println(lx.common["sw"]["marekani"], lx.common["sw"]["ulaya"])
	for _, s := range []string{"serikali ya marekani imesema", "nchi za ulaya zimesema", "Rais wa zamani wa Marekani Barack Obama na Robert Trump walikuwa"} {
		fmt.Println(Recognize(s, "sw"))
	}
}
