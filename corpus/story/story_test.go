package story

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

func TestSyntheticEventsRecovered(t *testing.T) {
	docs, truth := synthDocs(1500, 150, 7)
	stories := Group(docs, Options{})
	// Purity: each story's majority event covers most of its articles.
	// Completeness: each event mostly lands in one story.
	var pure int
	bestFor := map[int]int{}
	for _, s := range stories {
		count := map[int]int{}
		for _, id := range s.Articles {
			count[truth[id]]++
		}
		best := 0
		for ev, c := range count {
			best = max(best, c)
			bestFor[ev] = max(bestFor[ev], c)
		}
		pure += best
	}
	size := map[int]int{}
	for _, ev := range truth {
		size[ev]++
	}
	var complete int
	for ev, n := range size {
		complete += min(n, bestFor[ev])
	}
	purity := float64(pure) / float64(len(docs))
	completeness := float64(complete) / float64(len(docs))
	t.Logf("%d docs, %d events → %d stories; purity %.3f, completeness %.3f", len(docs), len(size), len(stories), purity, completeness)
	if purity < 0.95 || completeness < 0.9 {
		t.Errorf("purity %.3f (want ≥ 0.95), completeness %.3f (want ≥ 0.9)", purity, completeness)
	}
}

func TestEveryDocInExactlyOneStory(t *testing.T) {
	docs, _ := synthDocs(400, 40, 3)
	docs = append(docs, docs[0]) // a duplicate id is kept once
	seen := map[string]int{}
	for _, s := range Group(docs, Options{}) {
		if len(s.Articles) == 0 || s.Title == "" {
			t.Errorf("story %+v: empty articles or title", s)
		}
		for _, id := range s.Articles {
			seen[id]++
		}
	}
	if len(seen) != 400 {
		t.Errorf("%d distinct docs in stories, want 400", len(seen))
	}
	for id, n := range seen {
		if n != 1 {
			t.Errorf("%s in %d stories", id, n)
		}
	}
}

func TestDeterministicWhateverTheInputOrder(t *testing.T) {
	docs, _ := synthDocs(300, 30, 11)
	want := Group(docs, Options{})
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3 {
		shuffled := slices.Clone(docs)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := Group(shuffled, Options{}); !reflect.DeepEqual(got, want) {
			t.Fatal("grouping changed with input order")
		}
	}
}

func TestUnrelatedDocsAreSingletons(t *testing.T) {
	docs := []Doc{
		{ID: "a", Lang: "en", Title: "Floods hit the coast", English: "Heavy floods hit the coastal towns after storms.", Entities: map[string]int{"mombasa": 2}},
		{ID: "b", Lang: "en", Title: "Bank raises rates", English: "The central bank raised interest rates to curb inflation.", Entities: map[string]int{"cbk": 1}},
		{ID: "c", Lang: "sw", Title: "Timu yashinda", EnglishTitle: "Team wins the cup", English: "The football team won the cup final on penalties.", Entities: map[string]int{"simba": 3}},
	}
	got := Group(docs, Options{})
	if len(got) != 3 {
		t.Fatalf("got %d stories, want 3 singletons: %+v", len(got), got)
	}
	for _, s := range got {
		if len(s.Articles) != 1 {
			t.Errorf("story %+v should be a singleton", s)
		}
	}
	if got[0].Articles[0] != "a" || got[0].Title != "Floods hit the coast" {
		t.Errorf("singletons should come in id order with their own titles: %+v", got)
	}
	if c := Group(docs[2:], Options{}); c[0].Title != "Team wins the cup" {
		t.Errorf("title %q, want the English title", c[0].Title)
	}
}

func TestTimeWindowSplitsOtherwiseIdenticalDocs(t *testing.T) {
	d := Doc{Lang: "en", Title: "Summit in Hanoi", English: "Leaders met in Hanoi for a summit on trade and energy.",
		Entities: map[string]int{"hanoi": 2, "vietnam": 1}}
	a, b, c := d, d, d
	a.ID, a.Published = "a", time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)
	b.ID, b.Published = "b", a.Published.Add(24*time.Hour)
	c.ID, c.Published = "c", a.Published.Add(60*24*time.Hour)
	got := Group([]Doc{a, b, c}, Options{})
	if len(got) != 2 || !slices.Equal(got[0].Articles, []string{"a", "b"}) || !slices.Equal(got[1].Articles, []string{"c"}) {
		t.Errorf("got %+v, want {a b} and {c}", got)
	}
	if top := got[0].Entities; len(top) == 0 || top[0] != "hanoi" {
		t.Errorf("top entities %v, want hanoi first", top)
	}
}

func TestEmptyInput(t *testing.T) {
	if got := Group(nil, Options{}); got == nil || len(got) != 0 {
		t.Errorf("Group(nil) = %#v, want an empty non-nil slice", got)
	}
}

func TestContentWords(t *testing.T) {
	got := contentWords("The Russian leader’s visits to Vietnam, and the US's sanctions.")
	want := []string{"russian", "leader", "visit", "vietnam", "sanction"}
	if !slices.Equal(got, want) {
		t.Errorf("contentWords = %q, want %q", got, want)
	}
}

func BenchmarkGroup10k(b *testing.B) {
	docs, _ := synthDocs(10000, 800, 5)
	b.ResetTimer()
	for range b.N {
		Group(docs, Options{})
	}
}

func FuzzGroup(f *testing.F) {
	f.Add("Putin visits Hanoi", "Russian President Putin arrived in Hanoi.", "cldr:RU")
	f.Add("\x1b[31mTitle\u202e", "\xff\xfe words words", "")
	f.Add("", "", "\x00")
	f.Fuzz(func(t *testing.T, title, english, ent string) {
		docs := []Doc{
			{ID: "a", Lang: "en", Title: title, English: english, Entities: map[string]int{ent: 2}},
			{ID: "b", Lang: "sw", Title: english, EnglishTitle: title, English: english + " " + title, Entities: map[string]int{ent: 1, "x": 1}},
			{ID: "c", Lang: "sq", Title: title, English: title},
		}
		got := Group(docs, Options{})
		seen := map[string]int{}
		for _, s := range got {
			if s.Title == "" || !utf8.ValidString(s.Title) {
				t.Fatalf("title %q", s.Title)
			}
			for _, r := range s.Title {
				if unicode.IsControl(r) {
					t.Fatalf("control character in title %q", s.Title)
				}
			}
			for _, id := range s.Articles {
				seen[id]++
			}
		}
		if len(seen) != 3 || seen["a"] != 1 || seen["b"] != 1 || seen["c"] != 1 {
			t.Fatalf("articles %v", seen)
		}
		if again := Group(docs, Options{}); !reflect.DeepEqual(again, got) {
			t.Fatal("not deterministic")
		}
	})
}
