package httpx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/rosetta-reader/rosetta/translate"
)

// JSONRequest builds a request whose body is v encoded as JSON.
func JSONRequest(method, url string, v any, h http.Header) (Request, error) {
	// Without HTML escaping "<" stays one byte instead of six, which
	// matters under DeepL's and Google's request size limits.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return Request{}, fmt.Errorf("encoding request: %w", err)
	}
	body := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	if h == nil {
		h = http.Header{}
	}
	h.Set("Content-Type", "application/json")
	h.Set("Accept", "application/json")
	return Request{Method: method, URL: url, Header: h, Body: body}, nil
}

// DecodeJSON decodes a success body; a body that is not the JSON expected is
// translate.ErrBadResponse.
func DecodeJSON(body []byte, v any) error {
	if err := json.Unmarshal(body, v); err != nil {
		// The body itself stays out of the message: it is the server's, and
		// may be long or echo what we sent.
		return fmt.Errorf("%w: decoding response: %v", translate.ErrBadResponse, err)
	}
	return nil
}
