package model_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

// version returns a copy of p with edits applied by a clock that starts at
// t0 plus offset and moves a minute per edit.
func version(t *testing.T, p *model.Project, offset time.Duration, edits ...model.Edit) *model.Project {
	t.Helper()
	d := model.NewDocument(p.Clone())
	now := t0.Add(offset)
	d.Now = func() time.Time { now = now.Add(time.Minute); return now }
	for _, e := range edits {
		mustApply(t, d, e)
	}
	return d.Project
}

const unitID = "9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001"

func TestMergeTakesEachSidesChangeAndReportsClashes(t *testing.T) {
	base := sample()
	base.Experts = append(base.Experts, model.Expert{ID: "e3", Updated: t0, Name: "Ana Lima", Roles: []string{"judge"}})
	base.Sessions[0].Experts = []string{"e1", "e3"}
	sess := func(p *model.Project) model.Session { return p.Sessions[0] }
	tests := []struct {
		name      string
		ours      []model.Edit // made an hour after t0
		theirs    []model.Edit // made two hours after t0: theirs is newer
		check     func(t *testing.T, m *model.Project)
		conflicts []model.Conflict
	}{
		{
			name:   "a field changed on one side only takes that change",
			ours:   []model.Edit{model.Set("s1", "title", "Kick-off")},
			theirs: []model.Edit{model.Set("s1", "minutes", 90), model.Set("c1", "descriptors.l2", "Repeats every test")},
			check: func(t *testing.T, m *model.Project) {
				if s := sess(m); s.Title != "Kick-off" || s.Minutes != 90 || m.Rubrics[0].Criteria[0].Descriptors["l2"] != "Repeats every test" {
					t.Errorf("session %+v, descriptors %v", s, m.Rubrics[0].Criteria[0].Descriptors)
				}
			},
		},
		{
			name:   "the same change on both sides is taken once",
			ours:   []model.Edit{model.Set("s1", "title", "Kick-off")},
			theirs: []model.Edit{model.Set("s1", "title", "Kick-off")},
			check: func(t *testing.T, m *model.Project) {
				if sess(m).Title != "Kick-off" {
					t.Errorf("title %q", sess(m).Title)
				}
			},
		},
		{
			name:   "different changes to one field conflict and the newer wins",
			ours:   []model.Edit{model.Set("s1", "title", "Kick-off")},
			theirs: []model.Edit{model.Set("s1", "title", "Launch day")},
			check: func(t *testing.T, m *model.Project) {
				if sess(m).Title != "Launch day" {
					t.Errorf("title %q, want the newer", sess(m).Title)
				}
			},
			conflicts: []model.Conflict{{EntityID: "s1", Kind: model.KindSession, Name: "Launch day", Field: "title", Ours: "Kick-off", Theirs: "Launch day", Resolution: model.Theirs}},
		},
		{
			name:   "the unit's own fields merge too",
			ours:   []model.Edit{model.Set(unitID, "unit.central_goal", "Race the car")},
			theirs: []model.Edit{model.Set(unitID, "unit.central_goal", "Build the car")},
			conflicts: []model.Conflict{{EntityID: unitID, Kind: model.KindUnit, Name: "Solar car challenge", Field: "unit.central_goal",
				Ours: "Race the car", Theirs: "Build the car", Resolution: model.Theirs}},
		},
		{
			name:   "descriptors of one criterion merge level by level",
			ours:   []model.Edit{model.Set("c1", "descriptors.l1", "Tests once, by eye")},
			theirs: []model.Edit{model.Set("c1", "descriptors.l2", "Repeats every test"), model.Set("c1", "title", "Fair testing")},
			check: func(t *testing.T, m *model.Project) {
				c := m.Rubrics[0].Criteria[0]
				want := map[string]string{"l1": "Tests once, by eye", "l2": "Repeats every test"}
				if !reflect.DeepEqual(c.Descriptors, want) || c.Title != "Fair testing" {
					t.Errorf("criterion %+v", c)
				}
			},
		},
		{
			name:   "an edit against a delete conflicts and the entity stays deleted",
			ours:   []model.Edit{model.Set("e3", "name", "Ana Lima-Costa")},
			theirs: []model.Edit{model.Delete("e3")},
			check: func(t *testing.T, m *model.Project) {
				if m.Expert("e3") != nil || !m.IsDeleted("e3") {
					t.Error("the deleted expert came back")
				}
				if !reflect.DeepEqual(sess(m).Experts, []string{"e1"}) {
					t.Errorf("session experts %v", sess(m).Experts)
				}
			},
			conflicts: []model.Conflict{{EntityID: "e3", Kind: model.KindExpert, Name: "Ana Lima-Costa", Resolution: model.Theirs,
				Ours: model.Expert{ID: "e3", Updated: t0.Add(time.Hour + time.Minute), Name: "Ana Lima-Costa", Roles: []string{"judge"}}}},
		},
		{
			name:   "a delete is clean where the other side left the entity alone, and unlinks it",
			ours:   []model.Edit{model.Set("s1", "experts", []string{"e1", "e3", "e2"})},
			theirs: []model.Edit{model.Delete("e3")},
			check: func(t *testing.T, m *model.Project) {
				if m.Expert("e3") != nil || !reflect.DeepEqual(sess(m).Experts, []string{"e1"}) {
					t.Errorf("expert kept, or session experts %v", sess(m).Experts)
				}
			},
			conflicts: []model.Conflict{{EntityID: "s1", Kind: model.KindSession, Name: "Launch", Field: "experts",
				Ours: []string{"e1", "e3", "e2"}, Theirs: []string{"e1"}, Resolution: model.Theirs}},
		},
		{
			name:   "links a new entity makes to an entity the other side deleted are removed",
			ours:   []model.Edit{model.Add(model.Session{ID: "s9", Title: "Judging", Lead: "e3", Experts: []string{"e3", "e1"}}, "", -1)},
			theirs: []model.Edit{model.Delete("e3")},
			check: func(t *testing.T, m *model.Project) {
				if s := m.Session("s9"); s == nil || s.Lead != "" || !reflect.DeepEqual(s.Experts, []string{"e1"}) {
					t.Errorf("new session %+v", s)
				}
			},
		},
		{
			name:   "a level edited on one side and deleted on the other",
			ours:   []model.Edit{model.Delete("l2")},
			theirs: []model.Edit{model.Set("l2", "label", "Outstanding")},
			check: func(t *testing.T, m *model.Project) {
				if len(m.Rubrics[0].Levels) != 1 || len(m.Rubrics[0].Criteria[0].Descriptors) != 1 {
					t.Errorf("rubric %+v", m.Rubrics[0])
				}
			},
			conflicts: []model.Conflict{{EntityID: "l2", Kind: model.KindLevel, Name: "Outstanding", Parent: "r1", Resolution: model.Ours,
				Theirs: model.Level{ID: "l2", Updated: t0.Add(2*time.Hour + time.Minute), Label: "Outstanding", Points: 2.5}}},
		},
		{
			name: "comments and approvals from both sides are all kept",
			ours: []model.Edit{model.AddComment(model.Comment{ID: "m2", Target: "s1", Author: "Léonie", Text: "Earlier?"})},
			theirs: []model.Edit{model.AddComment(model.Comment{ID: "m3", Target: "c1", Author: "Zoë", Text: "Clearer"}),
				model.Approve("r1", "Zoë", "partner", t0.Add(3*time.Hour)), model.ResolveComment("m1")},
			check: func(t *testing.T, m *model.Project) {
				var ids []string
				for _, c := range m.Comments {
					ids = append(ids, c.ID+"="+string(c.Status))
				}
				if strings.Join(ids, " ") != "m1=resolved m2=open m3=open" || len(m.Rubrics[0].Approvals) != 2 {
					t.Errorf("comments %v, approvals %v", ids, m.Rubrics[0].Approvals)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ours := version(t, base, time.Hour, tt.ours...)
			theirs := version(t, base, 2*time.Hour, tt.theirs...)
			m, conflicts := model.Merge(base, ours, theirs)
			if tt.check != nil {
				tt.check(t, m)
			}
			if !reflect.DeepEqual(conflicts, tt.conflicts) {
				t.Errorf("conflicts\n%#v\nwant\n%#v", conflicts, tt.conflicts)
			}
			if model.HasErrors(model.Validate(m)) {
				t.Errorf("the merged unit is broken: %v", model.Validate(m))
			}
		})
	}
}

func TestNewEntitiesFollowTheEntityTheyFollowedOnTheirSide(t *testing.T) {
	base := sample()
	base.Sessions = []model.Session{{ID: "a", Title: "A"}, {ID: "b", Title: "B"}, {ID: "c", Title: "C"}}
	ours := version(t, base, time.Hour, model.Add(model.Session{ID: "x", Title: "X"}, "", 1), model.Move("c", 0))
	theirs := version(t, base, 2*time.Hour, model.Add(model.Session{ID: "y", Title: "Y"}, "", 2), model.Add(model.Session{ID: "z", Title: "Z"}, "", 0))
	m, conflicts := model.Merge(base, ours, theirs)
	var got []string
	for _, s := range m.Sessions {
		got = append(got, s.ID)
	}
	// ours moved c first and put x after a; theirs put z first and y after b.
	if want := "z c a x b y"; strings.Join(got, " ") != want || conflicts != nil {
		t.Errorf("order %v, want %s; conflicts %v", got, want, conflicts)
	}
}

func TestMergeWithoutABaseLetsTheNewerEntityWinEveryDifference(t *testing.T) {
	base := sample()
	ours := version(t, base, time.Hour, model.Set("s1", "title", "Kick-off"), model.Set("c1", "title", "Fair testing"))
	theirs := version(t, base, 2*time.Hour, model.Set("s1", "minutes", 90), model.Add(model.Outcome{ID: "o2", Code: "AC9S9U06"}, "", -1))
	m, conflicts := model.Merge(nil, ours, theirs)
	s := m.Sessions[0]
	if s.Title != "Launch" || s.Minutes != 90 || m.Rubrics[0].Criteria[0].Title != "Fair testing" || m.Outcome("o2") == nil {
		t.Errorf("session %+v, criterion %q", s, m.Rubrics[0].Criteria[0].Title)
	}
	var got []string
	for _, c := range conflicts {
		got = append(got, c.EntityID+"."+c.Field+":"+string(c.Resolution))
	}
	if want := "s1.title:theirs s1.minutes:theirs c1.title:ours"; strings.Join(got, " ") != want {
		t.Errorf("conflicts %v, want %s", got, want)
	}
}

func TestApplyResolutionPicksTheOtherSideAsAnUndoableEdit(t *testing.T) {
	base := sample()
	ours := version(t, base, time.Hour, model.Set("s1", "title", "Kick-off"), model.Set("c1", "descriptors.l1", "Tests twice"), model.Set("e2", "name", "L. Rennie"))
	theirs := version(t, base, 2*time.Hour, model.Set("s1", "title", "Launch day"), model.Delete("l1"), model.Delete("e2"))
	m, conflicts := model.Merge(base, ours, theirs)
	if len(conflicts) != 3 {
		t.Fatalf("conflicts %v", conflicts)
	}
	d := model.NewDocument(m)
	for _, c := range conflicts {
		if e := model.ApplyResolution(c, c.Resolution); e != nil {
			t.Errorf("keeping the merged choice for %v is an edit", c)
		}
		e := model.ApplyResolution(c, c.Resolution.Other())
		if e == nil {
			t.Fatalf("no edit to take the other side of %v", c)
		}
		mustApply(t, d, e)
	}
	if d.Project.Sessions[0].Title != "Kick-off" || d.Project.Expert("e2") == nil || d.Project.IsDeleted("e2") {
		t.Errorf("after choosing ours: session %q, expert %v", d.Project.Sessions[0].Title, d.Project.Expert("e2"))
	}
	if got := d.Project.Rubrics[0].Criteria[0].Descriptors["l1"]; got != "Tests twice" {
		t.Errorf("descriptor %q", got)
	}
	for range conflicts {
		d.Undo()
	}
	if d.Project.Sessions[0].Title != "Launch day" || d.Project.Expert("e2") != nil {
		t.Error("undo did not restore the merged choices")
	}
}

func TestConflictStringNamesBothValues(t *testing.T) {
	tests := []struct {
		c    model.Conflict
		want string
	}{
		{model.Conflict{Kind: model.KindSession, Name: "Launch", Field: "title", Ours: "Kick-off", Theirs: "Launch day", Resolution: model.Theirs},
			`session "Launch": title: ours "Kick-off", theirs "Launch day"; kept theirs`},
		{model.Conflict{Kind: model.KindSession, Name: "Launch", Field: "experts", Ours: []string{"e1"}, Theirs: nil, Resolution: model.Ours},
			`session "Launch": experts: ours ["e1"], theirs (none); kept ours`},
		{model.Conflict{Kind: model.KindExpert, Name: "Ana", Ours: model.Expert{}, Resolution: model.Theirs},
			`expert "Ana": ours edited it, theirs deleted it; kept it deleted (theirs)`},
	}
	for _, tt := range tests {
		if got := tt.c.String(); got != tt.want {
			t.Errorf("got  %s\nwant %s", got, tt.want)
		}
	}
}

func TestEveryEntityStartsWithIDAndUpdated(t *testing.T) {
	// Merge reads ids and updated times by position.
	for _, v := range []any{model.Partner{}, model.Expert{}, model.Outcome{}, model.Session{}, model.Rubric{}, model.Level{},
		model.Criterion{}, model.Assessment{}, model.Responsibility{}, model.Comment{}} {
		typ := reflect.TypeOf(v)
		if typ.Field(0).Name != "ID" || typ.Field(1).Name != "Updated" {
			t.Errorf("%s does not start with ID and Updated", typ.Name())
		}
	}
}

func TestKeysFromANewerCoplanMergeAndResolveToo(t *testing.T) {
	base := sample()
	withColour := func(p *model.Project, colour string, at time.Time) *model.Project {
		p = p.Clone()
		p.Sessions[0].Extra = model.Extra{{Key: "colour", Value: colour}}
		p.Sessions[0].Updated = at
		return p
	}
	ours, theirs := withColour(base, "blue", t0.Add(time.Hour)), withColour(base, "green", t0.Add(2*time.Hour))
	m, conflicts := model.Merge(base, ours, theirs)
	if len(conflicts) != 1 || conflicts[0].Field != model.OtherKeys || conflicts[0].Resolution != model.Theirs {
		t.Fatalf("conflicts %v", conflicts)
	}
	d := model.NewDocument(m)
	mustApply(t, d, model.ApplyResolution(conflicts[0], model.Ours))
	if got := d.Project.Sessions[0].Extra; len(got) != 1 || got[0].Value != "blue" {
		t.Errorf("unknown keys %v after choosing ours", got)
	}
	d.Undo()
	if got := d.Project.Sessions[0].Extra; got[0].Value != "green" {
		t.Errorf("unknown keys %v after undo", got)
	}
}

func TestReplaceTakesInAMergeAsOneUndoableStep(t *testing.T) {
	d := newDoc()
	before := d.Project.Clone()
	theirs := version(t, sample(), 2*time.Hour, model.Set("s1", "title", "Launch day"), model.Delete("x1"))
	merged, _ := model.Merge(sample(), d.Project, theirs)
	if got := mustApply(t, d, model.Replace(merged, "Merged Zoë's changes")); got != "Merged Zoë's changes" {
		t.Errorf("summary %q", got)
	}
	if d.Project.Sessions[0].Title != "Launch day" || d.Project.Responsibilities != nil || !d.Dirty() {
		t.Errorf("after replace: %+v", d.Project.Sessions[0])
	}
	d.Undo()
	if diff := model.Diff(before, d.Project); diff != nil || len(d.Project.Responsibilities) != 1 {
		t.Errorf("undo left differences: %v", diff)
	}
	other := sample()
	other.ID = "another"
	if _, err := d.Apply(model.Replace(other, "x")); err == nil {
		t.Error("replaced the unit with another unit")
	}
}

func TestMergeWithoutABaseKeepsEveryEditOrAsksWhichToKeep(t *testing.T) {
	base := sample()
	ours := version(t, base, time.Hour,
		model.Set("e1", "email", "anh@solar.example"), // an entity only ours changed
		model.Set("s1", "title", "Kick-off"),          // one field of an entity both changed
		model.Set("p1", "name", "Helios"))             // a field both changed differently
	theirs := version(t, base, 2*time.Hour,
		model.Set("o1", "text", "Energy transfer and loss"),
		model.Set("s1", "minutes", 90),
		model.Set("p1", "name", "Helios Renewables"))
	m, conflicts := model.Merge(nil, ours, theirs)
	if m.Expert("e1").Email != "anh@solar.example" || m.Outcome("o1").Text != "Energy transfer and loss" {
		t.Errorf("an edit to an entity the other side left alone was lost: expert %+v, outcome %+v", m.Expert("e1"), m.Outcome("o1"))
	}
	byField := map[string]model.Conflict{}
	for _, c := range conflicts {
		byField[c.EntityID+"."+c.Field] = c
	}
	tests := []struct {
		field        string
		ours, theirs any
		unsure       bool
	}{
		{"e1.email", "anh@solar.example", "anh@example.com", false},
		{"o1.text", "Energy transfer", "Energy transfer and loss", false},
		{"s1.title", "Kick-off", "Launch", true},
		{"s1.minutes", 60, 90, true},
		{"p1.name", "Helios", "Helios Renewables", true},
	}
	d := model.NewDocument(m)
	for _, tt := range tests {
		c, ok := byField[tt.field]
		if !ok {
			t.Errorf("%s: no conflict reported", tt.field)
			continue
		}
		if c.Ours != tt.ours || c.Theirs != tt.theirs || c.Unsure != tt.unsure {
			t.Errorf("%s: ours %v, theirs %v, unsure %v; want %v, %v, %v", tt.field, c.Ours, c.Theirs, c.Unsure, tt.ours, tt.theirs, tt.unsure)
		}
		if !c.Unsure {
			if got := c.Value(c.Resolution); got != tt.ours && tt.field == "e1.email" || got != tt.theirs && tt.field == "o1.text" {
				t.Errorf("%s: kept %v, not the edit", tt.field, got)
			}
			continue
		}
		// A person who knows which side edited it keeps that value.
		keep := model.Ours
		if tt.field == "s1.minutes" {
			keep = model.Theirs
		}
		if e := model.ApplyResolution(c, keep); e != nil {
			mustApply(t, d, e)
		}
	}
	if s := d.Project.Sessions[0]; s.Title != "Kick-off" || s.Minutes != 90 {
		t.Errorf("after choosing: session %q, %d minutes; want both edits", s.Title, s.Minutes)
	}
	if len(conflicts) != len(tests) {
		t.Errorf("conflicts %v, want %d", conflicts, len(tests))
	}
}
