package summary

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrNoParagraph: a requested paragraph index is outside the article.
var ErrNoParagraph = errors.New("no such paragraph")

// PartialError says which paragraphs got no row. The rows returned with it
// are intact; Err is the first cause (match it with errors.Is/As, e.g.
// context.Canceled or translate.ErrQuota).
type PartialError struct {
	Failed []int // paragraph indices, ascending
	Err    error
}

func (e *PartialError) Error() string {
	idx := make([]string, 0, len(e.Failed))
	for i, p := range e.Failed {
		if i == 8 {
			idx = append(idx, "…")
			break
		}
		idx = append(idx, strconv.Itoa(p))
	}
	return fmt.Sprintf("summary: %d paragraph(s) failed (%s): %v", len(e.Failed), strings.Join(idx, ", "), e.Err)
}

func (e *PartialError) Unwrap() error { return e.Err }
