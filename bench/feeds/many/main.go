// Command many serves N RSS feeds on 127.0.0.1 for the 1,000-feed load
// figures (bench/run): it writes an OPML file subscribing to all of them,
// then serves until interrupted. Feeds carry ETags, so a second refresh
// is answered 304 Not Modified, as real servers do.
//
//	go run ./bench/feeds/many -n 1000 -items 20 -opml /tmp/many.opml &
//	rosetta import /tmp/many.opml && rosetta refresh
package main

import (
	"flag"
	"fmt"
	"html"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// paragraphs per language: each item is two of them, picked by its number.
var paragraphs = map[string][]string{
	"sw": {
		"Rais wa Urusi Vladimir Putin amewasili mjini Hanoi kwa ziara ya kiserikali.",
		"Viongozi hao walijadili ushirikiano katika nishati, elimu na sayansi.",
		"Marekani imeeleza wasiwasi wake kuhusu ziara hiyo barani Asia.",
	},
	"sq": {
		"Presidenti rus Vladimir Putin mbërriti në Hanoi për një vizitë shtetërore.",
		"Të dy vendet nënshkruan marrëveshje në fushat e energjisë dhe arsimit.",
		"Shtetet e Bashkuara shprehën shqetësim për vizitën në Azi.",
	},
	"en": {
		"Russian President Vladimir Putin arrived in Hanoi for a state visit.",
		"The two leaders discussed cooperation in energy, education and science.",
		"The United States expressed concern about the visit to Asia.",
	},
}

var langs = []string{"en", "sw", "sq"}

func main() {
	n := flag.Int("n", 1000, "feeds")
	items := flag.Int("items", 20, "items per feed")
	opml := flag.String("opml", "many.opml", "OPML file to write")
	flag.Parse()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "many:", err)
		os.Exit(1)
	}
	base := "http://" + ln.Addr().String()
	if err := writeOPML(*opml, base, *n); err != nil {
		fmt.Fprintln(os.Stderr, "many:", err)
		os.Exit(1)
	}
	go http.Serve(ln, handler(*n, *items))
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
}

func writeOPML(path, base string, n int) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><opml version="2.0"><head><title>many</title></head><body>` + "\n")
	for f := range n {
		fmt.Fprintf(&b, `<outline text="Feed %d" type="rss" xmlUrl="%s/f/%d.xml"/>`+"\n", f, base, f)
	}
	b.WriteString("</body></opml>\n")
	// Written whole, then renamed: a reader waiting for the file never
	// sees half of it.
	if err := os.WriteFile(path+".tmp", []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.Rename(path+".tmp", path)
}

func handler(n, items int) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var f int
		if _, err := fmt.Sscanf(r.URL.Path, "/f/%d.xml", &f); err != nil || f < 0 || f >= n {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"f%d"`, f)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		lang := langs[f%len(langs)]
		ps := paragraphs[lang]
		w.Header().Set("ETag", etag)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %d</title><language>%s</language>`, f, lang)
		for k := range items {
			body := "<p>" + ps[k%len(ps)] + "</p><p>" + ps[(k+f)%len(ps)] + fmt.Sprintf(" (%d/%d)", f, k) + "</p>"
			fmt.Fprintf(w, `<item><title>Feed %d, item %d</title><guid>f%d-%d</guid>`+
				`<pubDate>Mon, 02 Jan 2006 %02d:%02d:05 GMT</pubDate><description>%s</description></item>`,
				f, k, f, k, k/60%24, k%60, html.EscapeString(body))
		}
		fmt.Fprint(w, `</channel></rss>`)
	})
}
