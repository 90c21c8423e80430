package apertium

import (
	"context"
	"errors"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rosetta-reader/rosetta/translate"
)

// TestRealAPY runs the backend against Debian's apertium-apy with the
// Spanish–English pair, started on 127.0.0.1 for the test.
func TestRealAPY(t *testing.T) {
	base := startAPY(t)
	c := New(Config{BaseURL: base, Tuning: httpx.Tuning{Timeout: 20 * time.Second}})
	ctx := context.Background()

	t.Run("pairs", func(t *testing.T) {
		ps, err := c.Pairs(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []translate.Pair{{From: "es", To: "en"}, {From: "en", To: "es"}} {
			if !slices.Contains(ps, p) {
				t.Errorf("Pairs %v lacks %v", ps, p)
			}
		}
		if slices.Contains(ps, translate.Pair{From: "en", To: "en"}) {
			t.Errorf("eng→eng_US variant folded into a self pair: %v", ps)
		}
	})

	t.Run("spanish news into english", func(t *testing.T) {
		segs := []string{
			"El Gobierno aprobó este martes un nuevo paquete de medidas para frenar la subida de los precios de la energía, según informó la ministra de Economía.",
			"",
			"Hola mundo",
			"El presidente ruso visitará Hanói la próxima semana.\nLa visita durará dos días.",
			"   ",
			"El ministro Zxqwerty habló con la prensa.",
		}
		got, err := c.Translate(ctx, segs, "es", "en")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(segs) || got[1] != "" || got[4] != "   " {
			t.Fatalf("got %q; want %d outputs with blanks kept", got, len(segs))
		}
		want := [][]string{
			{"Government", "Tuesday", "package", "energy", "minister", "Economy"},
			nil,
			{"Hello", "World"},
			{"president", "week", "visit", "two days", "\n"},
			nil,
			{"minister", "Zxqwerty", "spoke"},
		}
		for i, words := range want {
			for _, w := range words {
				if !strings.Contains(got[i], w) {
					t.Errorf("segment %d: %q lacks %q", i, got[i], w)
				}
			}
		}
		if strings.Contains(got[5], "*") {
			t.Errorf("unknown word still marked: %q (markUnknown=no)", got[5])
		}
	})

	t.Run("many segments keep count and order", func(t *testing.T) {
		segs := make([]string, 24)
		for i := range segs {
			segs[i] = []string{"Hola mundo", "El perro come.", "La casa es grande."}[i%3]
		}
		got, err := c.Translate(ctx, segs, "es", "en")
		if err != nil {
			t.Fatal(err)
		}
		for i, g := range got {
			want := []string{"Hello World", "dog", "house"}[i%3]
			if !strings.Contains(g, want) {
				t.Errorf("segment %d = %q; want it to contain %q", i, g, want)
			}
		}
	})

	t.Run("ntrex chrF", func(t *testing.T) { testNTREX(t, c) })

	t.Run("pair not installed", func(t *testing.T) {
		_, err := c.Translate(ctx, []string{"Habari za asubuhi"}, "sw", "en")
		if !errors.Is(err, translate.ErrUnsupportedPair) || translate.Retryable(err) {
			t.Fatalf("err = %v; want final ErrUnsupportedPair", err)
		}
	})
}
