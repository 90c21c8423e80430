package deepl

import (
	"strings"

	"github.com/rosetta-reader/rosetta/translate/internal/langcode"
)

// sourceCode is DeepL's source language: the base code in capitals
// (sources take no variant).
func sourceCode(iso string) string { return strings.ToUpper(langcode.Base(iso)) }

// targetCode is DeepL's target language. Plain EN and PT are deprecated as
// targets and Chinese needs its script, so those get a default variant; an
// explicit variant ("en-GB") is kept.
func targetCode(iso string) string {
	c := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(iso), "_", "-"))
	switch c {
	case "EN":
		return "EN-US"
	case "PT":
		return "PT-BR"
	case "ZH":
		return "ZH-HANS"
	}
	return c
}

// fromDeepL maps a DeepL code ("EN-US", "SW") back to ISO 639-1.
func fromDeepL(code string) string { return langcode.Base(code) }
