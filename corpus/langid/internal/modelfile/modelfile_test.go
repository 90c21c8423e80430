package modelfile

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"testing"
)

// sample is a model of three languages and n grams with random hashes and
// pairs.
func sample(t testing.TB, n int) ([]Gram, []byte) {
	rng := rand.New(rand.NewPCG(1, 2))
	grams := make([]Gram, n)
	for i := range grams {
		var pairs []byte
		for l := range 3 {
			if rng.IntN(2) == 0 {
				pairs = append(pairs, byte(l), byte(1+rng.IntN(200)))
			}
		}
		grams[i] = Gram{Hash: rng.Uint64(), Pairs: pairs}
	}
	b, err := Encode([]string{"en", "sw", "sq"}, []byte{90, 95, 99}, grams)
	if err != nil {
		t.Fatal(err)
	}
	return grams, b
}

func TestRoundTrip(t *testing.T) {
	grams, b := sample(t, 5000)
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Codes; len(got) != 3 || got[1] != "sw" || m.Floors[2] != 99 {
		t.Fatalf("header: codes %q floors %v", got, m.Floors)
	}
	if m.Grams() != len(grams) {
		t.Fatalf("%d grams, want %d", m.Grams(), len(grams))
	}
	for _, g := range grams {
		if got := m.Lookup(g.Hash); string(got) != string(g.Pairs) {
			t.Fatalf("Lookup(%#x) = %v, want %v", g.Hash, got, g.Pairs)
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	misses := 0
	for range 100000 {
		if m.Lookup(rng.Uint64()) == nil {
			misses++
		}
	}
	if misses != 100000 {
		t.Errorf("%d random hashes found pairs", 100000-misses)
	}
}

// The same gram twice shares its fingerprint and its probe run.
func TestEncodeRejectsSharedFingerprint(t *testing.T) {
	g := []Gram{{Hash: 0xabcdef0100000001, Pairs: []byte{0, 9}}, {Hash: 0xabcdef0100000001, Pairs: []byte{0, 8}}}
	if _, err := Encode([]string{"en"}, []byte{90}, g); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("err = %v, want ErrCorrupt", err)
	}
}

func TestDecodeRejectsCorrupt(t *testing.T) {
	_, b := sample(t, 300)
	head := len(magic) + 1 + 3*3 + 1
	cases := map[string][]byte{
		"empty":     nil,
		"old magic": append([]byte("RLID1"), b[len(magic):]...),
		"truncated": b[:len(b)/2],
		"trailing":  append(append([]byte{}, b...), 7),
	}
	// A slot pointing inside a record rather than at its start.
	inside := append([]byte{}, b...)
	for i := head; i < len(inside); i += 8 {
		if s := binary.LittleEndian.Uint64(inside[i:]); s != 0 {
			binary.LittleEndian.PutUint64(inside[i:], s+1)
			break
		}
	}
	cases["slot inside a record"] = inside
	// A pair naming a fourth language of three.
	badLang := append([]byte{}, b...)
	slab := head + 8<<b[head-1]
	for off := slab; off < len(badLang); off += 1 + 2*int(badLang[off]) {
		if badLang[off] > 0 {
			badLang[off+1] = 3
			break
		}
	}
	cases["unknown language"] = badLang
	for name, c := range cases {
		if _, err := Decode(c); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: err = %v, want ErrCorrupt", name, err)
		}
	}
}

// FuzzDecode: any bytes either fail to decode or give a model whose every
// lookup stays inside the slab and names known languages.
func FuzzDecode(f *testing.F) {
	_, b := sample(f, 20)
	f.Add(b, uint64(12345))
	f.Add([]byte("RLID2\x01en\x05\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"), uint64(0))
	f.Fuzz(func(t *testing.T, b []byte, h uint64) {
		m, err := Decode(b)
		if err != nil {
			return
		}
		for _, x := range []uint64{h, h ^ 0x9e3779b97f4a7c15, ^h} {
			pairs := m.Lookup(x)
			if len(pairs)%2 != 0 {
				t.Fatalf("odd pairs %v", pairs)
			}
			for i := 0; i < len(pairs); i += 2 {
				if int(pairs[i]) >= len(m.Codes) {
					t.Fatalf("pair names language %d of %d", pairs[i], len(m.Codes))
				}
			}
		}
	})
}
