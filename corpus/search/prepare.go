package search

import "sync"

// preparer hands a batch's rows to the writer, doc by doc in batch order.
// Building rows (Fill, folding, entity strings) is a third of a build's CPU
// and needs no database, so it runs on its own goroutine while the writer
// inserts; Fill is still called once per doc, in order, one at a time.
type preparer struct {
	ch   chan prepared
	done chan struct{}
	wg   sync.WaitGroup
	// seq: no goroutine, get prepares each doc itself (tests compare).
	seq  bool
	docs []Doc
	need []int
}

// prepared is one doc's rows, or the panic its preparation raised (passed
// on, so a panicking Fill reaches Update's caller as before).
type prepared struct {
	rows     []row
	panicked any
	failed   bool
}

// prepQueue bounds how far preparation runs ahead of the writer (memory:
// a doc's rows hold about twice its text).
const prepQueue = 64

// prepareAll starts preparing docs[need[0]], docs[need[1]]...
func prepareAll(docs []Doc, need []int, seq bool) *preparer {
	p := &preparer{seq: seq, docs: docs, need: need}
	if seq || len(need) == 0 {
		p.seq = true
		return p
	}
	p.ch = make(chan prepared, prepQueue)
	p.done = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		for _, i := range need {
			r := prepareSafely(docs[i])
			select {
			case p.ch <- r:
			case <-p.done:
				return
			}
			if r.failed {
				return
			}
		}
	}()
	return p
}

func prepareSafely(d Doc) (r prepared) {
	defer func() {
		if v := recover(); v != nil {
			r = prepared{panicked: v, failed: true}
		}
	}()
	return prepared{rows: prepareRows(d)}
}

// get returns the next doc's rows.
func (p *preparer) get() []row {
	if p.seq {
		i := p.need[0]
		p.need = p.need[1:]
		return prepareRows(p.docs[i])
	}
	r := <-p.ch
	if r.failed {
		panic(r.panicked)
	}
	return r.rows
}

// stop ends preparation early (an error or panic in the writer) and waits
// for it, so no Fill runs after Update returns.
func (p *preparer) stop() {
	if p.done != nil {
		close(p.done)
		p.wg.Wait()
	}
}
