package search

// SequentialPrep makes Update prepare rows on its writing goroutine, the
// reference a pipelined build must match.
func SequentialPrep() UpdateOption { return func(c *updateConfig) { c.seqPrep = true } }
