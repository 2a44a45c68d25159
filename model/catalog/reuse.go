package catalog

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"coplan/model"
	"coplan/model/store"
)

// copyPrefix marks the title of a unit started from another.
const copyPrefix = "Copy of "

// CopyTitle returns the title of a unit started from one titled title:
// "Copy of Solar car challenge". A title already marked is not marked twice.
func CopyTitle(title string) string {
	title = strings.TrimSpace(title)
	switch {
	case title == "":
		return copyPrefix + "untitled unit"
	case strings.HasPrefix(title, copyPrefix):
		return title
	}
	return copyPrefix + title
}

// NewUnitFrom returns a new unit that starts from p: a deep copy with fresh
// ids, comments, approvals and revision history cleared, stamped now and
// titled as a copy. p is not changed.
func NewUnitFrom(p *model.Project, now time.Time) *model.Project {
	c := p.Clone()
	model.Reidentify(c, now)
	c.Title = CopyTitle(p.Title)
	return c
}

// CopyRubric returns the edit that adds a copy of the rubric rubricID of src
// to the end of dst's rubrics, as one undoable step. The copy has fresh ids
// for itself, its levels and criteria (descriptors and a criterion's own
// ratings and unused levels follow their levels), no
// approvals, and records where it came from (src's id and the rubric's id).
// A criterion keeps a link to an outcome only when dst has that outcome, by
// id or else by code; other links are dropped. A title dst already uses gets
// " (copy)". dst is only read: apply the edit to change it.
func CopyRubric(src *model.Project, rubricID string, dst *model.Project, now time.Time) (model.Edit, error) {
	from := src.Rubric(rubricID)
	if from == nil {
		return nil, fmt.Errorf("copy rubric: unit %q has no rubric with id %s", src.Title, rubricID)
	}
	now = now.UTC()
	r := model.Rubric{
		ID: model.NewID(), Updated: now, Title: freeTitle(from.Title, dst), Description: from.Description,
		Unscored: from.Unscored, CopiedFrom: model.CopiedFrom{File: src.ID, Rubric: from.ID},
	}
	levelIDs := make(map[string]string, len(from.Levels))
	for _, l := range from.Levels {
		levelIDs[l.ID] = model.NewID()
		r.Levels = append(r.Levels, model.Level{ID: levelIDs[l.ID], Updated: now, Label: l.Label, Points: l.Points})
	}
	outcomes := outcomeMap(src, dst)
	for _, c := range from.Criteria {
		x := model.Criterion{ID: model.NewID(), Updated: now, Title: c.Title, Description: c.Description, Weight: c.Weight, Range: c.Range,
			Labels: byLevel(c.Labels, levelIDs), Points: byLevel(c.Points, levelIDs)}
		for _, lid := range c.Unused {
			if nid, ok := levelIDs[lid]; ok {
				x.Unused = append(x.Unused, nid)
			}
		}
		for _, o := range c.Outcomes {
			if id, ok := outcomes[o]; ok && !slices.Contains(x.Outcomes, id) {
				x.Outcomes = append(x.Outcomes, id)
			}
		}
		if len(c.Descriptors) > 0 {
			x.Descriptors = make(map[string]string, len(c.Descriptors))
			for lid, text := range c.Descriptors {
				if nid, ok := levelIDs[lid]; ok {
					x.Descriptors[nid] = text
				}
			}
		}
		r.Criteria = append(r.Criteria, x)
	}
	return model.Batch(fmt.Sprintf("Copied rubric %q from %q", from.Title, src.Title), model.Add(r, "", -1)), nil
}

// byLevel rekeys a map keyed by level id to the copy's level ids, leaving
// out keys of levels the rubric does not have.
func byLevel[V any](m map[string]V, levelIDs map[string]string) map[string]V {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]V, len(m))
	for lid, v := range m {
		if nid, ok := levelIDs[lid]; ok {
			out[nid] = v
		}
	}
	return out
}

// outcomeMap maps the outcome ids of src to the outcomes of dst they match:
// the same id, or else the same code (ignoring case and accents).
func outcomeMap(src, dst *model.Project) map[string]string {
	byCode := make(map[string]string, len(dst.Outcomes))
	ids := make(map[string]bool, len(dst.Outcomes))
	for _, o := range dst.Outcomes {
		ids[o.ID] = true
		if k := Fold(strings.TrimSpace(o.Code)); k != "" {
			if _, taken := byCode[k]; !taken {
				byCode[k] = o.ID
			}
		}
	}
	m := make(map[string]string, len(src.Outcomes))
	for _, o := range src.Outcomes {
		if ids[o.ID] {
			m[o.ID] = o.ID
		} else if id, ok := byCode[Fold(strings.TrimSpace(o.Code))]; ok && o.Code != "" {
			m[o.ID] = id
		}
	}
	return m
}

// freeTitle returns title, or title with " (copy)" when dst has a rubric of that title.
func freeTitle(title string, dst *model.Project) string {
	for _, r := range dst.Rubrics {
		if Fold(r.Title) == Fold(title) {
			return title + " (copy)"
		}
	}
	return title
}

// UserTemplatesDir returns the folder of the user's own templates:
// "templates" in Coplan's data folder (store.DataDir, which
// $COPLAN_DATA_DIR overrides). The folder may not exist yet.
func UserTemplatesDir() (string, error) {
	dir, err := store.DataDir()
	if err != nil {
		return "", fmt.Errorf("find the templates folder: %w", err)
	}
	return filepath.Join(dir, "templates"), nil
}

// SaveAsTemplate writes a copy of p, with fresh ids and no comments,
// approvals or history, into the user's templates folder (created if need
// be) and returns the file's path. The file is named after the title, given
// or else p's, and never replaces a template already there. p is not changed.
func SaveAsTemplate(p *model.Project, title string, now time.Time) (string, error) {
	dir, err := UserTemplatesDir()
	if err != nil {
		return "", fmt.Errorf("save as template: %w", err)
	}
	return SaveTemplateIn(dir, p, title, now)
}

// SaveTemplateIn is SaveAsTemplate into the folder dir.
func SaveTemplateIn(dir string, p *model.Project, title string, now time.Time) (string, error) {
	t := p.Clone()
	model.Reidentify(t, now)
	if title = strings.TrimSpace(title); title != "" {
		t.Title = title
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("save as template: %w", err)
	}
	base := FileName(t.Title)
	for n := 1; ; n++ {
		name := base + store.Extension
		if n > 1 {
			name = base + "-" + strconv.Itoa(n) + store.Extension
		}
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); err == nil {
			continue
		} else if !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("save as template: %w", err)
		}
		if err := store.Save(path, t); err != nil {
			return "", fmt.Errorf("save as template: %w", err)
		}
		return path, nil
	}
}

// UserTemplates indexes the user's own templates, for the start screen to
// list; the index is empty while the folder does not exist.
func UserTemplates(ctx context.Context) (*Index, error) {
	dir, err := UserTemplatesDir()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(dir); errors.Is(err, os.ErrNotExist) {
		return &Index{Dir: dir}, nil
	}
	return (&Scanner{}).Scan(ctx, dir)
}
