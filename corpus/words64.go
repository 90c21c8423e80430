package corpus

// Several scans here (names, sentence ends, glue marks, word counts) pass
// over plain text eight bytes at a time: they load a 64-bit word and ask
// with bit tricks whether any of its bytes is one they must look at (the
// "has a zero byte" and "has a byte between" tricks, exact when only asked
// whether some byte matches). Each trick is tested byte by byte against a
// plain comparison in the tests.

// load64 reads s[i:i+8] as a little-endian word (the compiler makes this
// one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}
