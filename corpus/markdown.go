package corpus

import (
	"strings"
	"time"
)

// fromMarkdown reduces a Markdown article to the plain text Build expects.
// It reads YAML-style front matter (title, lang or language, source, url,
// author, date), takes a "# Heading" first line as the title, turns other
// headings into lines of their own (Build marks them as headings), drops
// fences, rules and HTML comments' markers, strips quote and list markers,
// and keeps link and image text without their targets and emphasis
// without its markers. It is deliberately not a full CommonMark parser:
// the goal is readable paragraphs, not faithful rendering.
func fromMarkdown(r *Raw) {
	body := frontMatter(r, strings.ReplaceAll(r.Body, "\r\n", "\n"))
	lines := strings.Split(body, "\n")
	out := make([]string, 0, len(lines))
	for _, line := range lines {
		t := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") || isRule(t):
			continue
		case strings.HasPrefix(t, "#"):
			h := strings.TrimSpace(strings.TrimLeft(t, "#"))
			if r.Title == "" && strings.HasPrefix(t, "# ") && nonEmpty(out) == 0 {
				r.Title = inline(h)
				continue
			}
			out = append(out, "", inline(h), "")
			continue
		}
		out = append(out, inline(listMarker(strings.TrimLeft(t, "> "))))
	}
	r.Body = strings.Join(out, "\n")
}

func nonEmpty(lines []string) int {
	n := 0
	for _, l := range lines {
		if l != "" {
			n++
		}
	}
	return n
}

// frontMatter reads a leading "---" block of "key: value" lines into r and
// returns the rest of the body.
func frontMatter(r *Raw, body string) string {
	if !strings.HasPrefix(body, "---\n") {
		return body
	}
	end := strings.Index(body[4:], "\n---")
	if end < 0 {
		return body
	}
	for line := range strings.SplitSeq(body[4:4+end], "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title":
			r.Title = v
		case "lang", "language":
			r.Lang = v
		case "source", "publisher":
			r.Source = v
		case "url", "link":
			r.URL = v
		case "author", "byline":
			r.Byline = v
		case "date", "published":
			for _, layout := range []string{time.RFC3339, "2006-01-02 15:04", "2006-01-02"} {
				if t, err := time.Parse(layout, v); err == nil {
					r.Published = t
					break
				}
			}
		}
	}
	rest := body[4+end+4:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		return rest[i+1:]
	}
	return ""
}

func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	s := strings.ReplaceAll(t, " ", "")
	return strings.Trim(s, "-") == "" || strings.Trim(s, "*") == "" || strings.Trim(s, "_") == ""
}

// listMarker strips a bullet or number marker from a list item.
func listMarker(t string) string {
	for _, m := range []string{"- ", "* ", "+ "} {
		if strings.HasPrefix(t, m) {
			return t[len(m):]
		}
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
		return t[i+2:]
	}
	return t
}

// inline removes inline markup: images and links keep their text, emphasis
// and code markers go.
func inline(s string) string {
	if !strings.ContainsAny(s, "[*_`") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			continue // the alt text follows as a link text
		case c == '[':
			if text, n := linkText(s[i:]); n > 0 {
				b.WriteString(text)
				i += n - 1
				continue
			}
		case c == '*' || c == '`':
			continue
		case c == '_' && (i == 0 || i+1 == len(s) || s[i-1] == ' ' || s[i+1] == ' ' || s[i+1] == '_' || s[i-1] == '_'):
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// linkText parses "[text](target)" at the start of s and returns the text
// and the length consumed, or 0 when s does not start with a link.
func linkText(s string) (string, int) {
	mid := strings.Index(s, "](")
	if mid < 0 || strings.Contains(s[1:mid], "[") {
		return "", 0
	}
	end := strings.IndexByte(s[mid:], ')')
	if end < 0 {
		return "", 0
	}
	return s[1:mid], mid + end + 1
}
