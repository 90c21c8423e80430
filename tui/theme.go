package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// paletteSize is the number of entity colours; Entity.Colour indexes it
// modulo its size.
const paletteSize = 12

// Entity colours, chosen pairwise distinguishable: saturated tints on a
// dark background, the same hues darkened for a light one.
var (
	darkPalette = [paletteSize]string{
		"#FF6B6B", "#FFA94D", "#FFD43B", "#69DB7C", "#38D9A9", "#4DABF7",
		"#9775FA", "#F783AC", "#A9E34B", "#66D9E8", "#E599F7", "#D2B48C",
	}
	lightPalette = [paletteSize]string{
		"#C92A2A", "#D9480F", "#946200", "#2B8A3E", "#087F5B", "#1864AB",
		"#5F3DC4", "#A61E4D", "#5C940D", "#0B7285", "#862E9C", "#7F5539",
	}
)

// theme is every style the TUI draws with, built for one background and
// colour mode. All colours live here.
type theme struct {
	noColor bool

	Header, Dim, Bold             lipgloss.Style
	PaneHeader, PaneHeaderFocused lipgloss.Style
	Separator                     lipgloss.Style
	Selected                      lipgloss.Style // list cursor row
	FocusBar                      lipgloss.Style // gutter mark of the focused paragraph
	Focused                       lipgloss.Style // text of the focused paragraph/row
	Match                         lipgloss.Style // search match
	Current                       lipgloss.Style // mention n/N landed on
	Unread, Star, Lang, Story     lipgloss.Style
	Error, Info, Pending          lipgloss.Style
	Help                          help.Styles

	entity [paletteSize]lipgloss.Style

	// Painters of the styles paintLine uses, built by finish.
	pEntity                           [paletteSize]painter
	pMatch, pCurrent, pFocused, pBold painter
	pError                            painter
}

// finish builds the painters once the styles are set.
func (s theme) finish() theme {
	for i, e := range s.entity {
		s.pEntity[i] = newPainter(e)
	}
	s.pMatch, s.pCurrent = newPainter(s.Match), newPainter(s.Current)
	s.pFocused, s.pBold, s.pError = newPainter(s.Focused), newPainter(s.Bold), newPainter(s.Error)
	return s
}

// newTheme builds the styles for a dark or light background. With
// noColor (NO_COLOR set) no colour is emitted at all: emphasis uses bold,
// underline and reverse only.
func newTheme(isDark, noColor bool) theme {
	if noColor {
		return monoTheme()
	}
	ld := lipgloss.LightDark(isDark)
	c := func(light, dark string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dark)) }
	accent := c("#5F3DC4", "#B197FC")
	dim := c("#6C757D", "#868E96")
	s := theme{
		Header:            lipgloss.NewStyle().Bold(true).Foreground(accent),
		Dim:               lipgloss.NewStyle().Foreground(dim),
		Bold:              lipgloss.NewStyle().Bold(true),
		PaneHeader:        lipgloss.NewStyle().Foreground(dim),
		PaneHeaderFocused: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Separator:         lipgloss.NewStyle().Foreground(c("#CED4DA", "#495057")),
		Selected:          lipgloss.NewStyle().Bold(true).Background(c("#E5DBFF", "#3B2F63")),
		FocusBar:          lipgloss.NewStyle().Foreground(accent),
		Focused:           lipgloss.NewStyle().Foreground(c("#000000", "#FFFFFF")),
		Match:             lipgloss.NewStyle().Background(c("#FFE066", "#5C4B00")).Bold(true),
		Current:           lipgloss.NewStyle().Reverse(true),
		Unread:            lipgloss.NewStyle().Foreground(accent),
		Star:              lipgloss.NewStyle().Foreground(c("#E67700", "#FFD43B")),
		Lang:              lipgloss.NewStyle().Bold(true).Foreground(c("#0B7285", "#66D9E8")),
		Story:             lipgloss.NewStyle().Bold(true).Underline(true),
		Error:             lipgloss.NewStyle().Foreground(c("#C92A2A", "#FF8787")),
		Info:              lipgloss.NewStyle().Foreground(dim),
		Pending:           lipgloss.NewStyle().Foreground(dim).Italic(true),
		Help:              help.DefaultStyles(isDark),
	}
	pal := darkPalette
	if !isDark {
		pal = lightPalette
	}
	for i, hex := range pal {
		s.entity[i] = lipgloss.NewStyle().Foreground(lipgloss.Color(hex)).Bold(true)
	}
	return s.finish()
}

func monoTheme() theme {
	plain := lipgloss.NewStyle()
	bold := plain.Bold(true)
	s := theme{
		noColor: true,
		Header:  bold, Dim: plain, Bold: bold,
		PaneHeader: plain, PaneHeaderFocused: bold.Underline(true),
		Separator: plain, Selected: plain.Reverse(true),
		FocusBar: bold, Focused: bold,
		Match: plain.Reverse(true), Current: bold.Reverse(true).Underline(true),
		Unread: bold, Star: bold, Lang: bold, Story: bold.Underline(true),
		Error: bold, Info: plain, Pending: plain.Italic(true),
		Help: help.Styles{
			ShortKey: bold, ShortDesc: plain, ShortSeparator: plain, Ellipsis: plain,
			FullKey: bold, FullDesc: plain, FullSeparator: plain,
		},
	}
	for i := range s.entity {
		s.entity[i] = plain.Underline(true)
	}
	return s.finish()
}

// Entity returns the style of palette index i (any int is accepted).
func (s theme) Entity(i int) lipgloss.Style {
	i %= paletteSize
	if i < 0 {
		i += paletteSize
	}
	return s.entity[i]
}
