package deepl

import (
	"errors"
	"strings"
	"testing"

	"github.com/rosetta-reader/rosetta/translate"
)

func FuzzCodes(f *testing.F) {
	for _, s := range []string{"en", "EN-gb", "pt_BR", "zh", " sw ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		for _, out := range []string{targetCode(code), sourceCode(code)} {
			if out != strings.ToUpper(out) {
				t.Fatalf("code %q not upper case", out)
			}
		}
		if strings.ContainsAny(sourceCode(code), "-_") {
			t.Fatalf("source code %q carries a variant", sourceCode(code))
		}
	})
}

func FuzzClassify(f *testing.F) {
	f.Add(456, `{"message":"Quota Exceeded"}`)
	f.Add(529, `{"message":"Too many requests"}`)
	f.Add(400, `{"message":"Value for 'target_lang' not supported","detail":"x"}`)
	f.Add(200, `{}`)
	f.Fuzz(func(t *testing.T, status int, body string) {
		err := classify(status, nil, []byte(body))
		if (status/100 == 2) != (err == nil) {
			t.Fatalf("status %d: err %v", status, err)
		}
		if status == 456 && (!errors.Is(err, translate.ErrQuota) || translate.Retryable(err)) {
			t.Fatalf("456 → %v", err)
		}
		if (status == 429 || status == 529) && !translate.Retryable(err) {
			t.Fatalf("%d not retryable", status)
		}
	})
}
