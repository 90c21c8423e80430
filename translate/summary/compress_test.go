package summary

import (
	"strings"
	"testing"
)

func TestCompress(t *testing.T) {
	cases := []struct {
		name, in string
		budget   int
		want     string
	}{
		{"parenthetical", "Vietnam's President To Lam (right) met Putin in Hanoi on June 20, 2024.", 99,
			"Vietnam's President To Lam met Putin in Hanoi on June 20, 2024."},
		{"photo credit", "Putin and To Lam review the honor guard in Hanoi, Thursday, June 20, 2024 (AP Photo/Minh Hoang)Minh Hoang – AP", 99,
			"Putin and To Lam review the honor guard in Hanoi, Thursday, June 20, 2024."},
		{"attribution", "Russia is sending a message that it is not isolated in Asia, he said.", 99,
			"Russia is sending a message that it is not isolated in Asia."},
		{"quoted attribution", "“Russia attaches great importance to relations with Vietnam,” the Russian president said.", 99,
			"“Russia attaches great importance to relations with Vietnam.”"},
		{"dateline", "HANOI.- The president of Russia signed several agreements on Thursday.", 99,
			"The president of Russia signed several agreements on Thursday."},
		{"opener", "Meanwhile, the United States has expressed concern over the visit.", 99,
			"The United States has expressed concern over the visit."},
		{"lossless relative clause", "The United States, which leads the sanctions, has expressed concern over the visit of Putin.", 99,
			"The United States has expressed concern over the visit of Putin."},
		{"relative clause naming someone stays", "The United States, which leads the sanctions against Russia, has expressed concern.", 99,
			"The United States, which leads the sanctions against Russia, has expressed concern."},
		{"over budget: the clause goes", "The United States, which leads the sanctions against Russia, has expressed concern.", 8,
			"The United States has expressed concern."},
		{"over budget: the adjunct goes first", "Russian President Vladimir Putin arrived in Hanoi on Thursday, following a rare meeting with his North Korean counterpart Kim Jong Un.", 10,
			"Russian President Vladimir Putin arrived in Hanoi on Thursday."},
		{"a clause that starts a new one is not cut", "He went to Vietnam from North Korea, where with the leader, Kim Jong Un, he signed an agreement.", 99,
			"He went to Vietnam from North Korea, where with the leader, Kim Jong Un, he signed an agreement."},
		{"a quotation loses only its end, marked", `A spokesperson stated, "No country should give Putin a platform to promote his war of aggression."`, 6,
			`A spokesperson stated, "No country should give Putin a platform…"`},
		{"a quotation keeps its middle", `He said "we will, whatever happens in Hanoi, stay" and left.`, 4,
			`He said "we will, whatever happens in Hanoi, stay" and left.`},
		{"no tail cuts the predicate", "Putin's travel to Hanoi, like his visit to Pyongyang, may herald a strengthening of relations between the two countries.", 5,
			"Putin's travel to Hanoi may herald a strengthening of relations."},
		{"no predicate, no tail", "Vietnamese President To Lam, center right, and his Russian counterpart Vladimir Putin during the ceremony in Hanoi.", 5,
			"Vietnamese President To Lam, center right, and his Russian counterpart Vladimir Putin during the ceremony in Hanoi."},
		{"a reported clause is content, not attribution", "But, Lam said that there are other agreements which were not made public.", 99,
			"Lam said that there are other agreements which were not made public."},
		{"a verbless phrase after a noun is a tail", "The visit is aimed at boosting economic ties with friendly countries in the region.", 7,
			"The visit is aimed at boosting economic ties."},
		{"a phrase running into the main clause is no tail", "The United States, which leads the sanctions against Russia, has expressed deep concern.", 5,
			"The United States has expressed deep concern."},
		{"a clause after a comma is no appositive", "During the visit, the officials expect agreements in trade, including the technology sector.", 6,
			"The officials expect agreements in trade."},
		{"left is a direction in captions, not a verb to cut after", "Russian President Vladimir Putin, left, and Vietnam’s President To Lam wave as they pose for photos in Hanoi.", 8,
			"Russian President Vladimir Putin, left, and Vietnam’s President To Lam wave as they pose for photos in Hanoi."},
		{"a presenting opener goes", "Here is the itinerary for Putin's visit and what Moscow is looking to gain.", 99,
			"The itinerary for Putin's visit and what Moscow is looking to gain."},
		{"over budget: an as-clause goes", "Defense cooperation will be a significant part of the talks as Russia has been a leading arms supplier.", 10,
			"Defense cooperation will be a significant part of the talks."},
		{"as before a noun phrase opens no clause", "The two countries regard the treaty as a pillar of the partnership.", 6,
			"The two countries regard the treaty as a pillar of the partnership."},
		{"such as opens no clause", "Officials expect agreements in sectors such as the banks of Russia have sought.", 6,
			"Officials expect agreements in sectors such as the banks of Russia have sought."},
		{"a verb's as complement stays", "The US views Vietnam's engagement with Russia as undermining the narrative.", 5,
			"The US views Vietnam's engagement with Russia as undermining the narrative."},
		{"an as complement standing before the tail lets it go", "The US views the deal as a threat to stability in Asia.", 8,
			"The US views the deal as a threat."},
		{"a noun's infinitive content stays", "Putin's recent visits to China and Vietnam are attempts to break international isolation.", 6,
			"Putin's recent visits to China and Vietnam are attempts to break international isolation."},
		{"an infinitive of purpose may go", "No country should give Putin a platform to promote his war of aggression.", 6,
			"No country should give Putin a platform."},
		{"stranded preposition goes with its clause", "The allies have expressed concern about a possible arms deal in which Pyongyang provides Moscow with munitions.", 10,
			"The allies have expressed concern about a possible arms deal."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := compress(tc.in, heuristicMentions, tc.budget); got != tc.want {
				t.Errorf("compress(%q, %d)\n got %q\nwant %q", tc.in, tc.budget, got, tc.want)
			}
		})
	}
}

func TestCompressNeverAddsWords(t *testing.T) {
	for _, a := range seeds(t) {
		for i := range a.Paragraphs {
			for _, s := range splitSentences(clean(a.ParagraphText(i))) {
				for _, budget := range []int{4, 10, 99} {
					out := compress(s, heuristicMentions, budget)
					src := map[string]bool{}
					for _, tk := range tokenize(s) {
						src[strings.ToLower(tk.text)] = true
					}
					for _, tk := range tokenize(out) {
						if !src[strings.ToLower(tk.text)] {
							t.Errorf("compress added %q:\n in %q\nout %q", tk.text, s, out)
						}
					}
					if wordCount(out) > wordCount(s)+0 {
						t.Errorf("compress grew %q → %q", s, out)
					}
				}
			}
		}
	}
}

func TestTidy(t *testing.T) {
	cases := map[string]string{
		"  the United States  has expressed concern . ": "The United States has expressed concern.",
		"the visit ,.":      "The visit.",
		"law,”":             "Law.”",
		"Done!":             "Done!",
		"":                  "",
		"a “quoted” phrase": "A “quoted” phrase.",
		"leaders , ; met":   "Leaders; met.",
	}
	for in, want := range cases {
		if got := tidy(in); got != want {
			t.Errorf("tidy(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBalanceQuotes(t *testing.T) {
	cases := map[string]string{
		"He said “we will stay.":  "He said “we will stay”.",
		"We will stay.” He left”": "We will stay.” He left",
		`He said "we will stay.`:  `He said "we will stay".`,
		"Balanced “quote” here.":  "Balanced “quote” here.",
	}
	for in, want := range cases {
		if got := balanceQuotes(in); got != want {
			t.Errorf("balanceQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCompressCutsRunOns(t *testing.T) {
	s := strings.Repeat("officials in Hanoi met the delegation and ", 100)
	out := compress(s, heuristicMentions, 15)
	if n := wordCount(out); n > maxCompressWords || !strings.HasSuffix(out, "…") {
		t.Errorf("run-on compressed to %d words ending %q", n, out[max(0, len(out)-10):])
	}
}

// TestCompressPersonList: a list of people loses its last people at a
// comma, as a sentence loses its tail, so no "A, B" is left reading as one
// person's apposition; a comma after someone who is not followed by a
// person opens no such cut.
func TestCompressPersonList(t *testing.T) {
	cases := []struct {
		in     string
		budget int
		want   string
	}{
		{"Putin is scheduled to meet with Communist Party leader Nguyen Phu Trong, state President To Lam, and Prime Minister Pham Minh Chinh.", 13,
			"Putin is scheduled to meet with Communist Party leader Nguyen Phu Trong."},
	}
	for _, tc := range cases {
		if got := compress(tc.in, recognize, tc.budget); got != tc.want {
			t.Errorf("compress(%q, %d)\n got %q\nwant %q", tc.in, tc.budget, got, tc.want)
		}
	}
	s := "Putin met with To Lam, Vietnam's new president since May."
	comma := strings.Index(s, ",")
	for _, k := range newCompression(s, recognize(s, "en")).cands {
		if k.start == comma {
			t.Errorf("%q: a cut at the comma after To Lam (%q), though no person follows", s, s[k.start:k.end])
		}
	}
}

// TestSpeaker: a quotation whose attribution goes keeps who said it, for a
// row to give back ("Speaker: “…”"), only when the attribution names them
// as the speaker.
func TestSpeaker(t *testing.T) {
	cases := []struct{ in, want string }{
		{`"Russia is signaling that it is not isolated in Asia," AP quoted Prashanth Parameswaran, a fellow with the Wilson Center, as saying.`, "Prashanth Parameswaran"},
		{"“Russia is sending the message that it is not isolated”, he indicated Prashanth Parameswaran an expert with the Wilson Center.", "Prashanth Parameswaran"},
		{"“Russia attaches great importance to relations,” said the Russian president after a meeting with his counterpart, To Lam.", ""},
		{"Russia is ready to supply gas, Vladimir Putin said.", ""}, // no quotation
	}
	for _, tc := range cases {
		if got := prepare(tc.in, recognize).speaker; got != tc.want {
			t.Errorf("speaker of %q = %q, want %q", tc.in, got, tc.want)
		}
	}
	x := &extractor{rec: recognize, to: "en"}
	s := cases[0].in
	var all []mention
	for _, m := range recognize(s, "en") {
		if m.named() && !containsMention(all, m) {
			all = append(all, m)
		}
	}
	if row, _, _ := x.widen(s, 6, 20, all, []string{s}); !strings.HasPrefix(row, "Prashanth Parameswaran: ") {
		t.Errorf("row %q does not give its speaker", row)
	}
}
