package config

import "strings"

// keyLines maps every key of a TOML document (its path joined with "\x00")
// to the line that defines it. BurntSushi/toml keeps key positions to
// itself, so warnings about unknown keys find their line with this small
// scanner: it follows table headers, dotted and quoted keys, multi-line
// strings and multi-line arrays, which is all a config file uses.
func keyLines(doc string) map[string]int {
	s := &lineScanner{lines: map[string]int{}}
	for i, line := range strings.Split(doc, "\n") {
		s.line(i+1, line)
	}
	return s.lines
}

type lineScanner struct {
	lines    map[string]int
	table    []string
	inStr    string // the open multi-line string delimiter, if any
	brackets int    // depth inside a multi-line array
}

func (s *lineScanner) line(n int, line string) {
	if s.inStr != "" {
		i := strings.Index(line, s.inStr)
		if i < 0 {
			return
		}
		s.inStr = ""
		line = line[i+3:]
		if s.brackets > 0 {
			s.scanValue(line)
		}
		return
	}
	if s.brackets > 0 {
		s.scanValue(line)
		return
	}
	t := strings.TrimSpace(line)
	switch {
	case t == "" || t[0] == '#':
	case strings.HasPrefix(t, "[["):
		s.header(n, strings.TrimPrefix(t, "[["), "]]")
	case t[0] == '[':
		s.header(n, t[1:], "]")
	default:
		eq := indexOutsideQuotes(t, '=')
		if eq < 0 {
			return
		}
		s.record(n, append(append([]string{}, s.table...), splitKey(t[:eq])...))
		s.scanValue(t[eq+1:])
	}
}

func (s *lineScanner) header(n int, rest, closer string) {
	end := strings.Index(rest, closer)
	if end < 0 {
		return
	}
	s.table = splitKey(rest[:end])
	s.record(n, s.table)
}

func (s *lineScanner) record(n int, path []string) {
	k := strings.Join(path, "\x00")
	if _, ok := s.lines[k]; !ok {
		s.lines[k] = n
	}
}

// scanValue follows a value far enough to know whether a multi-line string
// or array stays open after this line.
func (s *lineScanner) scanValue(v string) {
	for i := 0; i < len(v); i++ {
		switch c := v[i]; c {
		case '#':
			return
		case '[':
			s.brackets++
		case ']':
			if s.brackets > 0 {
				s.brackets--
			}
		case '"', '\'':
			delim := string(c)
			if strings.HasPrefix(v[i:], strings.Repeat(delim, 3)) {
				end := strings.Index(v[i+3:], strings.Repeat(delim, 3))
				if end < 0 {
					s.inStr = strings.Repeat(delim, 3)
					return
				}
				i += 3 + end + 2
				continue
			}
			i = skipString(v, i)
		}
	}
}

// skipString returns the index of the quote closing the string at v[i].
func skipString(v string, i int) int {
	q := v[i]
	for j := i + 1; j < len(v); j++ {
		if q == '"' && v[j] == '\\' {
			j++
			continue
		}
		if v[j] == q {
			return j
		}
	}
	return len(v)
}

func indexOutsideQuotes(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '"', '\'':
			i = skipString(s, i)
		case c:
			return i
		}
	}
	return -1
}

// splitKey splits a dotted key ("a.\"b.c\".d") into its parts.
func splitKey(k string) []string {
	var parts []string
	for {
		k = strings.TrimSpace(k)
		if k == "" {
			return parts
		}
		var part string
		if k[0] == '"' || k[0] == '\'' {
			end := skipString(k, 0)
			part = k[1:min(end, len(k))]
			if k[0] == '"' {
				part = strings.ReplaceAll(part, `\"`, `"`)
			}
			k = k[min(end+1, len(k)):]
		} else {
			end := strings.IndexByte(k, '.')
			if end < 0 {
				end = len(k)
			}
			part = strings.TrimSpace(k[:end])
			k = k[end:]
		}
		parts = append(parts, part)
		k = strings.TrimSpace(k)
		if !strings.HasPrefix(k, ".") {
			return parts
		}
		k = k[1:]
	}
}
