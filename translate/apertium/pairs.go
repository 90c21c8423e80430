package apertium

import (
	"context"
	"fmt"
	"net/http"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
	"github.com/rosetta-reader/rosetta/translate/internal/langcode"
)

type listPairsResponse struct {
	ResponseData []struct {
		SourceLanguage string `json:"sourceLanguage"`
		TargetLanguage string `json:"targetLanguage"`
	} `json:"responseData"`
}

// Pairs implements translate.Backend from /listPairs. Variants ("eng_US")
// fold into their language; pairs with a language that has no ISO 639-1
// code are left out, since translate.Pair holds ISO 639-1.
func (c *Client) Pairs(ctx context.Context) ([]translate.Pair, error) {
	body, err := c.http.Do(ctx, httpx.Request{Method: http.MethodGet, URL: c.base + "/listPairs"}, classify)
	if err != nil {
		return nil, err
	}
	var resp listPairsResponse
	if err := httpx.DecodeJSON(body, &resp); err != nil {
		return nil, fmt.Errorf("apertium: %w", err)
	}
	seen := map[translate.Pair]bool{}
	var out []translate.Pair
	for _, p := range resp.ResponseData {
		from, ok1 := langcode.FromISO3(p.SourceLanguage)
		to, ok2 := langcode.FromISO3(p.TargetLanguage)
		pair := translate.Pair{From: from, To: to}
		if !ok1 || !ok2 || from == to || seen[pair] {
			continue
		}
		seen[pair] = true
		out = append(out, pair)
	}
	return out, nil
}
