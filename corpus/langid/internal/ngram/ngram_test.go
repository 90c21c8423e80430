package ngram

import "testing"

func TestHashesMatchGrams(t *testing.T) {
	for _, text := range []string{"Rais wa Urusi", "Rusisë.Vietnami", "習近平 e\u0301", "a"} {
		var want, got []uint64
		Words(text, nil, func(w []rune) bool {
			Grams(w, func(g []rune) { want = append(want, Hash(string(g))) })
			got = AppendHashes(got, w)
			return true
		})
		if len(want) == 0 || len(got) != len(want) {
			t.Fatalf("%q: %d hashes, %d grams", text, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%q: hash %d differs", text, i)
			}
		}
	}
}

func TestWords(t *testing.T) {
	var got []string
	Words("Hi, Vi\u0323\u0302t-Nam 2024 ÉTÉ", nil, func(w []rune) bool { got = append(got, string(w)); return true })
	want := []string{" hi ", " vi\u0323\u0302t ", " nam ", " été "}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("word %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func TestWordsStops(t *testing.T) {
	n := 0
	Words("one two three four", nil, func([]rune) bool { n++; return n < 2 })
	if n != 2 {
		t.Errorf("fn called %d times after asking to stop at 2", n)
	}
}
