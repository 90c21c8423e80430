package corpus

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// pluralSplitPossible must never dismiss a lower-case token that splitOK
// would split, even when the article vouches for every A.
func TestPluralSplitPossibleIsExact(t *testing.T) {
	v := english()
	commons := slices.Sorted(maps.Keys(v.common)) // sorted: the same draws every run
	rng := rand.New(rand.NewPCG(5, 6))
	const letters = "aeirsstrsno"
	checked := 0
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(13) {
			b.WriteByte(letters[rng.IntN(len(letters))])
		}
		tok := b.String() + commons[rng.IntN(len(commons))]
		if len(tok) < 5 || len(tok) > maxGlued || pluralSplitPossible(tok) {
			continue
		}
		checked++
		// Every prefix occurs in the article: the most permissive evidence.
		tally := &wordTally{memo: map[string]int{}}
		for i := 1; i < len(tok); i++ {
			tally.memo[tok[:i]] = 2
		}
		ctx := gluedContext{counts: tally}
		for i := max(2, len(tok)-maxCommon); i <= len(tok)-2; i++ {
			if a, b := tok[:i], tok[i:]; v.common[b] && v.splitOK(a, b, ctx) {
				t.Fatalf("%q dismissed, but splits as %q + %q", tok, a, b)
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d tokens dismissed: the test checks too little", checked)
	}
}

// maySplit must never dismiss a token that some split would cut, under the
// most permissive context: capitalised word before, vowel-initial word
// after, every A vouched for by the article and by other articles.
func TestMaySplitIsExact(t *testing.T) {
	v := english()
	commons := slices.Sorted(maps.Keys(v.common)) // sorted: the same draws every run
	rng := rand.New(rand.NewPCG(9, 10))
	const letters = "aeinorstuvwPRV"
	allNames := map[string]bool{}
	dismissed := 0
	for range 30000 {
		var b strings.Builder
		b.WriteByte("PVRpvr"[rng.IntN(6)])
		for range 2 + rng.IntN(10) {
			b.WriteByte(letters[rng.IntN(len(letters)-3)])
		}
		tok := b.String()
		if rng.IntN(2) == 0 {
			tok += commons[rng.IntN(len(commons))]
		}
		if len(tok) < 5 || !isLower(tok[len(tok)-1]) || !isLower(tok[len(tok)-2]) || v.maySplit(tok) {
			continue
		}
		dismissed++
		tally := &wordTally{memo: map[string]int{tok: 1}}
		for i := 1; i < len(tok); i++ {
			tally.memo[tok[:i]] = 2
			allNames[tok[:i]] = true
		}
		ctx := gluedContext{prevCap: true, after: " example", counts: tally, names: func() map[string]bool { return allNames }}
		for i := max(2, len(tok)-maxCommon); i <= len(tok)-2; i++ {
			if a, b := tok[:i], tok[i:]; v.common[b] && isLower(b[0]) && v.splitOK(a, b, ctx) {
				t.Fatalf("%q dismissed, but splits as %q + %q", tok, a, b)
			}
		}
	}
	if dismissed < 1000 {
		t.Fatalf("only %d tokens dismissed: the test checks too little", dismissed)
	}
}
