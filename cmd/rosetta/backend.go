package main

import (
	"fmt"

	"github.com/rosetta-reader/rosetta/corpus/sanitize"
	"github.com/rosetta-reader/rosetta/translate"
	"github.com/rosetta-reader/rosetta/translate/backends"
	"github.com/rosetta-reader/rosetta/translate/cache"
	"github.com/rosetta-reader/rosetta/translate/summary"
)

// openBackend builds the configured backend (flag > ROSETTA_BACKEND >
// config file > gist) behind the translation cache, unless --no-cache.
// The returned func closes the cache.
func (e *env) openBackend() (translate.Backend, func(), error) {
	b, err := e.newBackend()
	if err != nil {
		return nil, nil, err
	}
	return e.withCache(b)
}

// newBackend builds the configured backend, uncached. It does no I/O, so
// a bad name or setting is reported before anything starts.
func (e *env) newBackend() (translate.Backend, error) {
	name := e.cfg.Backend.Name
	if name == "" {
		name = backends.Default
	}
	set := e.cfg.Backend.Settings[name]
	b, err := backends.New(backends.Settings{Name: name, BaseURL: set.BaseURL, Model: set.Model,
		APIKeyEnv: set.APIKeyEnv, Timeout: set.Timeout, Concurrency: set.Concurrency, RPS: set.RPS,
		MaxAttempts: set.MaxAttempts})
	if err != nil {
		return nil, &exitError{code: exitUsage, err: err}
	}
	return translate.Sanitized(b), nil
}

// withCache puts b behind the translation cache, unless --no-cache or the
// cache cannot be opened. The returned func closes the cache.
func (e *env) withCache(b translate.Backend) (translate.Backend, func(), error) {
	if e.g.noCache {
		return b, func() {}, nil
	}
	c, err := cache.Open(e.ctx, cache.DefaultPath())
	if err != nil {
		// A broken cache must not stop reading: go on without it.
		fmt.Fprintf(e.stderr, "rosetta: warning: translation cache off: %s\n", sanitize.Line(err.Error()))
		return b, func() {}, nil
	}
	e.kv = c
	return cache.Wrap(b, c), func() { c.Close() }, nil
}

// summaryStore is the cache as the summariser sees it; nil without a cache.
func (e *env) summaryStore() summary.Store {
	if e.kv == nil {
		return nil
	}
	return e.kv
}
