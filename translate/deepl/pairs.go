package deepl

import (
	"context"
	"fmt"
	"net/http"

	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/internal/httpx"
)

type language struct {
	Language string `json:"language"`
	Name     string `json:"name"`
}

// Pairs implements translate.Backend: every source language to every
// target language, from /v2/languages (deprecated but stable; /v3/languages
// is still marked beta).
func (c *Client) Pairs(ctx context.Context) ([]translate.Pair, error) {
	src, err := c.languages(ctx, "source")
	if err != nil {
		return nil, err
	}
	dst, err := c.languages(ctx, "target")
	if err != nil {
		return nil, err
	}
	seen := map[translate.Pair]bool{}
	var out []translate.Pair
	for _, s := range src {
		for _, d := range dst {
			p := translate.Pair{From: fromDeepL(s.Language), To: fromDeepL(d.Language)}
			if p.From == "" || p.To == "" || p.From == p.To || seen[p] {
				continue
			}
			seen[p] = true
			out = append(out, p)
		}
	}
	return out, nil
}

func (c *Client) languages(ctx context.Context, kind string) ([]language, error) {
	body, err := c.http.Do(ctx, httpx.Request{
		Method: http.MethodGet, URL: c.base + "/v2/languages?type=" + kind, Header: c.headers(),
	}, classify)
	if err != nil {
		return nil, err
	}
	var langs []language
	if err := httpx.DecodeJSON(body, &langs); err != nil {
		return nil, fmt.Errorf("deepl: %w", err)
	}
	return langs, nil
}
