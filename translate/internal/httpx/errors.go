package httpx

import (
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// StatusError is an HTTP error status with no more specific meaning.
type StatusError struct {
	Status int
	Msg    string
}

func (e *StatusError) Error() string { return statusText(e.Status, e.Msg) }

func statusText(status int, msg string) string {
	s := fmt.Sprintf("HTTP %d", status)
	if t := http.StatusText(status); t != "" {
		s += " " + t
	}
	if msg != "" {
		s += ": " + msg
	}
	return s
}

// withMsg wraps a sentinel with the status and the server's explanation.
func withMsg(sentinel error, status int, msg string) error {
	return fmt.Errorf("%w (%s)", sentinel, statusText(status, msg))
}

// Wrap is withMsg for backends: sentinel, annotated with status and message.
func Wrap(sentinel error, status int, msg string) error { return withMsg(sentinel, status, msg) }

// maxSnippet bounds how much of a server's text ends up in an error.
const maxSnippet = 200

// Snippet shortens server text for an error message: at most maxSnippet
// runes, whitespace collapsed, control characters and invalid UTF-8 dropped,
// because error text ends up on the user's terminal.
func Snippet(s string) string {
	var b strings.Builder
	n, space := 0, false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		}
		need := 1
		if space {
			need = 2
		}
		if n+need > maxSnippet {
			b.WriteString("…")
			break
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
		n += need
	}
	return b.String()
}

// redactURL drops the query and any user info: Google takes its key as
// ?key=, and a URL in an error must never show it.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(invalid URL)"
	}
	u.User = nil
	if u.RawQuery != "" {
		u.RawQuery = "…"
	}
	u.Fragment = ""
	return u.String()
}

// unwrapURLError removes *url.Error's wrapper, whose message repeats the
// full URL; the caller adds a redacted one.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// scrubber removes secrets from error text.
type scrubber struct{ secrets []string }

func newScrubber(secrets []string) scrubber {
	var keep []string
	for _, s := range secrets {
		// Very short "secrets" would shred ordinary words.
		if len(s) >= 4 {
			keep = append(keep, s)
		}
	}
	return scrubber{secrets: keep}
}

func (s scrubber) wrap(err error) error {
	if err == nil || len(s.secrets) == 0 {
		return err
	}
	return &scrubbedError{err: err, secrets: s.secrets}
}

// scrubbedError prints its cause with every secret replaced; errors.Is/As
// still reach the cause.
type scrubbedError struct {
	err     error
	secrets []string
}

func (e *scrubbedError) Error() string {
	msg := e.err.Error()
	for _, s := range e.secrets {
		msg = strings.ReplaceAll(msg, s, "[redacted]")
	}
	return msg
}

func (e *scrubbedError) Unwrap() error { return e.err }

// GoString keeps %#v from printing the secrets list.
func (e *scrubbedError) GoString() string { return e.Error() }
