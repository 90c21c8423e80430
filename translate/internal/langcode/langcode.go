// Package langcode maps between the ISO 639-1 codes Rosetta uses, the
// ISO 639-3 codes Apertium uses, and English language names (for prompts).
package langcode

import "strings"

type lang struct{ iso1, iso3, name string }

// table lists the languages the backends are likely to meet. Codes not in
// it pass through unchanged.
var table = []lang{
	{"af", "afr", "Afrikaans"}, {"am", "amh", "Amharic"}, {"an", "arg", "Aragonese"},
	{"ar", "ara", "Arabic"}, {"az", "aze", "Azerbaijani"},
	{"be", "bel", "Belarusian"}, {"bg", "bul", "Bulgarian"}, {"bn", "ben", "Bengali"},
	{"br", "bre", "Breton"}, {"ca", "cat", "Catalan"}, {"cs", "ces", "Czech"},
	{"cy", "cym", "Welsh"}, {"da", "dan", "Danish"}, {"de", "deu", "German"},
	{"el", "ell", "Greek"}, {"en", "eng", "English"}, {"eo", "epo", "Esperanto"},
	{"es", "spa", "Spanish"}, {"et", "est", "Estonian"}, {"eu", "eus", "Basque"},
	{"fa", "fas", "Persian"}, {"fi", "fin", "Finnish"}, {"fr", "fra", "French"},
	{"ga", "gle", "Irish"}, {"gl", "glg", "Galician"}, {"ha", "hau", "Hausa"},
	{"he", "heb", "Hebrew"}, {"hi", "hin", "Hindi"}, {"hu", "hun", "Hungarian"},
	{"id", "ind", "Indonesian"}, {"ig", "ibo", "Igbo"}, {"is", "isl", "Icelandic"},
	{"it", "ita", "Italian"}, {"ja", "jpn", "Japanese"}, {"kk", "kaz", "Kazakh"},
	{"ko", "kor", "Korean"}, {"ky", "kir", "Kyrgyz"}, {"lt", "lit", "Lithuanian"},
	{"lv", "lav", "Latvian"}, {"mk", "mkd", "Macedonian"}, {"ms", "msa", "Malay"},
	{"mt", "mlt", "Maltese"}, {"nb", "nob", "Norwegian Bokmål"}, {"nl", "nld", "Dutch"},
	{"nn", "nno", "Norwegian Nynorsk"}, {"oc", "oci", "Occitan"}, {"pl", "pol", "Polish"},
	{"pt", "por", "Portuguese"}, {"ro", "ron", "Romanian"}, {"ru", "rus", "Russian"},
	{"sh", "hbs", "Serbo-Croatian"}, {"sk", "slk", "Slovak"}, {"sl", "slv", "Slovenian"},
	{"so", "som", "Somali"}, {"sq", "sqi", "Albanian"}, {"sv", "swe", "Swedish"},
	{"sw", "swa", "Swahili"}, {"th", "tha", "Thai"}, {"tr", "tur", "Turkish"},
	{"tt", "tat", "Tatar"}, {"uk", "ukr", "Ukrainian"}, {"ur", "urd", "Urdu"},
	{"uz", "uzb", "Uzbek"}, {"vi", "vie", "Vietnamese"}, {"xh", "xho", "Xhosa"},
	{"yo", "yor", "Yoruba"}, {"zh", "zho", "Chinese"}, {"zu", "zul", "Zulu"},
}

// Name returns the English name of an ISO 639-1 code, or the code itself
// when it is not known.
func Name(code string) string {
	if l, ok := find(func(l lang) bool { return l.iso1 == norm(code) }); ok {
		return l.name
	}
	return code
}

// ToISO3 maps an ISO 639-1 code to ISO 639-3. A code already in the table
// as ISO 639-3 is returned as is.
func ToISO3(code string) (string, bool) {
	c := norm(code)
	if l, ok := find(func(l lang) bool { return l.iso1 == c || l.iso3 == c }); ok {
		return l.iso3, true
	}
	return "", false
}

// FromISO3 maps an ISO 639-3 code (optionally with an Apertium variant
// suffix such as "eng_US") to ISO 639-1; codes with no two-letter form come
// back unchanged with ok false.
func FromISO3(code string) (string, bool) {
	c, _, _ := strings.Cut(norm(code), "_")
	if l, ok := find(func(l lang) bool { return l.iso3 == c }); ok {
		return l.iso1, true
	}
	return c, false
}

// Known lists the ISO 639-1 codes in the table.
func Known() []string {
	out := make([]string, 0, len(table))
	for _, l := range table {
		out = append(out, l.iso1)
	}
	return out
}

// Base strips a region or script ("en-US", "pt_BR") and lower-cases.
func Base(code string) string {
	c := norm(code)
	if i := strings.IndexAny(c, "-_"); i >= 0 {
		c = c[:i]
	}
	return c
}

func norm(code string) string { return strings.ToLower(strings.TrimSpace(code)) }

func find(match func(lang) bool) (lang, bool) {
	for _, l := range table {
		if match(l) {
			return l, true
		}
	}
	return lang{}, false
}
