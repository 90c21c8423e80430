package translate

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestSecretNeverPrints(t *testing.T) {
	const key = "sk-live-abcdef123456"
	cfg := struct {
		Name string
		Key  Secret
	}{"openai", Secret(key)}
	js, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	outs := []string{
		fmt.Sprint(cfg.Key), fmt.Sprintf("%v %+v %#v", cfg, cfg, cfg),
		fmt.Sprintf("%s %q %x %X %10s", cfg.Key, cfg.Key, cfg.Key, cfg.Key, cfg.Key),
		string(js),
	}
	for _, o := range outs {
		if strings.Contains(o, key) || strings.Contains(o, fmt.Sprintf("%x", key)) {
			t.Errorf("key leaked in %q", o)
		}
		if !strings.Contains(o, "[redacted]") {
			t.Errorf("no redaction marker in %q", o)
		}
	}
	if cfg.Key.Reveal() != key || !cfg.Key.Set() || Secret("").Set() {
		t.Fatal("Reveal/Set wrong")
	}
	if s := fmt.Sprint(Secret("")); s != "" {
		t.Fatalf("empty secret prints %q", s)
	}
}
