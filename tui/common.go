package tui

import (
	"context"
	"os"
	"strings"

	"charm.land/bubbles/v2/spinner"

	"github.com/rosetta-reader/rosetta/corpus"
)

// common is the dependency bag every child reads: services, keys, styles
// and the terminal size. The root owns it and passes it explicitly.
type common struct {
	ctx     context.Context // the program's; cancelled on quit
	opts    Options
	corpus  *corpus.Corpus
	keys    KeyMap
	styles  *theme // shared, never mutated: replaced whole on a theme change
	isDark  bool
	noColor bool
	width   int
	height  int
	targets []string
	browser string
	spinner spinner.Model
	bodyH   int // lines between the header and the status bar
	gen     int // last session generation handed out
	// loadingCorpus is set while Options.CorpusLoader lists the rest.
	loadingCorpus bool

	// From Entities.Shared, loaded off the event loop at start.
	shared  []Entity
	colours map[string]int // entity key → palette index
	// storyOf maps an article id to its index in opts.Stories.
	storyOf map[string]int
}

func newCommon(opts Options) (common, error) {
	keys, err := DefaultKeyMap().withOverrides(opts.Keys)
	c := common{
		ctx:     context.Background(),
		opts:    opts,
		corpus:  opts.Corpus,
		keys:    keys,
		isDark:  opts.Theme != "light",
		noColor: os.Getenv("NO_COLOR") != "",
		browser: os.Getenv("BROWSER"),
		colours: map[string]int{},
		storyOf: map[string]int{},

		loadingCorpus: opts.CorpusLoader != nil,
	}
	if c.corpus == nil {
		c.corpus = corpus.New(nil)
	}
	c.styles = ptr(newTheme(c.isDark, c.noColor))
	c.spinner = spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(c.styles.Pending))
	if opts.Summaries != nil {
		c.targets = opts.Summaries.Targets()
	}
	if len(c.targets) == 0 {
		c.targets = []string{"en"}
	}
	c.setStories(opts.Stories)
	return c, err
}

// setStories installs the story groups and the article → story map.
func (c *common) setStories(stories []Story) {
	c.opts.Stories = stories
	c.storyOf = make(map[string]int, len(stories))
	for i, s := range stories {
		for _, id := range s.Articles {
			if _, dup := c.storyOf[id]; !dup {
				c.storyOf[id] = i
			}
		}
	}
}

// setShared installs the shared entities and their colours.
func (c *common) setShared(es []Entity) {
	c.shared = es
	c.colours = make(map[string]int, len(es))
	for _, e := range es {
		c.colours[e.Key] = e.Colour
	}
}

func (c *common) colour(key string) int { return c.colours[key] }

// nextGen returns a new session generation.
func (c *common) nextGen() int {
	c.gen++
	return c.gen
}

// otherSources lists the languages of the other articles of a's story.
func (c *common) otherSources(id string) []string {
	si, ok := c.storyOf[id]
	if !ok {
		return nil
	}
	var langs []string
	for _, other := range c.opts.Stories[si].Articles {
		if other == id {
			continue
		}
		if a, err := c.corpus.Get(other); err == nil {
			langs = append(langs, clean(a.Lang))
		}
	}
	return langs
}

// langNames names the languages Rosetta is most likely to show; other
// codes are shown as they are.
var langNames = map[string]string{
	"en": "English", "sw": "Swahili", "sq": "Albanian", "fr": "French",
	"de": "German", "es": "Spanish", "pt": "Portuguese", "it": "Italian",
	"ru": "Russian", "vi": "Vietnamese", "zh": "Chinese", "ar": "Arabic",
}

func langName(code string) string {
	if n, ok := langNames[strings.ToLower(code)]; ok {
		return n
	}
	return clean(code)
}

func ptr[T any](v T) *T { return &v }
