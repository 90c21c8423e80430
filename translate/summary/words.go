package summary

import "strings"

// setOf builds a lookup set from a space-separated list.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stopwords are English words that carry no content: they neither make two
// sentences similar nor count as information in a row.
var stopwords = setOf(`a about above after again against all also although am among an and any are as at
be because been before being below between both but by can could did do does doing down during each
either even ever every few for from further had has have having he her here hers herself him himself his
how however i if in into is it its itself just least less like many may me meanwhile might more moreover
most much must my myself neither no nor not now of off on once one only or other our ours ourselves out
over own per rather same she should since so some such than that the their theirs them themselves then
there these they this those though through thus to too under until up upon us very via was we were what
when where whether which while who whom whose why will with within without would yet you your yours
additionally already another around despite else here's it's let's still that's there's toward towards
said says say saying told according added`)
