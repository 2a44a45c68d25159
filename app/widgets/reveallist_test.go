package widgets_test

import (
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
)

// numbers is a RevealList of n labels showing "item i" and counting how
// often each item was filled.
func numbers(n int, names *[]string, fills map[int]int) *widgets.RevealList {
	return widgets.NewRevealList(func() int { return n },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			fills[i]++
			o.(*widget.Label).SetText((*names)[i])
		})
}

func TestRevealListScrollsToAnItemRevealedBeforeLayout(t *testing.T) {
	test.NewTempApp(t)
	var names []string
	for i := range 100 {
		names = append(names, "item "+strconv.Itoa(i))
	}
	l := numbers(100, &names, map[int]int{})
	l.Reveal(80)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(200, 200))
	if l.GetScrollOffset() <= 0 {
		t.Fatalf("item 80 was revealed before layout but the list stayed at the top")
	}
	var shown bool
	for _, o := range test.LaidOutObjects(l) {
		if lb, ok := o.(*widget.Label); ok && lb.Text == "item 80" && lb.Visible() {
			shown = true
		}
	}
	if !shown {
		t.Errorf("no visible row shows item 80")
	}
}

func TestRevealListRefreshRowFillsThatRowAlone(t *testing.T) {
	test.NewTempApp(t)
	names := []string{"a", "b", "c"}
	fills := map[int]int{}
	l := numbers(3, &names, fills)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(200, 300))
	test.LaidOutObjects(l)
	clear(fills)
	names[1] = "B"
	l.RefreshRow(1)
	if fills[0] != 0 || fills[2] != 0 || fills[1] != 1 {
		t.Errorf("RefreshRow(1) filled %v, want item 1 once", fills)
	}
	found := false
	for _, o := range test.LaidOutObjects(l) {
		if lb, ok := o.(*widget.Label); ok && lb.Text == "B" {
			found = true
		}
	}
	if !found {
		t.Errorf("the row of item 1 does not show its new text")
	}
	clear(fills)
	l.RefreshRow(99)
	if len(fills) != 0 {
		t.Errorf("refreshing an item not on screen filled %v", fills)
	}
}
