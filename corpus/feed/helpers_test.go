package feed

import (
	"fmt"
	"strings"
	"time"
)

// genRSS writes an RSS 2.0 feed of n items with two paragraphs each.
func genRSS(title, lang string, n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>%s</title><link>https://gen.example/</link><language>%s</language>\n", title, lang)
	t0 := time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "<item><title>Habari namba %d</title><link>https://gen.example/%s/%d</link><guid>%s-%d</guid><pubDate>%s</pubDate>"+
			"<description>&lt;p&gt;Rais wa Urusi amewasili Hanoi, habari %d.&lt;/p&gt;&lt;p&gt;Aya ya pili ya habari %d.&lt;/p&gt;</description></item>\n",
			i, title, i, title, i, t0.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), i, i)
	}
	b.WriteString("</channel></rss>\n")
	return []byte(b.String())
}
