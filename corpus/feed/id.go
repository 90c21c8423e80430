package feed

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path/filepath"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

const maxSlug = 24

// Slug makes a short, filesystem- and shell-friendly name: lower-case ASCII
// letters and digits joined by single hyphens, diacritics folded
// ("Habari za Dunia – BBC Swahili" → "habari-za-dunia-bbc-swahi").
func Slug(s string) string {
	folded, _, err := transform.String(transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn))), s)
	if err != nil {
		folded = s
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(folded) {
		if b.Len() >= maxSlug {
			break
		}
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return strings.TrimRight(b.String(), "-")
}

// sourceSlug names a feed by its title, else by its host or file name.
func sourceSlug(title, src string) string {
	if s := Slug(title); s != "" {
		return s
	}
	if u, err := url.Parse(src); err == nil && u.Host != "" {
		if s := Slug(strings.TrimPrefix(u.Hostname(), "www.")); s != "" {
			return s
		}
	}
	if s := Slug(strings.TrimSuffix(filepath.Base(src), filepath.Ext(src))); s != "" {
		return s
	}
	return "feed"
}

// itemID builds a stable article id "<slug>-<12 hex>" from the item's key
// (GUID, else link, else content hash). The key alone is hashed, so the id
// survives a feed moving to another URL.
func itemID(slug, key string) string {
	return slug + "-" + shortHash(key)
}

func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:6])
}
