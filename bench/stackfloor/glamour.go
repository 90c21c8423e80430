//go:build !noglamour

package main

// Linked for its package initialisation only, as rosetta links it.
import _ "charm.land/glamour/v2"
