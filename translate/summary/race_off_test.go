//go:build !race

package summary

const raceDetector = false
