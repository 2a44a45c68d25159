package widgets

import (
	"fmt"

	"fyne.io/fyne/v2"
)

// Rows remembers, for each row a list or table creates, the struct T that
// holds the row's widgets by name. Filling a row then reaches its widgets
// through that struct rather than by casting children of nested containers
// by position, which a change of layout would silently break.
//
// The zero Rows is ready to use. A Rows belongs to one list or table.
type Rows[T any] struct {
	of map[fyne.CanvasObject]*T
}

// Add remembers parts as the widgets of row and returns row, for a list's
// CreateItem.
func (r *Rows[T]) Add(parts *T, row fyne.CanvasObject) fyne.CanvasObject {
	if r.of == nil {
		r.of = map[fyne.CanvasObject]*T{}
	}
	r.of[row] = parts
	return row
}

// Of returns the widgets of row. A row that Add did not make is a
// programming error, and Of panics naming it.
func (r *Rows[T]) Of(row fyne.CanvasObject) *T {
	parts, ok := r.of[row]
	if !ok {
		var zero T
		panic(fmt.Sprintf("widgets.Rows[%T]: %T is not a row made by this list", zero, row))
	}
	return parts
}

// Each calls fn with the widgets of every row made so far, shown or kept for
// reuse.
func (r *Rows[T]) Each(fn func(*T)) {
	for _, parts := range r.of {
		fn(parts)
	}
}
