package langid

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"

	"github.com/rosetta-reader/rosetta/corpus/langid/internal/ngram"
)

// Model file layout (written by internal/gen):
//
//	"RLID1" | nLangs byte | nLangs × (code [2]byte, floor byte)
//	| uvarint nGrams | nGrams × (len byte, gram, nPairs byte, nPairs × (lang byte, score byte))
//
// A score byte q stands for the log-probability -q/scale of the gram in that
// language; floor is the score of a gram the language's list lacks.

const scale = 12

var errModel = errors.New("langid: corrupt model")

// model is the parsed file. The grams live in an open-addressing hash table
// pointing into one byte slab of (count, count × (lang, gain)) records,
// where gain is how much better than the language's floor the gram scores.
// Each slot packs the top 32 bits of the gram's hash (its fingerprint) with
// the slab offset + 1, so a probe touches one word: flat arrays keep the
// per-gram lookup at a few nanoseconds. Two grams sharing a fingerprint in
// one probe run would blur one feature; with 43k grams it does not happen
// (checked at load).
type model struct {
	codes  []string
	floors []int32
	table  []uint64 // fingerprint<<32 | (offset+1); 0 marks an empty slot
	mask   uint64
	shift  uint
	slab   []byte
	// softmax holds math.Exp(-d/damping) for each lead d a language may
	// trail the best by and still count, so decide calls no Exp.
	softmax []float64
}

func parseModel(b []byte) (*model, error) {
	if len(b) < 6 || string(b[:5]) != "RLID1" {
		return nil, errModel
	}
	n := int(b[5])
	b = b[6:]
	if n > 64 { // detect indexes its score array by lang & 63
		return nil, fmt.Errorf("%w: %d languages", errModel, n)
	}
	if len(b) < 3*n {
		return nil, errModel
	}
	m := &model{codes: make([]string, n), floors: make([]int32, n)}
	for i := range n {
		m.codes[i] = string(b[3*i : 3*i+2])
		m.floors[i] = int32(b[3*i+2])
	}
	b = b[3*n:]
	count, k := binary.Uvarint(b)
	if k <= 0 || count > uint64(len(b)) {
		return nil, errModel
	}
	b = b[k:]
	size := uint64(1) << bits.Len64(2*count) // load factor under one half
	m.table, m.mask = make([]uint64, size), size-1
	m.shift = uint(64 - bits.TrailingZeros64(size))
	m.slab = make([]byte, 0, len(b))
	for range count {
		var err error
		if b, err = m.readEntry(b); err != nil {
			return nil, err
		}
	}
	if len(b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errModel, len(b))
	}
	m.softmax = make([]float64, maxLead)
	for d := range m.softmax {
		m.softmax[d] = math.Exp(float64(-d) / damping)
	}
	return m, nil
}

func (m *model) readEntry(b []byte) ([]byte, error) {
	if len(b) < 1 || len(b) < 2+int(b[0]) {
		return nil, errModel
	}
	gl := int(b[0])
	g := string(b[1 : 1+gl])
	np := int(b[1+gl])
	b = b[2+gl:]
	if len(b) < 2*np {
		return nil, errModel
	}
	off := len(m.slab)
	m.slab = append(m.slab, byte(np))
	for j := range np {
		l, q := b[2*j], b[2*j+1]
		if int(l) >= len(m.floors) || int32(q) > m.floors[l] {
			return nil, errModel
		}
		m.slab = append(m.slab, l, byte(m.floors[l]-int32(q)))
	}
	if !m.insert(ngram.Hash(g), uint32(off+1)) {
		return nil, fmt.Errorf("%w: duplicate gram %q", errModel, g)
	}
	return b[2*np:], nil
}

// home is the first slot probed for h. The FNV-style gram hash mixes
// poorly into its low bits, so the index is taken from the top bits of a
// Fibonacci multiply.
func (m *model) home(h uint64) uint64 { return (h * 0x9e3779b97f4a7c15) >> m.shift }

// insert adds gram h; false when its fingerprint is already taken.
func (m *model) insert(h uint64, off uint32) bool {
	fp := h &^ 0xffffffff
	for i := m.home(h); ; i = (i + 1) & m.mask {
		switch {
		case m.table[i] == 0:
			m.table[i] = fp | uint64(off)
			return true
		case m.table[i]&^0xffffffff == fp:
			return false
		}
	}
}

// lookup returns the (lang, gain) pairs of gram h, or nil.
func (m *model) lookup(h uint64) []byte {
	fp := h &^ 0xffffffff
	for i := m.home(h); m.table[i] != 0; i = (i + 1) & m.mask {
		if e := m.table[i]; e&^0xffffffff == fp {
			off := int(uint32(e) - 1)
			return m.slab[off+1 : off+1+2*int(m.slab[off])]
		}
	}
	return nil
}
