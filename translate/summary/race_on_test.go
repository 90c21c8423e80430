//go:build race

package summary

// raceDetector: allocation counts are the race detector's, not the code's.
const raceDetector = true
