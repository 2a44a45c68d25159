package widgets_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

type pair struct{ title, sub *widget.Label }

func TestRowsGivesBackTheWidgetsOfEachRow(t *testing.T) {
	var rows widgets.Rows[pair]
	make := func() fyne.CanvasObject {
		p := &pair{widget.NewLabel(""), widget.NewLabel("")}
		return rows.Add(p, container.NewVBox(p.title, p.sub))
	}
	one, two := make(), make()
	rows.Of(two).title.SetText("second")
	rows.Of(one).sub.SetText("first")
	if got := two.(*fyne.Container).Objects[0].(*widget.Label).Text; got != "second" {
		t.Errorf("the second row's title says %q", got)
	}
	if got := one.(*fyne.Container).Objects[1].(*widget.Label).Text; got != "first" {
		t.Errorf("the first row's caption says %q", got)
	}
}

func TestRowsPanicsNamingARowItDidNotMake(t *testing.T) {
	var rows widgets.Rows[pair]
	defer func() {
		r := recover()
		if s, _ := r.(string); !strings.Contains(s, "not a row made by this list") || !strings.Contains(s, "*widget.Label") {
			t.Errorf("recovered %v, want a message naming the stray row", r)
		}
	}()
	rows.Of(widget.NewLabel("stray"))
}
