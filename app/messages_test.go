package app

import (
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/widget"

	"coplan/assets"
	"coplan/model"
	"coplan/model/catalog"
	"coplan/model/store"
)

// hexID matches an id, whole or cut short: 8 hex digits standing alone or
// starting a uuid.
var hexID = regexp.MustCompile(`\b[0-9a-f]{8}(\b|-[0-9a-f]{4})`)

// leaks lists what a person should never read in msg: a file key of the
// schema with a dot or an underscore in it (or a per-level key such as
// "descriptors.…"), an id of the unit or anything shaped like one, or a role
// as the file writes it ("project-consultant").
func leaks(msg string, p *model.Project) []string {
	var out []string
	for _, k := range model.Kinds() {
		for _, path := range model.FieldPaths(k.Kind) {
			if strings.ContainsAny(path, "._") && strings.Contains(msg, path) {
				out = append(out, "file key "+path)
			}
		}
	}
	if m := levelKey.FindString(msg); m != "" {
		out = append(out, "file key "+m)
	}
	if m := hexID.FindString(msg); m != "" {
		out = append(out, "id "+m)
	}
	for _, id := range longIDs(p) {
		if strings.Contains(msg, id) {
			out = append(out, "id "+id)
		}
	}
	for _, r := range model.Roles {
		if strings.Contains(r, "-") && strings.Contains(msg, r) {
			out = append(out, "role "+r)
		}
	}
	return out
}

// levelKey matches the start of a per-level file key, such as
// "descriptors.…", built from the schema's links keyed by level ids.
var levelKey = func() *regexp.Regexp {
	var fields []string
	for _, l := range model.Links() {
		if l.Shape == model.LinkKeys {
			fields = append(fields, regexp.QuoteMeta(l.Field))
		}
	}
	return regexp.MustCompile(`\b(` + strings.Join(fields, "|") + `)\.\S`)
}()

// longIDs lists the ids of p's entities that are long enough to find in a
// message without matching ordinary words.
func longIDs(p *model.Project) []string {
	var out []string
	for id := range p.Index() {
		if len(id) >= 8 {
			out = append(out, id)
		}
	}
	return out
}

// levelKeyed reports whether the field of kind is a map keyed by level ids.
func levelKeyed(kind model.Kind, field string) bool {
	for _, l := range model.Links() {
		if l.From == kind && l.Field == field && l.Shape == model.LinkKeys && l.To == model.KindLevel {
			return true
		}
	}
	return false
}

// withJudging adds a score and a feedback to a unit with a judging round,
// so that every kind of the schema has an entity to edit.
func withJudging(t *testing.T, p *model.Project) {
	t.Helper()
	if len(p.Rounds) == 0 || len(p.Assignments) == 0 {
		t.Fatal("the unit has no judging round with assignments")
	}
	a, r := p.Assignments[0], p.Rubric(p.Rounds[0].Rubric)
	d := model.NewDocument(p)
	for _, ed := range []model.Edit{
		model.ScoreEdit(p, model.Score{Round: a.Round, Judge: a.Judge, Team: a.Team, Criterion: r.Criteria[0].ID, Level: r.Levels[0].ID}),
		model.FeedbackEdit(p, model.Feedback{Round: a.Round, Judge: a.Judge, Team: a.Team, Strengths: "Clear plan"}),
	} {
		if _, err := d.Apply(ed); err != nil {
			t.Fatal(err)
		}
	}
}

func TestUndoAndRedoOfEveryFieldSayWhatChangedInTheWordsOnScreen(t *testing.T) {
	judged, ok := assets.Template("judged-competition")
	if !ok {
		t.Fatal("no judged-competition template")
	}
	edited := map[model.Kind]bool{}
	for _, src := range []struct {
		name string
		data []byte
	}{{"the example", assets.Example()}, {"the judged competition", judged.Data}} {
		t.Run(src.name, func(t *testing.T) {
			d, err := model.Decode(src.data)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Project.Rounds) > 0 {
				withJudging(t, d.Project)
			}
			c := newTestApp(t)
			openUnit(t, c, d.Project)
			c.schedule = func(time.Duration, func()) func() { return func() {} } // Readiness is not what is tested
			e := c.ed
			p := e.doc.Project
			index := p.Index()
			told := map[string]bool{}
			check := func(did string) {
				t.Helper()
				msg := e.status.Text
				if msg == "" {
					t.Errorf("%s: no message", did)
				}
				if told[msg] {
					return
				}
				told[msg] = true
				if bad := leaks(msg, p); len(bad) > 0 {
					t.Errorf("%s: the status %q shows %s", did, msg, strings.Join(bad, ", "))
				}
			}
			for _, id := range slices.Sorted(maps.Keys(index)) {
				ref := index[id]
				if edited[ref.Kind] { // one of each kind, in either unit
					continue
				}
				edited[ref.Kind] = true
				for _, path := range model.FieldPaths(ref.Kind) {
					if levelKeyed(ref.Kind, path) {
						path += "." + p.Rubric(ref.Parent).Levels[0].ID
					}
					v, err := p.Field(id, path)
					if err != nil {
						t.Errorf("%s %s: %v", ref.Describe(), path, err)
						continue
					}
					if !e.apply(model.Set(id, path, v)) {
						t.Errorf("%s %s: %s", ref.Describe(), path, e.status.Text)
						continue
					}
					e.undo()
					if !strings.HasPrefix(e.status.Text, "Undid: changed ") {
						t.Errorf("undo of %s %s says %q", ref.Describe(), path, e.status.Text)
					}
					check("undo of " + path)
					e.redo()
					check("redo of " + path)
				}
				if ref.Kind == model.KindUnit {
					continue
				}
				for _, ed := range []model.Edit{model.Move(id, 0), model.Delete(id)} {
					if !e.apply(ed) {
						t.Errorf("%s: %s", ref.Describe(), e.status.Text)
						continue
					}
					check("an edit of " + ref.Describe())
					e.undo()
					check("undo of an edit of " + ref.Describe())
					e.redo()
					check("redo of an edit of " + ref.Describe())
					e.undo()
				}
			}
		})
	}
	for _, k := range model.Kinds() {
		if !edited[k.Kind] {
			t.Errorf("no unit had a %s to edit", k.Kind)
		}
	}
}

func TestTheRecoveryOfferListsChangesInTheWordsOnScreen(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	d, err := model.Decode(assets.Example())
	if err != nil {
		t.Fatal(err)
	}
	c := newTestApp(t)
	openUnit(t, c, d.Project)
	p := c.Document().Project
	r := p.Rubrics[0]
	x := p.Experts[0]
	for _, ed := range []model.Edit{
		model.Set(p.ID, "unit.year_levels", []string{"7", "8"}),
		model.Set(p.ID, "unit.end", "2027-12-01"),
		model.Set(r.Criteria[0].ID, "descriptors."+r.Levels[1].ID, "Measures twice."),
		model.Set(x.ID, "roles", []string{model.RoleConsultant, model.RoleFieldTripHost}),
		model.Set(x.ID, "safety_check.expires", "2030-01-31"),
	} {
		if !c.ed.apply(ed) {
			t.Fatal(c.ed.status.Text)
		}
	}
	c.ed.share.autosave(true)

	next := newTestApp(t)
	next.Start(nil)
	msg := overlayText(next)
	for _, want := range []string{
		"• Changed Year levels of the unit",
		"• Changed Ends of the unit",
		`• Changed Descriptor at level "` + r.Levels[1].Label + `" of criterion "` + r.Criteria[0].Title + `" in rubric "` + r.Title + `"`,
		`• Changed Roles of expert "` + x.Name + `"`,
		`• Changed Safety check expires of expert "` + x.Name + `"`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the offer lacks %q:\n%s", want, msg)
		}
	}
	if bad := leaks(msg, p); len(bad) > 0 {
		t.Errorf("the offer shows %s:\n%s", strings.Join(bad, ", "), msg)
	}
}

func TestLockMessagesAreSentences(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	c := newTestApp(t)
	path := openUnit(t, c, unit(t, "Bridges"))
	lockedBy(t, path, "Raj Patel")
	l, err := store.ReadLock(path)
	if err != nil || l == nil {
		t.Fatal(err)
	}
	since := l.Since.Local().Format("15:04")
	c.ed.share.tick()
	taken := c.ed.status.Text
	if want := "Raj Patel opened this unit too, on laptop-7 at " + since + ". If you both save, Coplan merges your changes."; taken != want {
		t.Errorf("taken over: %q, want %q", taken, want)
	}
	c.cmdClose()

	lockedBy(t, path, "Raj Patel")
	other := newTestApp(t)
	other.Start([]string{path})
	msg := overlayText(other)
	if want := "Raj Patel has this unit open in Coplan on laptop-7 since " + since + ".\n\nOpen Read-Only to look without saving."; !strings.Contains(msg, want) {
		t.Errorf("the prompt says %q, want it to start %q", msg, want)
	}
	for _, m := range []string{taken, msg} {
		if strings.Contains(m, "Open in") || strings.Contains(m, "'s Coplan") {
			t.Errorf("the old wording is back: %q", m)
		}
	}
}

func TestRolesReadAsWordsInTheLibraryAndPeople(t *testing.T) {
	d, err := model.Decode(assets.Example())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := store.Save(filepath.Join(dir, assets.ExampleName), d.Project); err != nil {
		t.Fatal(err)
	}
	v := openLibrary(t, newTestApp(t), dir).preview
	v.show(catalog.NewEntry(d.Project, 0))
	var text []string
	for _, o := range v.box.Objects {
		if l, ok := o.(*widget.Label); ok {
			text = append(text, l.Text)
		}
	}
	var experts []string
	for _, x := range d.Project.Experts {
		experts = append(experts, rolesLabel(x.Roles))
	}
	for what, s := range map[string]string{"the Library's preview": strings.Join(text, "\n"), "the People section": strings.Join(experts, "\n")} {
		if !strings.Contains(s, "Project consultant") {
			t.Errorf("%s does not name the project consultant role:\n%s", what, s)
		}
		if bad := leaks(s, d.Project); len(bad) > 0 {
			t.Errorf("%s shows %s:\n%s", what, strings.Join(bad, ", "), s)
		}
	}
}
