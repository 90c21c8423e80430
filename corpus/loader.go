package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/rosetta-reader/rosetta/corpus/sanitize"
)

// DefaultMaxFileBytes is the largest article file DirLoader reads.
const DefaultMaxFileBytes = 64 << 20

// Errors a DirLoader reports per file, wrapped in a *SourceError that names
// the file. ErrRepairedText is a warning: the article still loads.
var (
	ErrEmpty        = errors.New("empty file")
	ErrBinary       = errors.New("binary file, not text")
	ErrTooLarge     = errors.New("file too large")
	ErrNotRegular   = errors.New("not a regular file")
	ErrRepairedText = errors.New("not valid UTF-8: read as Windows-1252 or with bad bytes replaced")
)

// DirLoader reads articles from plain-text (.txt) and Markdown (.md,
// .markdown) files: a single file, or every such file directly in a
// directory (and below it when Recursive is set), in path order, skipping
// hidden files and folders and, inside a directory, symbolic links. An article's id is its file name without the
// extension. Markdown is reduced to plain text (see markdown.go) and a
// "# Heading" first line is the title.
//
// UTF-16 files with a byte-order mark are decoded. Files that cannot be
// read are reported one by one as *SourceError while
// the rest load: empty files (ErrEmpty), binary files (ErrBinary: a NUL
// byte or mostly control bytes), files over MaxBytes (ErrTooLarge), named
// pipes and devices (ErrNotRegular). Text
// that is not valid UTF-8 still loads, with an ErrRepairedText warning: as
// Windows-1252 when it holds no valid multi-byte UTF-8 at all (legacy
// Western text), else with the bad bytes replaced by U+FFFD. Terminal escape
// sequences in files are neutralised by Build like any other input.
type DirLoader struct {
	Recursive bool
	// MaxBytes bounds the size of one file; 0 means DefaultMaxFileBytes.
	MaxBytes int64
}

// Match reports whether src is for this loader: any path that is not a URL
// and is a directory, a .txt or Markdown file, or does not exist (so that
// Load can say so).
func (l DirLoader) Match(src string) bool {
	if strings.Contains(src, "://") {
		return false
	}
	fi, err := os.Stat(src)
	if err != nil {
		return true
	}
	return fi.IsDir() || articleFile(src)
}

func articleFile(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".md", ".markdown":
		return true
	}
	return false
}

// Load reads src, a directory or a file. The error joins one *SourceError
// per file that failed or was repaired; it is ErrNoArticle (in a
// *SourceError) when a directory holds no article file.
func (l DirLoader) Load(ctx context.Context, src string) ([]Raw, error) {
	fi, err := os.Stat(src)
	if err != nil {
		return nil, &SourceError{Source: src, Err: pathError(err)}
	}
	if !fi.IsDir() {
		r, err := l.loadFile(src)
		if r == nil {
			return nil, err
		}
		return []Raw{*r}, err
	}
	paths, err := l.list(ctx, src)
	if err != nil {
		return nil, &SourceError{Source: src, Err: err}
	}
	if len(paths) == 0 {
		return nil, &SourceError{Source: src, Err: ErrNoArticle}
	}
	return l.loadAll(ctx, src, paths)
}

// loadAll reads paths on a few goroutines (file reads overlap well even on
// two cores) and returns the articles and errors in path order.
func (l DirLoader) loadAll(ctx context.Context, src string, paths []string) ([]Raw, error) {
	type result struct {
		raw *Raw
		err error
	}
	results := make([]result, len(paths))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(2*runtime.GOMAXPROCS(0), len(paths)) {
		wg.Go(func() {
			for i := range next {
				results[i].raw, results[i].err = l.loadFile(paths[i])
			}
		})
	}
	cancelled := ctx.Err()
	for i := range paths {
		if cancelled = ctx.Err(); cancelled != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	var raws []Raw
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
		}
		if r.raw != nil {
			raws = append(raws, *r.raw)
		}
	}
	if cancelled != nil {
		errs = append(errs, &SourceError{Source: src, Err: cancelled})
	}
	return raws, errors.Join(errs...)
}

// pathError strips the path from an *fs.PathError: SourceError names it.
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// list returns the article files of dir, sorted.
func (l DirLoader) list(ctx context.Context, dir string) ([]string, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		hidden := p != dir && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if p != dir && (hidden || !l.Recursive) {
				return filepath.SkipDir
			}
			return nil
		}
		if !hidden && d.Type().IsRegular() && articleFile(p) {
			paths = append(paths, p)
		}
		return nil
	})
	slices.Sort(paths)
	return paths, err
}

// loadFile reads one file. It returns a nil Raw with an error when the file
// is unusable, or a Raw and a warning when its text had to be repaired.
func (l DirLoader) loadFile(path string) (*Raw, error) {
	b, err := l.read(path)
	if err != nil {
		return nil, &SourceError{Source: path, Err: err}
	}
	text, warn := decode(b)
	base := filepath.Base(path)
	// File names are outside text too: an id must be safe to print.
	r := &Raw{ID: sanitize.Line(strings.TrimSuffix(base, filepath.Ext(base))), Body: text, Origin: path}
	if ext := strings.ToLower(filepath.Ext(path)); ext == ".md" || ext == ".markdown" {
		fromMarkdown(r)
	}
	if warn != nil {
		return r, &SourceError{Source: path, Err: warn}
	}
	return r, nil
}

// read returns the file's text after checking size, emptiness and that it
// is text. It is read straight into a string, the one copy of a file that
// may be tens of megabytes (valid UTF-8, the common case, is not copied
// again to become a string).
func (l DirLoader) read(path string) (string, error) {
	limit := l.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxFileBytes
	}
	// Stat first: opening a FIFO or device named like an article would
	// block or never end.
	if fi, err := os.Stat(path); err != nil {
		return "", pathError(err)
	} else if !fi.Mode().IsRegular() {
		return "", ErrNotRegular
	}
	f, err := os.Open(path)
	if err != nil {
		return "", pathError(err)
	}
	defer f.Close()
	size := int64(0)
	if fi, err := f.Stat(); err == nil {
		if fi.Size() > limit {
			return "", fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, fi.Size(), limit)
		}
		size = fi.Size()
	}
	b, err := readAll(f, size, limit+1)
	if err != nil {
		return "", pathError(err)
	}
	if int64(len(b)) > limit {
		return "", fmt.Errorf("%w: over %d bytes", ErrTooLarge, limit)
	}
	if utf16BOM(b) {
		// Windows tools still save "Unicode" text as UTF-16: its NUL bytes
		// are not binary data.
		u, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().String(b)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16", ErrBinary)
		}
		b = u
	}
	if len(strings.TrimSpace(b)) == 0 {
		return "", ErrEmpty
	}
	if binary(b) {
		return "", ErrBinary
	}
	return b, nil
}

// readAll reads r to its end or to max bytes into a string sized for the
// expected size (a file's, from stat), so that a whole file takes one
// allocation: io.ReadAll would start at 512 bytes and grow, and its bytes
// would be copied again to become a string.
func readAll(r io.Reader, size, max int64) (string, error) {
	var b strings.Builder
	// One byte more than the file: the read that reports EOF needs room,
	// and a file that grew past its stat size still fits once grown.
	b.Grow(int(min(size, max)) + 1)
	_, err := io.Copy(&b, io.LimitReader(r, max))
	return b.String(), err
}

func utf16BOM(b string) bool {
	return len(b) >= 2 && (b[0] == 0xff && b[1] == 0xfe || b[0] == 0xfe && b[1] == 0xff)
}

// binary reports whether the first 8 KiB look like binary data: a NUL byte
// (as git decides) or more than a tenth of control bytes other than the
// whitespace ones and ESC, which hostile text does carry.
func binary(b string) bool {
	head := b[:min(len(b), 8<<10)]
	if strings.IndexByte(head, 0) >= 0 {
		return true
	}
	ctrl := 0
	for i := 0; i < len(head); i++ {
		// Eight bytes at a time while none is below 0x20 (the exact "has a
		// byte less than" bit trick).
		for i+8 <= len(head) {
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			if x := load64(head, i); (x-ones*0x20)&^x&highs != 0 {
				break
			}
			i += 8
		}
		if i >= len(head) {
			break
		}
		if c := head[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctrl++
		}
	}
	return ctrl*10 > len(head)
}

// decode returns b, repairing text that is not UTF-8.
func decode(b string) (string, error) {
	if utf8.ValidString(b) {
		return strings.TrimPrefix(b, "\ufeff"), nil
	}
	if !hasMultibyte(b) {
		if s, err := charmap.Windows1252.NewDecoder().String(b); err == nil {
			return s, ErrRepairedText
		}
	}
	return strings.ToValidUTF8(b, "\uFFFD"), ErrRepairedText
}

// hasMultibyte reports whether b holds at least one valid multi-byte UTF-8
// sequence: then it is UTF-8 with damage, not a legacy encoding.
func hasMultibyte(b string) bool {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(b[i:])
		if r != utf8.RuneError || n > 1 {
			return true
		}
		i += n
	}
	return false
}
