package tui

import (
	"context"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"

	"github.com/rosetta-reader/rosetta/corpus"
)

// pager shows the reader's article and its aligned summary as Markdown,
// rendered by Glamour: the same document `rosetta show --markdown` writes.
type pager struct {
	vp      viewport.Model
	key     sessionKey // the article and generation it was rendered for
	pending bool
	err     string
}

type pagerReadyMsg struct {
	key     sessionKey
	content string
	err     error
}

// open asks for the document of a at the current width, off the loop.
func (p *pager) open(c *common, key sessionKey, a *corpus.Article, target string) tea.Cmd {
	p.key, p.pending, p.err = key, true, ""
	p.vp = viewport.New(viewport.WithWidth(c.width), viewport.WithHeight(c.bodyH))
	p.vp.SetContent("")
	return renderPagerCmd(c.ctx, key, c.opts.Summaries, a, target, c.width, c.isDark, c.noColor)
}

// renderPagerCmd fetches every row and the overview (cached by then, as a
// rule), builds the Markdown and renders it with a Glamour renderer of its
// own: renderers hold mutable state and must not be shared across Cmds.
func renderPagerCmd(ctx context.Context, key sessionKey, s Summaries, a *corpus.Article, target string, width int, dark, noColor bool) tea.Cmd {
	return func() tea.Msg {
		all := make([]int, len(a.Paragraphs))
		for i := range all {
			all[i] = i
		}
		rows, _ := s.Rows(ctx, a, all, target)
		ov, _ := s.Overview(ctx, a, target)
		md := Markdown(a, &Summary{Lang: target, Backend: s.Backend(), Overview: ov, Rows: rows})
		style := styles.DarkStyleConfig
		switch {
		case noColor:
			style = styles.NoTTYStyleConfig
		case !dark:
			style = styles.LightStyleConfig
		}
		r, err := glamour.NewTermRenderer(glamour.WithStyles(style), glamour.WithWordWrap(max(width-4, 20)))
		if err != nil {
			return pagerReadyMsg{key: key, err: err}
		}
		out, err := r.Render(md)
		return pagerReadyMsg{key: key, content: out, err: err}
	}
}

func (p *pager) onReady(msg pagerReadyMsg) {
	if msg.key != p.key {
		return // a render for an article the user has left
	}
	p.pending = false
	if msg.err != nil {
		p.err = msg.err.Error()
		return
	}
	p.vp.SetContent(strings.TrimRight(msg.content, "\n"))
}

func (p *pager) resize(c *common) {
	p.vp.SetWidth(c.width)
	p.vp.SetHeight(c.bodyH)
}

// handleKey scrolls; it reports true when the pager should close.
func (p *pager) handleKey(c *common, msg tea.KeyPressMsg) bool {
	k := &c.keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Pager):
		return true
	case key.Matches(msg, k.Down):
		p.vp.ScrollDown(1)
	case key.Matches(msg, k.Up):
		p.vp.ScrollUp(1)
	case key.Matches(msg, k.HalfPageDown):
		p.vp.HalfPageDown()
	case key.Matches(msg, k.HalfPageUp):
		p.vp.HalfPageUp()
	case key.Matches(msg, k.Top):
		p.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		p.vp.GotoBottom()
	}
	return false
}

func (p *pager) view(c *common, b *strings.Builder) {
	if p.pending || p.err != "" {
		msg := c.spinner.View() + " rendering Markdown…"
		if p.err != "" {
			msg = "⚠ " + clean(p.err)
		}
		b.WriteString(fit(msg, c.width))
		b.WriteByte('\n')
		for i := 1; i < c.bodyH; i++ {
			b.WriteByte('\n')
		}
		return
	}
	b.WriteString(p.vp.View())
	b.WriteByte('\n')
}
