package search

import "strings"

// A doc's rows reach the writer in chunks of at most chunkRows rows or
// about chunkBytes of text: a 50 MB article's rows (text, folded copies,
// entity strings, grams) held at once took over 400 MB, and in chunks
// its preparation overlaps its writing.
const (
	chunkRows  = 256
	chunkBytes = 256 << 10
)

// prepareRows fills in a doc's English and entities if it has a Fill, then
// builds its title row and, per paragraph, the original row (with its
// entity names) and the translation row. Full chunks go to emit, in order,
// which owns them and returns false to stop; the last chunk (maybe empty)
// is returned, with false if emit stopped.
func prepareRows(d Doc, emit func([]row) bool) ([]row, bool) {
	if d.Fill != nil {
		d.English, d.Entities = d.Fill()
	}
	a := d.Article
	var rows []row
	size := 0
	// add reports false when emit has stopped.
	add := func(r row) bool {
		if rows == nil {
			rows = make([]row, 0, min(chunkRows, 1+2*len(a.Paragraphs)))
		}
		rows = append(rows, r)
		size += len(r.text)
		if ents, ok := r.ents.(string); ok {
			size += len(ents)
		}
		if len(rows) < chunkRows && size < chunkBytes {
			return true
		}
		full := rows
		rows, size = nil, 0
		return emit(full)
	}
	if t := strings.TrimSpace(a.Title); t != "" && !titleLeadsBody(a, t) {
		if !add(newRow(-1, fieldTitle, a.Lang, t, "")) {
			return nil, false
		}
	}
	for i, p := range a.Paragraphs {
		if p.Start < 0 || p.End > len(a.Body) || p.Start > p.End {
			continue // a malformed span: skip rather than panic
		}
		orig := a.Body[p.Start:p.End]
		lang := p.Lang
		if lang == "" {
			lang = a.Lang
		}
		var ents string
		if i < len(d.Entities) {
			ents = strings.ToValidUTF8(strings.Join(d.Entities[i], "\n"), "\uFFFD")
		}
		if !add(newRow(i, fieldOriginal, lang, orig, ents)) {
			return nil, false
		}
		if i < len(d.English) {
			// English comes from outside (a translation service): keep it
			// valid UTF-8 so spans always fall on rune boundaries.
			en := strings.TrimSpace(strings.ToValidUTF8(d.English[i], "\uFFFD"))
			if en != "" && en != strings.TrimSpace(orig) {
				if !add(newRow(i, fieldTranslation, lang, en, "")) {
					return nil, false
				}
			}
		}
	}
	return rows, true
}

// putChunks inserts one doc's rows, chunk by chunk as next hands them
// over, and returns how many it wrote and the first and last row ids
// (0, -1 for none), as putRows does for all the rows at once.
func (w *writer) putChunks(id int64, next *preparer) (n int, first, last int64, err error) {
	first, last = 0, -1
	for done := false; !done; {
		var rows []row
		rows, done = next.get()
		k, f, l, err := w.putRows(id, rows)
		if k > 0 {
			if n == 0 {
				first = f
			}
			last = l
		}
		n += k
		if err != nil {
			return n, first, last, err
		}
	}
	return n, first, last, nil
}
