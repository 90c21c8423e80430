// Package crosslang_test checks search and story grouping across languages
// end to end: the seeds and real MasakhaNEWS articles, English from the
// gist engine, entities from corpus/entity. It lives under cmd because it
// composes corpus with translate, which corpus itself must never import.
package crosslang_test
