package model_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"coplan/model"
)

// newDoc wraps sample() in a Document whose clock moves a minute per edit.
func newDoc() *model.Document {
	d := model.NewDocument(sample())
	now := t0
	d.Now = func() time.Time { now = now.Add(time.Minute); return now }
	return d
}

func mustApply(t *testing.T, d *model.Document, e model.Edit) string {
	t.Helper()
	s, err := d.Apply(e)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSetChangesOneFieldAndUndoRestoresIt(t *testing.T) {
	tests := []struct {
		name  string
		id    string
		path  string
		value any
		read  func(p *model.Project) any
	}{
		{"unit title", "9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001", "title", "Wind farm", func(p *model.Project) any { return p.Title }},
		{"driving question", "9b2d8a34-3a43-4a4e-9a53-0d3f0f9a0001", "unit.driving_question", "Why?", func(p *model.Project) any { return p.Unit.DrivingQuestion }},
		{"session minutes", "s1", "minutes", 90, func(p *model.Project) any { return p.Sessions[0].Minutes }},
		{"session date from text", "s1", "date", "2027-02-10", func(p *model.Project) any { return p.Sessions[0].Date.String() }},
		{"session experts", "s1", "experts", []string{"e1", "e2"}, func(p *model.Project) any { return p.Sessions[0].Experts }},
		{"safety check expiry", "e1", "safety_check.expires", model.NewDate(2028, 1, 1), func(p *model.Project) any { return p.Experts[0].SafetyCheck.Expires.String() }},
		{"level points", "l1", "points", 1.5, func(p *model.Project) any { return p.Rubrics[0].Levels[0].Points }},
		{"descriptor", "c1", "descriptors.l1", "Tests twice", func(p *model.Project) any { return p.Rubrics[0].Criteria[0].Descriptors["l1"] }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc()
			before := tt.read(d.Project)
			mustApply(t, d, model.Set(tt.id, tt.path, tt.value))
			got := tt.read(d.Project)
			if reflect.DeepEqual(got, before) {
				t.Fatalf("value did not change from %v", before)
			}
			if !d.Dirty() {
				t.Error("document is not dirty after an edit")
			}
			if _, ok := d.Undo(); !ok {
				t.Fatal("nothing to undo")
			}
			if got := tt.read(d.Project); !reflect.DeepEqual(got, before) {
				t.Errorf("undo left %v, want %v", got, before)
			}
			if d.Dirty() {
				t.Error("document is dirty after undoing every edit")
			}
			d.Redo()
			if got2 := tt.read(d.Project); !reflect.DeepEqual(got2, got) {
				t.Errorf("redo gave %v, want %v", got2, got)
			}
		})
	}
}

func TestSetStampsTheEntityAndTheUnit(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.Set("s1", "title", "Kick-off"))
	s := d.Project.Sessions[0]
	if !s.Updated.After(t0) || !d.Project.Updated.Equal(s.Updated) {
		t.Errorf("session updated %v, unit updated %v", s.Updated, d.Project.Updated)
	}
	if !d.Project.Experts[0].Updated.Equal(t0) {
		t.Error("an untouched expert was stamped")
	}
}

func TestSetRefusesWhatDoesNotFit(t *testing.T) {
	tests := []struct {
		name, id, path string
		value          any
	}{
		{"unknown id", "nope", "title", "x"},
		{"unknown field", "s1", "colour", "x"},
		{"ids are not editable", "s1", "id", "x"},
		{"text into a number", "s1", "minutes", "ninety"},
		{"bad date", "s1", "date", "tomorrow"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc()
			before := string(model.Encode(d.Project))
			if _, err := d.Apply(model.Set(tt.id, tt.path, tt.value)); err == nil {
				t.Fatal("no error")
			}
			if string(model.Encode(d.Project)) != before || d.Dirty() {
				t.Error("a refused edit changed the document")
			}
		})
	}
}

func TestQuickTypingInOneFieldUndoesAsOneStep(t *testing.T) {
	d := model.NewDocument(sample())
	now := t0
	d.Now = func() time.Time { return now }
	for _, text := range []string{"S", "So", "Sol"} {
		now = now.Add(300 * time.Millisecond)
		mustApply(t, d, model.Set("s1", "title", text))
	}
	now = now.Add(10 * time.Second)
	mustApply(t, d, model.Set("s1", "title", "Solar"))
	d.Undo()
	if got := d.Project.Sessions[0].Title; got != "Sol" {
		t.Errorf("first undo gave %q, want %q", got, "Sol")
	}
	d.Undo()
	if got := d.Project.Sessions[0].Title; got != "Launch" {
		t.Errorf("second undo gave %q, want %q", got, "Launch")
	}
	if _, ok := d.CanUndo(); ok {
		t.Error("more undo steps than bursts of typing")
	}
}

func TestAddInsertsAtAPositionAndUndoLeavesATombstone(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.Add(model.Session{ID: "s0", Title: "Warm-up"}, "", 0))
	if got := d.Project.Sessions[0].Title; got != "Warm-up" || len(d.Project.Sessions) != 2 {
		t.Fatalf("sessions: %+v", d.Project.Sessions)
	}
	if d.Project.Sessions[0].Updated.IsZero() {
		t.Error("added session is not stamped")
	}
	d.Undo()
	if len(d.Project.Sessions) != 1 || !d.Project.IsDeleted("s0") {
		t.Errorf("undo of add: sessions %d, tombstone %v", len(d.Project.Sessions), d.Project.IsDeleted("s0"))
	}
	d.Redo()
	if len(d.Project.Sessions) != 2 || d.Project.IsDeleted("s0") {
		t.Errorf("redo of add: sessions %d, tombstone %v", len(d.Project.Sessions), d.Project.IsDeleted("s0"))
	}
}

func TestAddGivesAnIDAndRefusesADuplicate(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.Add(model.Level{Label: "Extending", Points: 4}, "r1", -1))
	levels := d.Project.Rubrics[0].Levels
	if len(levels) != 3 || levels[2].ID == "" || levels[2].Label != "Extending" {
		t.Fatalf("levels: %+v", levels)
	}
	if _, err := d.Apply(model.Add(model.Outcome{ID: "s1"}, "", -1)); err == nil {
		t.Error("added an outcome with a session's id")
	}
	if _, err := d.Apply(model.Add(model.Level{}, "no-such-rubric", -1)); err == nil {
		t.Error("added a level to a rubric that does not exist")
	}
}

func TestDeleteUnlinksEverywhereAndUndoRestoresEverything(t *testing.T) {
	tests := []struct {
		name, id    string
		wantSummary string
		check       func(p *model.Project) string
	}{
		{"expert booked on a session", "e1", `Deleted expert "Nguyễn Thị Ánh" and removed it from 1 session`, func(p *model.Project) string {
			if len(p.Sessions[0].Experts) != 0 {
				return "session still names the expert"
			}
			return ""
		}},
		{"expert leading a session", "e2", "1 session", func(p *model.Project) string {
			if p.Sessions[0].Lead != "" {
				return "session still led by the deleted expert"
			}
			return ""
		}},
		{"partner of an expert", "p1", "1 expert", func(p *model.Project) string {
			if p.Experts[0].Partner != "" {
				return "expert still names the partner"
			}
			return ""
		}},
		{"outcome", "o1", "1 session, 1 criterion, 1 assessment", func(p *model.Project) string {
			if p.Sessions[0].Outcomes != nil || p.Rubrics[0].Criteria[0].Outcomes != nil || p.Assessments[0].Outcomes != nil {
				return "outcome still linked"
			}
			return ""
		}},
		{"rubric used by an assessment", "r1", "1 assessment", func(p *model.Project) string {
			if p.Assessments[0].Rubric != "" || len(p.Rubrics) != 0 {
				return "rubric still there or linked"
			}
			return ""
		}},
		{"level with descriptors", "l1", `Deleted level "Beginning"`, func(p *model.Project) string {
			if _, ok := p.Rubrics[0].Criteria[0].Descriptors["l1"]; ok {
				return "descriptor of the deleted level kept"
			}
			return ""
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDoc()
			before := sample()
			summary := mustApply(t, d, model.Delete(tt.id))
			if !strings.Contains(summary, tt.wantSummary) {
				t.Errorf("summary %q does not say %q", summary, tt.wantSummary)
			}
			if problem := tt.check(d.Project); problem != "" {
				t.Error(problem)
			}
			if !d.Project.IsDeleted(tt.id) {
				t.Error("no tombstone")
			}
			if diags := model.Validate(d.Project); model.HasErrors(diags) {
				t.Errorf("delete left broken links: %v", diags)
			}
			d.Undo()
			if d.Project.IsDeleted(tt.id) {
				t.Error("tombstone kept after undo")
			}
			// Everything but the updated stamps is as it was.
			got, want := d.Project.Clone(), before
			clearStamps(got)
			clearStamps(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("undo did not restore the document:\n%s\nwant\n%s", model.Encode(got), model.Encode(want))
			}
		})
	}
}

func clearStamps(p *model.Project) {
	p.Updated = time.Time{}
	for i := range p.Sessions {
		p.Sessions[i].Updated = time.Time{}
	}
	for i := range p.Experts {
		p.Experts[i].Updated = time.Time{}
	}
	for i := range p.Rubrics {
		for j := range p.Rubrics[i].Criteria {
			p.Rubrics[i].Criteria[j].Updated = time.Time{}
		}
	}
	for i := range p.Assessments {
		p.Assessments[i].Updated = time.Time{}
	}
}

func TestMoveReordersAndUndoPutsBack(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.Add(model.Session{ID: "s2", Title: "Two"}, "", -1))
	mustApply(t, d, model.Add(model.Session{ID: "s3", Title: "Three"}, "", -1))
	mustApply(t, d, model.Move("s3", 0))
	titles := func() string {
		var out []string
		for _, s := range d.Project.Sessions {
			out = append(out, s.Title)
		}
		return strings.Join(out, ",")
	}
	if got := titles(); got != "Three,Launch,Two" {
		t.Errorf("after move: %s", got)
	}
	d.Undo()
	if got := titles(); got != "Launch,Two,Three" {
		t.Errorf("after undo: %s", got)
	}
}

func TestBatchIsAllOrNothing(t *testing.T) {
	d := newDoc()
	before := string(model.Encode(d.Project))
	_, err := d.Apply(model.Batch("Rename", model.Set("s1", "title", "New"), model.Set("nope", "title", "x")))
	if err == nil {
		t.Fatal("batch with a bad edit succeeded")
	}
	if string(model.Encode(d.Project)) != before {
		t.Error("a failed batch left part of its changes")
	}
	mustApply(t, d, model.Batch("Rename both", model.Set("s1", "title", "A"), model.Set("r1", "title", "B")))
	if label, _ := d.CanUndo(); label != "Rename both" {
		t.Errorf("undo label %q", label)
	}
	d.Undo()
	if d.Project.Sessions[0].Title != "Launch" || d.Project.Rubrics[0].Title != "Design report" {
		t.Error("undoing a batch did not undo all of it")
	}
}

func TestSavedMarkFollowsUndoAndRedo(t *testing.T) {
	d := newDoc()
	mustApply(t, d, model.Set("s1", "title", "A"))
	d.MarkSaved()
	if d.Dirty() {
		t.Fatal("dirty right after save")
	}
	mustApply(t, d, model.Set("r1", "title", "B"))
	if !d.Dirty() {
		t.Fatal("not dirty after an edit")
	}
	d.Undo()
	if d.Dirty() {
		t.Error("dirty after undoing back to the saved state")
	}
	d.Undo()
	if !d.Dirty() {
		t.Error("not dirty after undoing past the saved state")
	}
}

func TestListenersHearWhatChanged(t *testing.T) {
	d := newDoc()
	var got []model.Change
	d.OnChange(func(c model.Change) { got = append(got, c) })
	mustApply(t, d, model.Set("s1", "title", "A"))
	mustApply(t, d, model.Delete("e1"))
	d.Undo()
	if len(got) != 3 {
		t.Fatalf("got %d changes", len(got))
	}
	if got[0].Structural || got[0].IDs[0] != "s1" {
		t.Errorf("set: %+v", got[0])
	}
	if !got[1].Structural || !strings.Contains(got[1].Summary, "Deleted expert") {
		t.Errorf("delete: %+v", got[1])
	}
	if !strings.HasPrefix(got[2].Summary, "Undid: deleted expert") {
		t.Errorf("undo: %+v", got[2])
	}
}

func TestReidentifyGivesFreshIDsAndKeepsLinks(t *testing.T) {
	p := sample()
	model.Reidentify(p, t0)
	if p.ID == sample().ID || p.Sessions[0].ID == "s1" {
		t.Fatal("ids kept")
	}
	if p.Sessions[0].Lead != p.Experts[1].ID || p.Sessions[0].Experts[0] != p.Experts[0].ID {
		t.Error("session links do not follow the experts' new ids")
	}
	c := p.Rubrics[0].Criteria[0]
	if c.Descriptors[p.Rubrics[0].Levels[0].ID] != "Tests once" {
		t.Error("descriptors do not follow the levels' new ids")
	}
	if p.Comments != nil || p.Rubrics[0].Approvals != nil || p.Deleted != nil {
		t.Error("comments, approvals or tombstones kept")
	}
	if diags := model.Validate(p); model.HasErrors(diags) {
		t.Errorf("reidentified unit has errors: %v", diags)
	}
}
