package google

import (
	"context"
	"fmt"
	"net/http"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"github.com/rosetta-reader/rosetta/translate/internal/langcode"
)

type languagesResponse struct {
	Data struct {
		Languages []struct {
			Language string `json:"language"`
		} `json:"languages"`
	} `json:"data"`
}

// Pairs implements translate.Backend. Google translates between any two
// of its languages, so every ordered pair of distinct languages (script
// variants folded to ISO 639-1) is listed.
func (c *Client) Pairs(ctx context.Context) ([]translate.Pair, error) {
	body, err := c.http.Do(ctx, httpx.Request{Method: http.MethodGet, URL: c.endpoint("/languages", nil)}, classify)
	if err != nil {
		return nil, err
	}
	var resp languagesResponse
	if err := httpx.DecodeJSON(body, &resp); err != nil {
		return nil, fmt.Errorf("google: %w", err)
	}
	var codes []string
	seen := map[string]bool{}
	for _, l := range resp.Data.Languages {
		c := langcode.Base(l.Language)
		if c != "" && !seen[c] {
			seen[c] = true
			codes = append(codes, c)
		}
	}
	out := make([]translate.Pair, 0, len(codes)*len(codes))
	for _, f := range codes {
		for _, t := range codes {
			if f != t {
				out = append(out, translate.Pair{From: f, To: t})
			}
		}
	}
	return out, nil
}
