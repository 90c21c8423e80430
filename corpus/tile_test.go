package corpus

import (
	"strings"
	"testing"
)

func TestTileCutsAtTopicShift(t *testing.T) {
	a := []string{
		"The harbour cranes lifted containers onto the cargo ships all morning.",
		"Dock workers said the cargo volumes at the harbour had doubled this year.",
		"Shipping agents expect the harbour to handle more containers next month.",
		"The cargo terminal will add two cranes for the container ships soon.",
		"Harbour officials said the new cranes would speed up the cargo ships.",
		"Containers from the harbour go by train to the cargo depots inland.",
	}
	b := []string{
		"Meanwhile the football club announced a new coach for the season.",
		"Supporters of the club welcomed the coach at the stadium on Sunday.",
		"The coach promised the football supporters a better season at the stadium.",
		"Club officials said the stadium would be full for the first match.",
		"The new coach watched the football training at the club stadium.",
		"Tickets for the first match of the season sold out at the club.",
	}
	p := strings.Join(append(append([]string{}, a...), b...), " ")
	sents := sentenceSpans(p, nil)
	if len(sents) != 12 || len(p) <= maxParaBytes {
		t.Fatalf("%d sentences, %d bytes", len(sents), len(p))
	}
	cuts := tile(p, sents)
	if len(cuts) == 0 || cuts[0] != len(a) {
		t.Errorf("cuts = %v, want the first at the topic shift (%d)", cuts, len(a))
	}
	if tile("Short paragraph. Two sentences.", sentenceSpans("Short paragraph. Two sentences.", nil)) != nil {
		t.Error("a short paragraph was cut")
	}
}
