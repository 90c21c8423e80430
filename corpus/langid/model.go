package langid

import (
	"math"

	"github.com/rosetta-reader/rosetta/corpus/langid/internal/modelfile"
)

// The model file (layout in internal/modelfile, written by internal/gen)
// is the gram lookup table itself: loading it checks its bounds and copies
// nothing. A gram's gain for a language is how much better than the
// language's floor it scores, in steps of 1/scale nat; the floor is the
// score of a gram the language's list lacks.

const scale = 12

// model is the loaded file plus what decide precomputes.
type model struct {
	*modelfile.Model
	// softmax holds math.Exp(-d/damping) for each lead d a language may
	// trail the best by and still count, so decide calls no Exp.
	softmax []float64
}

func parseModel(b []byte) (*model, error) {
	f, err := modelfile.Decode(b)
	if err != nil {
		return nil, err
	}
	m := &model{Model: f, softmax: make([]float64, maxLead)}
	for d := range m.softmax {
		m.softmax[d] = math.Exp(float64(-d) / damping)
	}
	return m, nil
}
