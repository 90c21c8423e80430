package corpus

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDirLoaderSeeds(t *testing.T) {
	c, warns, err := Open(context.Background(), []string{"sample"}, DirLoader{})
	if err != nil || len(warns) != 0 {
		t.Fatalf("Open(sample) = %v, %v", warns, err)
	}
	want := Sample()
	if c.Len() != want.Len() {
		t.Fatalf("%d articles, want %d", c.Len(), want.Len())
	}
	for i, a := range c.Articles {
		w := want.Articles[i]
		if a.ID != w.ID || a.Title != w.Title || a.Body != w.Body || a.Lang != w.Lang {
			t.Errorf("%s: loaded from disk differs from the embedded sample", a.ID)
		}
		if a.Origin != filepath.Join("sample", w.ID+".txt") {
			t.Errorf("%s: origin %q", a.ID, a.Origin)
		}
	}
}

// TestDirLoaderBadInput covers each kind of bad file: one clear error naming
// the file, the rest of the directory still loading.
func TestDirLoaderBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte("Good title here\nA paragraph of real text that says something.\n"))
	empty := write(t, dir, "empty.txt", []byte(" \n\t\n"))
	bin := write(t, dir, "binary.txt", []byte("PK\x03\x04\x00\x00binary zip data"))
	ctrl := write(t, dir, "ctrl.txt", bytes.Repeat([]byte{1, 2, 3, 4, 'a'}, 100))
	latin := write(t, dir, "latin1.txt", []byte("P\xebrshendetje nga Shqip\xebria\nKjo \xebsht\xeb nj\xeb tekst n\xeb Windows-1252.\n"))
	write(t, dir, "utf16.txt", utf16LE("Habari za Hanoi\nRais wa Urusi alifika Hanoi.\n"))
	broken := write(t, dir, "broken.txt", []byte("Rusis\xc3\xab and \xff\xfe bad bytes\nMore text after the damage here.\n"))
	write(t, dir, "escapes.txt", []byte("\x1b]0;owned\x07Title \x1b[31mred\x1b[0m\nBody \x1b]52;c;Y2xpcA==\x07 with an OSC 52 clipboard write.\n"))
	write(t, dir, "skip.html", []byte("<p>not an article file</p>"))
	write(t, dir, ".hidden.txt", []byte("hidden files are skipped"))
	write(t, dir, "sub/nested.txt", []byte("Nested title line\nOnly read when recursive.\n"))

	raws, err := DirLoader{}.Load(context.Background(), dir)
	ids := map[string]Raw{}
	for _, r := range raws {
		ids[r.ID] = r
	}
	for _, id := range []string{"good", "latin1", "broken", "escapes", "utf16"} {
		if _, ok := ids[id]; !ok {
			t.Errorf("%s did not load", id)
		}
	}
	if len(raws) != 5 {
		t.Errorf("loaded %d files, want 5", len(raws))
	}
	wantErr := map[string]error{empty: ErrEmpty, bin: ErrBinary, ctrl: ErrBinary, latin: ErrRepairedText, broken: ErrRepairedText}
	for _, e := range splitErrors(dir, err) {
		var se *SourceError
		if !errors.As(e, &se) {
			t.Fatalf("error %v is not a *SourceError", e)
		}
		w, ok := wantErr[se.Source]
		if !ok || !errors.Is(e, w) {
			t.Errorf("unexpected error %v", e)
		}
		if strings.Contains(e.Error(), "\n") {
			t.Errorf("error is not one line: %q", e.Error())
		}
		delete(wantErr, se.Source)
	}
	if len(wantErr) != 0 {
		t.Errorf("missing errors for %v", wantErr)
	}
	if got := Build(ids["latin1"]).Title; got != "Përshendetje nga Shqipëria" {
		t.Errorf("Windows-1252 title = %q", got)
	}
	if a := Build(ids["broken"]); !strings.Contains(a.Title, "Rusisë and \ufffd bad bytes") {
		t.Errorf("repaired title = %q", a.Title)
	}
	if a := Build(ids["escapes"]); a.Title != "Title red" || strings.ContainsRune(a.Body, 0x1b) {
		t.Errorf("escapes not neutralised: %q / %q", a.Title, a.Body)
	}

	if got := Build(ids["utf16"]).Title; got != "Habari za Hanoi" {
		t.Errorf("UTF-16 title = %q", got)
	}
	deep, _ := DirLoader{Recursive: true}.Load(context.Background(), dir)
	if len(deep) != 6 {
		t.Errorf("recursive load gave %d files, want 6", len(deep))
	}
}

// utf16LE encodes ASCII s as UTF-16LE with a byte-order mark.
func utf16LE(s string) []byte {
	b := []byte{0xff, 0xfe}
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return b
}

func TestDirLoaderPaths(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	_, err := DirLoader{}.Load(ctx, filepath.Join(dir, "missing"))
	var se *SourceError
	if !errors.As(err, &se) || !errors.Is(err, fs.ErrNotExist) || se.Source != filepath.Join(dir, "missing") {
		t.Errorf("missing path: %v", err)
	}
	write(t, dir, "notes.html", []byte("x"))
	if _, err := (DirLoader{}).Load(ctx, dir); !errors.Is(err, ErrNoArticle) {
		t.Errorf("directory without articles: %v", err)
	}
	if _, _, err := Open(ctx, []string{dir}, DirLoader{}); !errors.Is(err, ErrNoArticle) {
		t.Errorf("Open of a directory without articles: %v", err)
	}
	one := write(t, dir, "one.md", []byte("# Markdown *title*\n\nSome **bold** text with a [link](http://x.example) and `code`.\n\n## Section\n\n- item one\n"))
	raws, err := DirLoader{}.Load(ctx, one)
	if err != nil || len(raws) != 1 {
		t.Fatalf("single file: %v %v", raws, err)
	}
	a := Build(raws[0])
	if a.ID != "one" || a.Title != "Markdown title" {
		t.Errorf("markdown: id %q title %q", a.ID, a.Title)
	}
	if want := "Some bold text with a link and code.\n\nSection\n\nitem one"; a.Body != want {
		t.Errorf("markdown body = %q, want %q", a.Body, want)
	}
	if !a.Paragraphs[1].Heading {
		t.Error("## Section is not a heading")
	}
	l := DirLoader{}
	for src, want := range map[string]bool{dir: true, one: true, "https://x.example/feed": false, filepath.Join(dir, "notes.html"): false, "nope.txt": true} {
		if l.Match(src) != want {
			t.Errorf("Match(%q) = %v", src, !want)
		}
	}
}

func TestDirLoaderHostileFileName(t *testing.T) {
	p := write(t, t.TempDir(), "evil\x1b]0;owned\x07name.txt", []byte("Title\nBody of the article.\n"))
	raws, err := DirLoader{}.Load(context.Background(), p)
	if err != nil || len(raws) != 1 {
		t.Fatalf("%v %v", raws, err)
	}
	if raws[0].ID != "evilname" {
		t.Errorf("id = %q, want the escape removed", raws[0].ID)
	}
}

func TestDirLoaderSizeLimit(t *testing.T) {
	dir := t.TempDir()
	line := []byte("Rais wa Urusi Vladimir Putin anatazamiwa kuzuru Hanoi, Vietnam, mnamo Juni 19-20, 2024.\n")
	big := write(t, dir, "big.txt", bytes.Repeat(line, (50<<20)/len(line)+1))
	raws, err := DirLoader{}.Load(context.Background(), big)
	if err != nil || len(raws) != 1 || len(raws[0].Body) < 50<<20 {
		t.Fatalf("50 MB file: %d raws, %v", len(raws), err)
	}
	_, err = DirLoader{MaxBytes: 1 << 20}.Load(context.Background(), big)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), big) {
		t.Errorf("over the limit: %v", err)
	}
}

func TestDirLoaderFrontMatter(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "fm.md", []byte("---\ntitle: \"Ziara ya Putin\"\nlang: sw-KE\nsource: Mwananchi\ndate: 2024-06-20\n---\nPutin aliwasili Hanoi. Ziara hii ni ya kwanza tangu mwaka 2017 na ya tano kwa jumla.\n"))
	raws, err := DirLoader{}.Load(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	a := Build(raws[0])
	if a.Title != "Ziara ya Putin" || a.Lang != "sw" || !a.LangDeclared || a.Source != "Mwananchi" || a.Published.Year() != 2024 {
		t.Errorf("front matter: %+v", a)
	}
	if strings.Contains(a.Body, "title:") {
		t.Errorf("front matter left in body: %q", a.Body)
	}
}

func TestDirLoaderCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := (DirLoader{}).Load(ctx, "sample"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled load: %v", err)
	}
}

func FuzzDirLoader(f *testing.F) {
	for _, s := range []string{"", "Title\nBody text.", "\x00\x01", "# T\n\nx", "---\ntitle: a\n---\n", "\xff\xfe", "\x1b]0;x\x07t"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data string, md bool) {
		name := filepath.Join(dir, "f.txt")
		if md {
			name = filepath.Join(dir, "f.md")
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(name)
		raws, err := DirLoader{}.Load(context.Background(), name)
		if err != nil {
			var se *SourceError
			if !errors.As(err, &se) || se.Source != name {
				t.Fatalf("error %v does not name the file", err)
			}
		}
		for _, r := range raws {
			checkClean(t, Build(r))
		}
	})
}
