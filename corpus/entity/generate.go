package entity

// The CLDR name table and the common-word lists are generated from the
// shared data folder (see internal/gen and NOTICE).
//go:generate go run ./internal/gen -data ../../../shared/data -out .
