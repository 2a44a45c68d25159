package export

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"coplan/model"
)

// mdPage is a Markdown page as a CommonMark parser with GitHub tables reads it.
type mdPage struct {
	headings []string     // "## Schedule"
	tables   [][][]string // rows of cells, header first
	html     int          // raw HTML blocks and inlines
	text     string       // every paragraph, list item and cell, one per line
	lists    []string     // each list item: "  1. text", indented two spaces per level
}

// parseMarkdown reads src with goldmark.
func parseMarkdown(t *testing.T, src []byte) mdPage {
	t.Helper()
	doc := goldmark.New(goldmark.WithExtensions(extension.Table)).Parser().Parse(text.NewReader(src))
	var page mdPage
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.(type) {
		case *ast.HTMLBlock, *ast.RawHTML:
			if entering {
				page.html++
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	err = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			page.headings = append(page.headings, strings.Repeat("#", n.Level)+" "+inlineText(n, src))
			return ast.WalkSkipChildren, nil
		case *east.Table:
			var rows [][]string
			for r := n.FirstChild(); r != nil; r = r.NextSibling() {
				var cells []string
				for c := r.FirstChild(); c != nil; c = c.NextSibling() {
					cells = append(cells, inlineText(c, src))
				}
				rows = append(rows, cells)
				all = append(all, cells...)
			}
			page.tables = append(page.tables, rows)
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock:
			all = append(all, inlineText(n, src))
			return ast.WalkSkipChildren, nil
		case *ast.ListItem:
			list := n.Parent().(*ast.List)
			marker := "-"
			if list.IsOrdered() {
				marker = fmt.Sprintf("%d.", list.Start)
			}
			depth := 0
			for p := list.Parent(); p != nil; p = p.Parent() {
				if _, ok := p.(*ast.List); ok {
					depth++
				}
			}
			if first := n.FirstChild(); first != nil {
				page.lists = append(page.lists, strings.Repeat("  ", depth)+marker+" "+inlineText(first, src))
			}
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	page.text = strings.Join(all, "\n")
	return page
}

// inlineText is the text a reader sees in n: escapes resolved, line breaks as "\n".
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(util.UnescapePunctuations(c.Segment.Value(src)))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				seg := c.Segments.At(i)
				b.Write(seg.Value(src))
			}
		default:
			b.WriteString(inlineText(c, src))
		}
	}
	return b.String()
}

func TestMarkdownHasEveryPartOfTheUnitInHeadingsAndTables(t *testing.T) {
	p := interopUnit(t)
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	page := parseMarkdown(t, buf.Bytes())
	if page.html != 0 {
		t.Errorf("the page has %d pieces of raw HTML", page.html)
	}
	var h2 []string
	for _, h := range page.headings {
		if strings.HasPrefix(h, "## ") {
			h2 = append(h2, h)
		}
	}
	wantH2 := []string{"## Real-world problem", "## Driving question", "## Central goal", "## Outcomes", "## Schedule",
		"## People", "## Rubrics", "## Assessments", "## Responsibilities"}
	if page.headings[0] != "# "+p.Title || !reflect.DeepEqual(h2, wantH2) {
		t.Errorf("headings:\n%s", strings.Join(page.headings, "\n"))
	}
	wantRows := []struct {
		what string
		rows int
	}{{"outcomes", len(p.Outcomes)}, {"schedule", len(p.Sessions)}, {"partners", len(p.Partners)}, {"experts", len(p.Experts)}}
	for _, r := range p.Rubrics {
		wantRows = append(wantRows, struct {
			what string
			rows int
		}{"rubric " + r.Title, len(r.Criteria)})
	}
	wantRows = append(wantRows, struct {
		what string
		rows int
	}{"assessments", len(p.Assessments)}, struct {
		what string
		rows int
	}{"responsibilities", len(p.Responsibilities)})
	if len(page.tables) != len(wantRows) {
		t.Fatalf("%d tables, want %d", len(page.tables), len(wantRows))
	}
	for i, w := range wantRows {
		if got := len(page.tables[i]) - 1; got != w.rows {
			t.Errorf("the %s table has %d rows, want %d", w.what, got, w.rows)
		}
	}
	var names []string
	for _, s := range p.Sessions {
		names = append(names, s.Title, s.Location)
	}
	for _, e := range p.Experts {
		names = append(names, e.Name, e.Expertise)
	}
	for _, o := range p.Partners {
		names = append(names, o.Name)
	}
	for _, o := range p.Outcomes {
		names = append(names, o.Code, o.Text)
	}
	for _, r := range p.Rubrics {
		names = append(names, r.Title)
		for _, c := range r.Criteria {
			names = append(names, strings.TrimSpace(c.Title))
		}
	}
	for _, a := range p.Assessments {
		names = append(names, a.Title)
	}
	for _, r := range p.Responsibilities {
		names = append(names, r.Task)
	}
	for _, n := range names {
		if !strings.Contains(page.text, n) && !containsHeading(page.headings, n) {
			t.Errorf("the page does not show %q", n)
		}
	}
	for _, e := range p.Experts {
		for _, r := range e.Roles {
			if strings.Contains(r, "-") && strings.Contains(page.text, r) {
				t.Errorf("the page shows the role %q as the file writes it, not as %q", r, model.RoleName(r))
			}
		}
		for _, private := range []string{e.Email, e.Phone, e.SafetyCheck.Number} {
			if private != "" && strings.Contains(buf.String(), private) {
				t.Errorf("the page shows %q of %s, which students may read", private, e.Name)
			}
		}
	}
}

func containsHeading(headings []string, s string) bool {
	for _, h := range headings {
		if strings.Contains(h, s) {
			return true
		}
	}
	return false
}

func TestMarkdownRubricTableReadsExactlyAsWritten(t *testing.T) {
	p := &model.Project{Title: "Unit", Rubrics: []model.Rubric{trickyRubric()}}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	page := parseMarkdown(t, buf.Bytes())
	want := [][]string{
		{"Criterion", "Weight", "Most", "Not yet (0 pts)", "Nearly, almost (1.75 pts)", "Sure | certain (2.5 pts)"},
		{"Data, graphs and tables", "×3", "7.5 pts", "No graph.", `A graph, but "axes" unlabelled; / no units.`,
			"Labelled graph | table / with units, <b>trend</b> *and* _error_ bars."},
		{"Speaking to experts", "×1", "2.5 pts", "Reads from notes.", "", "Answers questions, with evidence."},
	}
	if len(page.tables) != 1 || !reflect.DeepEqual(page.tables[0], want) {
		t.Errorf("rubric table reads as\n%q\nwant\n%q\n%s", page.tables, want, buf.String())
	}
	if page.html != 0 {
		t.Errorf("the page has raw HTML:\n%s", buf.String())
	}
}

func TestMarkdownTextThatLooksLikeMarkupStaysText(t *testing.T) {
	prep := "# not a heading\n> nor a quote\n<script>alert(1)</script>\n" +
		"    not code\n---\n===\n-\n&amp; [link](x) `code` ~~struck~~ **bold** \\ back"
	p := &model.Project{Title: "Unit #1 ##", Sessions: []model.Session{{ID: "s", Title: "Visit | *one*", Prep: prep}}}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	page := parseMarkdown(t, buf.Bytes())
	wantHeadings := []string{"# Unit #1 ##", "## Schedule", "### Visit | *one*"}
	if !reflect.DeepEqual(page.headings, wantHeadings) {
		t.Errorf("headings %q, want %q", page.headings, wantHeadings)
	}
	if page.html != 0 {
		t.Errorf("raw HTML got through:\n%s", buf.String())
	}
	var lines []string
	for _, l := range strings.Split(prep, "\n") {
		lines = append(lines, strings.TrimSpace(l))
	}
	if want := strings.Join(lines, "\n"); !strings.Contains(page.text, want) {
		t.Errorf("preparation reads as\n%s\nwant\n%s\nfrom\n%s", page.text, want, buf.String())
	}
	if got := page.tables[0][1][2]; got != "Visit | *one*" {
		t.Errorf("schedule cell reads %q", got)
	}
}

func TestMarkdownOfAnEmptyUnitIsJustItsTitle(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, &model.Project{}); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "# Untitled unit\n" {
		t.Errorf("got %q", got)
	}
}

func TestMarkdownKeepsListsTypedInTextAsLists(t *testing.T) {
	desc := "Bring:\n- a hat\n- water, 1.5 L\n  - in a bottle\n  - not glass\n* sunscreen\n• lunch\nThen meet at the gate.\n\n" +
		"Steps:\n1. Sign in\n2) Collect a vest\n10. Go\n   with your team\n\n-5 degrees at dawn, 3.5 km walk, #hashtag, =SUM(A1)"
	p := &model.Project{Title: "Unit", Rubrics: []model.Rubric{{ID: "r", Title: "Trip", Description: desc}}}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, p); err != nil {
		t.Fatal(err)
	}
	page := parseMarkdown(t, buf.Bytes())
	wantItems := []string{"- a hat", "- water, 1.5 L", "  - in a bottle", "  - not glass", "- sunscreen", "- lunch",
		"1. Sign in", "2. Collect a vest", "10. Go\nwith your team"}
	if !reflect.DeepEqual(page.lists, wantItems) {
		t.Errorf("list items\n%q\nwant\n%q\nfrom\n%s", page.lists, wantItems, buf.String())
	}
	for _, want := range []string{"Bring:", "Then meet at the gate.", "Steps:", "-5 degrees at dawn, 3.5 km walk, #hashtag, =SUM(A1)"} {
		if !strings.Contains(page.text, want) {
			t.Errorf("the text does not read %q:\n%s", want, page.text)
		}
	}
	if out := buf.String(); strings.Contains(out, `\-`) || strings.Contains(out, `\#`) || strings.Contains(out, `\=`) {
		t.Errorf("text that is no markup is escaped:\n%s", out)
	}
}
