package openai

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rosetta-reader/rosetta/translate"
)

func FuzzParseArray(f *testing.F) {
	f.Add(`["a","b"]`, 2)
	f.Add("```json\n[\"x\"]\n```", 1)
	f.Add(`Sure! [{"n":1,"text":"y"}] done`, 1)
	f.Add(`[[[`, 3)
	f.Add("\xff[\"\xfe\"]", 1)
	f.Fuzz(func(t *testing.T, content string, n int) {
		if n < 1 || n > 64 {
			return
		}
		got, err := parseArray(content, n)
		if err != nil {
			return
		}
		if len(got) != n {
			t.Fatalf("parseArray returned %d items for n=%d", len(got), n)
		}
		if n > 1 && !strings.Contains(content, "[") {
			t.Fatalf("accepted %d items from text without an array", n)
		}
		for _, s := range got {
			if !utf8.ValidString(s) && utf8.ValidString(content) {
				t.Fatalf("invalid UTF-8 out of valid input: %q", s)
			}
		}
	})
}

func FuzzParseSummary(f *testing.F) {
	f.Add(`[{"paragraph":1,"text":"A"},{"paragraph":2,"text":"B"}]`, "p1", "p2")
	f.Add(`[{"paragraph":2,"text":"B"},{"paragraph":1,"text":"A"}]`, "p1", "p2")
	f.Add("```\n[]\n```", "", "")
	f.Fuzz(func(t *testing.T, content, p1, p2 string) {
		paras := []string{p1, p2}
		got, err := parseSummary(content, paras)
		if err != nil {
			return
		}
		if len(got) != len(paras) {
			t.Fatalf("%d rows for %d paragraphs", len(got), len(paras))
		}
		for i, s := range got {
			if strings.TrimSpace(s) == "" && strings.TrimSpace(paras[i]) != "" {
				t.Fatalf("empty row %d for a non-blank paragraph", i)
			}
		}
	})
}

func FuzzClassify(f *testing.F) {
	f.Add(429, `{"error":{"message":"quota","type":"insufficient_quota","code":"insufficient_quota"}}`)
	f.Add(400, `{"object":"error","message":"maximum context length","type":"BadRequestError","code":400}`)
	f.Add(503, `{"error":{"code":503,"message":"Loading model","type":"unavailable_error"}}`)
	f.Add(401, `{"error":"unauthorized"}`)
	f.Add(500, "\x00\xff<html>")
	f.Fuzz(func(t *testing.T, status int, body string) {
		err := classify(status, nil, []byte(body))
		if (status/100 == 2) != (err == nil) {
			t.Fatalf("status %d: err %v", status, err)
		}
		if err == nil {
			return
		}
		if !utf8.ValidString(err.Error()) {
			t.Fatalf("invalid UTF-8 in error %q", err)
		}
		if status == 401 && !errors.Is(err, translate.ErrAuth) {
			t.Fatalf("401 → %v", err)
		}
		if status == 429 && !errors.Is(err, translate.ErrQuota) && !translate.Retryable(err) {
			t.Fatalf("429 neither quota nor retryable: %v", err)
		}
	})
}
