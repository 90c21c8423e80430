package entity

import (
	"slices"
	"strings"
	"testing"
	"time"
)

type want struct{ text, key string }

// mentionTexts returns "text=key" for each mention.
func mentionTexts(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text+"="+m.Key)
	}
	return out
}

func TestRecognizeTraps(t *testing.T) {
	for _, c := range []struct {
		name, text, lang string
		want             []want
		not              []string
	}{
		{"glued words", "The president of Russia, Vladimir Putinsigned agreements with To Lamduring a visit to Vietnambut left.", "en",
			[]want{{"Vladimir Putin", "vladimir-putin"}, {"To Lam", "to-lam"}, {"Vietnam", "cldr:VN"}}, []string{"Putinsigned", "Lamduring"}},
		{"photo credit", "Putin in Hanoi, June 20, 2024.MANAN VATSYAYANA – POOL", "en",
			[]want{{"Putin", "vladimir-putin"}, {"Hanoi", "hanoi"}}, []string{"MANAN", "POOL", "June"}},
		{"calendar and titles", "On Thursday, President To Lam met Prime Minister Pham Minh Chinh.", "en",
			[]want{{"To Lam", "to-lam"}, {"Pham Minh Chinh", "pham-minh-chinh"}}, []string{"Thursday", "President", "Prime"}},
		{"swahili headline", "Makubaliano ya Kiuchumi Wakati wa ziara ya Putin, maafisa wanatarajia makubaliano.", "sw",
			[]want{{"Putin", "vladimir-putin"}}, []string{"Makubaliano", "Kiuchumi", "Wakati"}},
		{"swahili title", "Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi mnamo Juni.", "sw",
			[]want{{"Urusi", "cldr:RU"}, {"Vladimir Putin", "vladimir-putin"}, {"Hanoi", "hanoi"}}, []string{"Rais", "Juni"}},
		{"albanian title", "Presidenti rus, Vladimir Putin, shkoi në Koreja e Veriut.", "sq",
			[]want{{"rus", "cldr:RU"}, {"Vladimir Putin", "vladimir-putin"}, {"Koreja e Veriut", "cldr:KP"}}, []string{"Presidenti"}},
		{"swahili linkers", "maeneo ya Bahari ya Kusini ya China yanayodaiwa na China.", "sw",
			[]want{{"Bahari ya Kusini ya China", "south-china-sea"}, {"China", "cldr:CN"}}, nil},
		{"possessives", "Putin's visit and Moscow’s efforts.", "en",
			[]want{{"Putin", "vladimir-putin"}, {"Moscow", "moscow"}}, nil},
		{"possessive org", "a fellow with the Wilson Center's Asia Program, said", "en",
			[]want{{"Wilson Center's Asia Program", "~wilson-center-s-asia-program"}}, []string{"=Asia"}},
		{"title case headline", "After His Controversial Visit To North Korea, Putin Heads To Hanoi", "en",
			[]want{{"North Korea", "cldr:KP"}, {"Putin", "vladimir-putin"}, {"Hanoi", "hanoi"}}, []string{"After", "Controversial", "Visit", "Heads"}},
		{"initials", "said the ambassador, Gennady S. Bezdetko.", "en",
			[]want{{"Gennady S. Bezdetko", "~gennady-s-bezdetko"}}, nil},
		{"surname after full name", "Nguyen Khac Giang is an analyst. For its part, Russia matters, Giang said.", "en",
			[]want{{"Nguyen Khac Giang", "~nguyen-khac-giang"}, {"Giang", "~nguyen-khac-giang"}}, nil},
		{"hyphenated adjective", "Communist-run Vietnam and US-led sanctions", "en",
			[]want{{"Vietnam", "cldr:VN"}, {"US", "cldr:US"}}, []string{"Communist-run"}},
		{"swahili group words", "Wademokrat na Warepublican walikubaliana na Waislamu.", "sw",
			nil, []string{"Wademokrat", "Waislamu"}},
		{"unknown mid-sentence name", "The minister met Kristina Kormilitsyna in Sputnik offices.", "en",
			[]want{{"Kristina Kormilitsyna", "~kristina-kormilitsyna"}, {"Sputnik", "sputnik"}}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Recognize(c.text, c.lang)
			got := mentionTexts(ms)
			for _, w := range c.want {
				if !slices.Contains(got, w.text+"="+w.key) {
					t.Errorf("missing %s=%s in %q", w.text, w.key, got)
				}
			}
			for _, m := range ms {
				for _, n := range c.not {
					// "=X" forbids a mention that is exactly X.
					if exact, ok := strings.CutPrefix(n, "="); ok && m.Text == exact || !ok && strings.Contains(m.Text, n) {
						t.Errorf("%q is not a name (mention %q)", n, m.Text)
					}
				}
			}
		})
	}
}

func TestRecognizeTypes(t *testing.T) {
	ms := Recognize("The Hanoi Opera House hosted the Vietnam Friendship Association and Russian diplomats.", "en")
	got := map[string]Type{}
	for _, m := range ms {
		got[m.Text] = m.Type
	}
	for text, typ := range map[string]Type{
		"Hanoi Opera House":              Place,
		"Vietnam Friendship Association": Org,
		"Russian":                        Other,
	} {
		if got[text] != typ {
			t.Errorf("%q: type %q, want %q (all: %v)", text, got[text], typ, got)
		}
	}
}

// An unknown language gets the capitalisation fallback and the English
// names of the gazetteer.
func TestRecognizeFallbackLanguage(t *testing.T) {
	ms := Recognize("Der Präsident Wladimir Putin besuchte Vietnam und traf To Lam.", "de")
	got := mentionTexts(ms)
	for _, w := range []string{"Vietnam=cldr:VN", "To Lam=to-lam"} {
		if !slices.Contains(got, w) {
			t.Errorf("missing %s in %q", w, got)
		}
	}
}

func TestRecognizeEmptyAndControl(t *testing.T) {
	for _, s := range []string{"", "   ", "\x00\x01", "...", "\xff\xfe"} {
		if ms := Recognize(s, "en"); len(ms) != 0 {
			t.Errorf("Recognize(%q) = %v, want none", s, ms)
		}
	}
}

// Long runs of capitalised words, capitals or linkers must cost linear
// time: each is a worst case for one of the scanning loops.
func TestRecognizeLongRuns(t *testing.T) {
	for _, unit := range []string{"The ", "Mahakama ya ", "POOL ", "Kim ", "A. ", "Putin's ", "Rusisë e "} {
		text := strings.Repeat(unit, 50000)
		start := time.Now()
		ms := Recognize(text, "sw")
		checkMentions(t, text, ms)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q×50000 took %v", unit, d)
		}
	}
}
