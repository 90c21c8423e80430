// Package modelfile is the on-disk layout of the language-identification
// model, shared by the generator that writes it and corpus/langid that reads
// it. The file is the lookup table itself, so reading it copies and hashes
// nothing: the detector probes the embedded bytes in place. Parsing the
// earlier gram-list layout took 3–7 ms, on the path to the reader's first
// frame; opening this one is a bounds check of each slot.
//
// Layout:
//
//	"RLID2" | nLangs byte | nLangs × (code [2]byte, floor byte)
//	| bits byte | 2^bits × slot (uint64, little-endian) | slab
//
// The slab is a run of records, one per gram: count byte, then count ×
// (lang byte, gain byte), where gain is how much better than the language's
// floor the gram scores. A slot packs the top 32 bits of the gram's hash
// (its fingerprint) with the record's slab offset + 1; 0 marks an empty
// slot. The table is open addressing with linear probing, at most half
// full, so a probe touches one word and a miss ends within a few.
package modelfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
)

const magic = "RLID2"

// ErrCorrupt reports a model that does not follow the layout.
var ErrCorrupt = errors.New("langid: corrupt model")

// Model is a decoded model file; its table and slab alias the file's bytes.
type Model struct {
	Codes  []string
	Floors []int32
	table  []byte
	mask   uint64
	shift  uint
	slab   []byte
}

// Gram is one gram of a model being written: its hash (ngram.Hash) and its
// (lang, gain) pairs.
type Gram struct {
	Hash  uint64
	Pairs []byte
}

// home is the first slot probed for h. The FNV-style gram hash mixes
// poorly into its low bits, so the index is taken from the top bits of a
// Fibonacci multiply.
func home(h uint64, shift uint) uint64 { return (h * 0x9e3779b97f4a7c15) >> shift }

const fpMask = ^uint64(0xffffffff)

// Encode writes a model. It fails when two grams share a fingerprint in
// one probe run (one would shadow the other), or on out-of-range input.
func Encode(codes []string, floors []byte, grams []Gram) ([]byte, error) {
	if len(codes) != len(floors) || len(codes) > 64 {
		return nil, fmt.Errorf("%w: %d codes, %d floors", ErrCorrupt, len(codes), len(floors))
	}
	out := append([]byte(magic), byte(len(codes)))
	for i, c := range codes {
		if len(c) != 2 {
			return nil, fmt.Errorf("%w: code %q", ErrCorrupt, c)
		}
		out = append(append(out, c...), floors[i])
	}
	nbits := uint(bits.Len64(uint64(2 * len(grams))))
	size := uint64(1) << nbits
	table := make([]uint64, size)
	var slab []byte
	for _, g := range grams {
		if len(g.Pairs)%2 != 0 || len(g.Pairs) > 2*255 {
			return nil, fmt.Errorf("%w: %d pair bytes", ErrCorrupt, len(g.Pairs))
		}
		off := uint64(len(slab)) + 1
		slab = append(append(slab, byte(len(g.Pairs)/2)), g.Pairs...)
		fp := g.Hash & fpMask
		for i := home(g.Hash, 64-nbits); ; i = (i + 1) & (size - 1) {
			if table[i] == 0 {
				table[i] = fp | off
				break
			}
			if table[i]&fpMask == fp {
				return nil, fmt.Errorf("%w: two grams share fingerprint %#x", ErrCorrupt, fp>>32)
			}
		}
	}
	if uint64(len(slab)) >= 1<<32-1 {
		return nil, fmt.Errorf("%w: slab of %d bytes", ErrCorrupt, len(slab))
	}
	out = append(out, byte(nbits))
	for _, s := range table {
		out = binary.LittleEndian.AppendUint64(out, s)
	}
	return append(out, slab...), nil
}

// Decode reads a model without copying its table or slab. Every slot and
// record is checked, so Lookup never reads outside the slab and every pair
// names a known language.
func Decode(b []byte) (*Model, error) {
	if len(b) < len(magic)+1 || string(b[:len(magic)]) != magic {
		return nil, ErrCorrupt
	}
	n := int(b[len(magic)])
	b = b[len(magic)+1:]
	if n > 64 || len(b) < 3*n+1 {
		return nil, fmt.Errorf("%w: %d languages", ErrCorrupt, n)
	}
	m := &Model{Codes: make([]string, n), Floors: make([]int32, n)}
	for i := range n {
		m.Codes[i] = string(b[3*i : 3*i+2])
		m.Floors[i] = int32(b[3*i+2])
	}
	nbits := uint(b[3*n])
	b = b[3*n+1:]
	if nbits < 1 || nbits > 30 || uint64(len(b)) < 8<<nbits {
		return nil, fmt.Errorf("%w: table of 2^%d slots in %d bytes", ErrCorrupt, nbits, len(b))
	}
	m.table, m.slab = b[:8<<nbits], b[8<<nbits:]
	m.mask, m.shift = 1<<nbits-1, 64-nbits
	starts, records, err := checkSlab(m.slab, n)
	if err != nil {
		return nil, err
	}
	slots := 0
	for i := 0; i < len(m.table); i += 8 {
		s := binary.LittleEndian.Uint64(m.table[i:])
		if s == 0 {
			continue
		}
		slots++
		if off := uint64(uint32(s) - 1); off >= uint64(len(m.slab)) || starts[off/64]&(1<<(off%64)) == 0 {
			return nil, fmt.Errorf("%w: slot %d points inside a record", ErrCorrupt, i/8)
		}
	}
	if slots != records || uint64(slots) > m.mask {
		return nil, fmt.Errorf("%w: %d slots for %d records", ErrCorrupt, slots, records)
	}
	return m, nil
}

// checkSlab walks the slab's records and returns a bitmap of their
// offsets and their count.
func checkSlab(slab []byte, langs int) (starts []uint64, records int, err error) {
	starts = make([]uint64, (len(slab)+63)/64)
	for off := 0; off < len(slab); records++ {
		end := off + 1 + 2*int(slab[off])
		if end > len(slab) {
			return nil, 0, fmt.Errorf("%w: record at %d overruns the slab", ErrCorrupt, off)
		}
		for j := off + 1; j < end; j += 2 {
			if int(slab[j]) >= langs {
				return nil, 0, fmt.Errorf("%w: language %d of %d", ErrCorrupt, slab[j], langs)
			}
		}
		starts[off/64] |= 1 << (off % 64)
		off = end
	}
	return starts, records, nil
}

// Lookup returns the (lang, gain) pairs of gram h, or nil.
func (m *Model) Lookup(h uint64) []byte {
	fp := h & fpMask
	for i := home(h, m.shift); ; i = (i + 1) & m.mask {
		s := binary.LittleEndian.Uint64(m.table[8*i:])
		if s == 0 {
			return nil
		}
		if s&fpMask == fp {
			off := int(uint32(s) - 1)
			return m.slab[off+1 : off+1+2*int(m.slab[off])]
		}
	}
}

// Grams returns how many grams the model holds.
func (m *Model) Grams() int {
	n := 0
	for off := 0; off < len(m.slab); off += 1 + 2*int(m.slab[off]) {
		n++
	}
	return n
}
