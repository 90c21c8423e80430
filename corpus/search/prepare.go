package search

import "sync"

// preparer hands a batch's rows to the writer, doc by doc in batch order,
// each doc's in chunks (see prepareRows). Building rows (Fill, folding,
// entity strings) is a third of a build's CPU and needs no database, so it
// runs on its own goroutine while the writer inserts; Fill is still called
// once per doc, in order, one at a time.
type preparer struct {
	ch   chan prepared
	done chan struct{}
	wg   sync.WaitGroup
	// seq: no goroutine, get prepares each doc itself (tests compare).
	seq  bool
	docs []Doc
	need []int
}

// prepared is one chunk of a doc's rows (last: the doc's final one), or
// the panic its preparation raised (passed on, so a panicking Fill reaches
// Update's caller as before).
type prepared struct {
	rows     []row
	last     bool
	panicked any
	failed   bool
}

// prepQueue bounds how far preparation runs ahead of the writer, in
// chunks (memory: a chunk's rows hold about twice its text).
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
			if !p.prepare(docs[i]) {
				return
			}
		}
	}()
	return p
}

// prepare sends d's rows chunk by chunk; false when preparation ends
// (stopped, or it panicked).
func (p *preparer) prepare(d Doc) bool {
	rest, ok, v := prepareSafely(d, func(rows []row) bool { return p.send(prepared{rows: rows}) })
	switch {
	case v != nil:
		p.send(prepared{panicked: v, failed: true})
		return false
	case !ok:
		return false
	}
	return p.send(prepared{rows: rest, last: true})
}

// send passes r to the writer; false once stopped.
func (p *preparer) send(r prepared) bool {
	select {
	case p.ch <- r:
		return true
	case <-p.done:
		return false
	}
}

func prepareSafely(d Doc, emit func([]row) bool) (rest []row, ok bool, panicked any) {
	defer func() {
		if v := recover(); v != nil {
			rest, ok, panicked = nil, false, v
		}
	}()
	rest, ok = prepareRows(d, emit)
	return rest, ok, nil
}

// get returns the next chunk of the current doc's rows, and whether it is
// the doc's last.
func (p *preparer) get() ([]row, bool) {
	if p.seq {
		// The reference build: the doc's rows all at once, unchunked.
		i := p.need[0]
		p.need = p.need[1:]
		var rows []row
		rest, _ := prepareRows(p.docs[i], func(c []row) bool {
			rows = append(rows, c...)
			return true
		})
		return append(rows, rest...), true
	}
	r := <-p.ch
	if r.failed {
		panic(r.panicked)
	}
	return r.rows, r.last
}

// stop ends preparation early (an error or panic in the writer) and waits
// for it, so no Fill runs after Update returns.
func (p *preparer) stop() {
	if p.done != nil {
		close(p.done)
		p.wg.Wait()
	}
}
