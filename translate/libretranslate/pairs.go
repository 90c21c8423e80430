package libretranslate

import (
	"context"
	"fmt"
	"net/http"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"github.com/rosetta-reader/rosetta/translate/internal/langcode"
)

type language struct {
	Code    string   `json:"code"`
	Name    string   `json:"name"`
	Targets []string `json:"targets"`
}

// Pairs implements translate.Backend from GET /languages: every language
// with its reachable targets, script variants folded to ISO 639-1.
func (c *Client) Pairs(ctx context.Context) ([]translate.Pair, error) {
	body, err := c.http.Do(ctx, httpx.Request{Method: http.MethodGet, URL: c.base + "/languages"}, classify)
	if err != nil {
		return nil, err
	}
	var langs []language
	if err := httpx.DecodeJSON(body, &langs); err != nil {
		return nil, fmt.Errorf("libretranslate: %w", err)
	}
	seen := map[translate.Pair]bool{}
	var out []translate.Pair
	for _, l := range langs {
		for _, t := range l.Targets {
			p := translate.Pair{From: langcode.Base(l.Code), To: langcode.Base(t)}
			if p.From == "" || p.To == "" || p.From == p.To || seen[p] {
				continue
			}
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}
