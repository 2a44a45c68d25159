package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens the chosen file for writing (os.Create, which
// empties an existing file) before it hands the writer to its callback. Save
// As only wants the chosen path: it closes that writer unused and saves with
// store.Save, which writes a temporary file and renames it over the old one,
// so that a failed save leaves the old file as it was. For that to hold, the
// writer must not empty the file on opening. installNonTruncatingFiles wraps
// the "file" storage repository so that a writer opens (and truncates) its
// file only on its first Write: closed unused, it leaves the file untouched.
//
// The alternatives were worse: a folder dialog plus a name entry is not the
// save dialog people know, and copying the file aside inside the callback is
// too late, since the dialog has already emptied it.

// installNonTruncatingFiles wraps the registered "file" repository, once.
func installNonTruncatingFiles() {
	inner, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := inner.(*lazyFiles); done {
		return
	}
	repository.Register("file", &lazyFiles{inner: inner})
}

// lazyFiles passes every call to the file repository it wraps, except that
// its writers open the file on first write.
type lazyFiles struct{ inner repository.Repository }

var (
	_ repository.WritableRepository     = (*lazyFiles)(nil)
	_ repository.AppendableRepository   = (*lazyFiles)(nil)
	_ repository.HierarchicalRepository = (*lazyFiles)(nil)
	_ repository.ListableRepository     = (*lazyFiles)(nil)
	_ repository.CopyableRepository     = (*lazyFiles)(nil)
	_ repository.MovableRepository      = (*lazyFiles)(nil)
	_ repository.DeleteAllRepository    = (*lazyFiles)(nil)
)

// Writer returns a writer that opens u, emptying it, only when first written to.
func (r *lazyFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	w, ok := r.inner.(repository.WritableRepository)
	if !ok {
		return nil, repository.ErrOperationNotSupported
	}
	return &lazyWriter{uri: u, open: w.Writer}, nil
}

// lazyWriter opens its file on the first Write.
type lazyWriter struct {
	uri  fyne.URI
	open func(fyne.URI) (fyne.URIWriteCloser, error)
	w    fyne.URIWriteCloser
}

func (l *lazyWriter) URI() fyne.URI { return l.uri }

func (l *lazyWriter) Write(p []byte) (int, error) {
	if l.w == nil {
		w, err := l.open(l.uri)
		if err != nil {
			return 0, err
		}
		l.w = w
	}
	return l.w.Write(p)
}

func (l *lazyWriter) Close() error {
	if l.w == nil {
		return nil
	}
	return l.w.Close()
}

func (r *lazyFiles) Exists(u fyne.URI) (bool, error)               { return r.inner.Exists(u) }
func (r *lazyFiles) Reader(u fyne.URI) (fyne.URIReadCloser, error) { return r.inner.Reader(u) }
func (r *lazyFiles) CanRead(u fyne.URI) (bool, error)              { return r.inner.CanRead(u) }
func (r *lazyFiles) Destroy(scheme string)                         { r.inner.Destroy(scheme) }

func (r *lazyFiles) CanWrite(u fyne.URI) (bool, error) {
	if w, ok := r.inner.(repository.WritableRepository); ok {
		return w.CanWrite(u)
	}
	return false, repository.ErrOperationNotSupported
}

func (r *lazyFiles) Delete(u fyne.URI) error {
	if w, ok := r.inner.(repository.WritableRepository); ok {
		return w.Delete(u)
	}
	return repository.ErrOperationNotSupported
}

func (r *lazyFiles) DeleteAll(u fyne.URI) error {
	if w, ok := r.inner.(repository.DeleteAllRepository); ok {
		return w.DeleteAll(u)
	}
	return repository.ErrOperationNotSupported
}

func (r *lazyFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if w, ok := r.inner.(repository.AppendableRepository); ok {
		return w.Appender(u)
	}
	return nil, repository.ErrOperationNotSupported
}

func (r *lazyFiles) Parent(u fyne.URI) (fyne.URI, error) {
	if h, ok := r.inner.(repository.HierarchicalRepository); ok {
		return h.Parent(u)
	}
	return repository.GenericParent(u)
}

func (r *lazyFiles) Child(u fyne.URI, name string) (fyne.URI, error) {
	if h, ok := r.inner.(repository.HierarchicalRepository); ok {
		return h.Child(u, name)
	}
	return repository.GenericChild(u, name)
}

func (r *lazyFiles) CanList(u fyne.URI) (bool, error) {
	if l, ok := r.inner.(repository.ListableRepository); ok {
		return l.CanList(u)
	}
	return false, nil
}

func (r *lazyFiles) List(u fyne.URI) ([]fyne.URI, error) {
	if l, ok := r.inner.(repository.ListableRepository); ok {
		return l.List(u)
	}
	return nil, repository.ErrOperationNotSupported
}

func (r *lazyFiles) CreateListable(u fyne.URI) error {
	if l, ok := r.inner.(repository.ListableRepository); ok {
		return l.CreateListable(u)
	}
	return repository.ErrOperationNotSupported
}

func (r *lazyFiles) Copy(src, dst fyne.URI) error {
	if c, ok := r.inner.(repository.CopyableRepository); ok {
		return c.Copy(src, dst)
	}
	return repository.GenericCopy(src, dst)
}

func (r *lazyFiles) Move(src, dst fyne.URI) error {
	if m, ok := r.inner.(repository.MovableRepository); ok {
		return m.Move(src, dst)
	}
	return repository.GenericMove(src, dst)
}
