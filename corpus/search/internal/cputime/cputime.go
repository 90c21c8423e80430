// Package cputime reads the CPU time the search measurement tools report
// beside wall time: on a shared machine it says more about the work done.
package cputime

import (
	"syscall"
	"time"
)

// Process returns the CPU time used by the whole process so far.
func Process() time.Duration { return rusage(syscall.RUSAGE_SELF) }

// Thread returns the CPU time used by the calling OS thread: with the
// goroutine locked to its thread, a query's own work.
func Thread() time.Duration { return rusage(rusageThread) }

// rusageThread is RUSAGE_THREAD (Linux).
const rusageThread = 1

func rusage(who int) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(who, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
