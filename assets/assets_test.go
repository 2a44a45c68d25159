package assets_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"coplan/assets"
	"coplan/model"
)

type unitCase struct {
	name string
	data []byte
	// title is the title the case claims for its unit ("" to skip the check).
	title string
	// minSessions and minRubrics are the least the unit must have.
	minSessions, minRubrics int
	// warnings lists the diagnostic fields a readiness warning may concern.
	warnings []string
}

func cases(t *testing.T) []unitCase {
	t.Helper()
	var out []unitCase
	for _, tm := range assets.Templates() {
		out = append(out, unitCase{
			name: tm.Name, data: tm.Data, title: tm.Title,
			minSessions: 5, minRubrics: 1,
			// Templates have roles to fill (no safety check yet) and no dates.
			warnings: []string{"date", "safety_check"},
		})
	}
	out = append(out, unitCase{
		name: assets.ExampleName, data: assets.Example(),
		minSessions: 8, minRubrics: 2,
		warnings: []string{"safety_check", "safety_check.expires"},
	})
	return out
}

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func TestUnits(t *testing.T) {
	for _, c := range cases(t) {
		t.Run(c.name, func(t *testing.T) {
			d, err := model.Decode(c.data)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			for _, w := range d.Warnings {
				t.Errorf("decode warning: %s", w)
			}
			p := d.Project
			diags := model.WithLines(model.Validate(p), d.Lines)
			if model.HasErrors(diags) {
				t.Errorf("validation errors:\n%s", list(diags))
			}
			for _, dg := range diags {
				if dg.Severity == model.Warning && !slices.Contains(c.warnings, dg.Field) {
					t.Errorf("unexpected warning: %s", dg)
				}
			}
			if got := model.Encode(p); !bytes.Equal(got, c.data) {
				t.Errorf("re-encoding changes the file; first difference at line %d", firstDiffLine(got, c.data))
			}
			if c.title != "" && c.title != p.Title {
				t.Errorf("Title = %q, file says %q", c.title, p.Title)
			}
			checkContent(t, p, c)
		})
	}
}

func checkContent(t *testing.T, p *model.Project, c unitCase) {
	t.Helper()
	u := p.Unit
	for field, v := range map[string]string{
		"real_world_problem": u.RealWorldProblem, "driving_question": u.DrivingQuestion, "central_goal": u.CentralGoal,
	} {
		if strings.TrimSpace(v) == "" {
			t.Errorf("unit.%s is empty", field)
		}
	}
	if len(u.YearLevels) == 0 || len(u.Subjects) == 0 {
		t.Errorf("unit has year levels %q and subjects %q; want both", u.YearLevels, u.Subjects)
	}
	for id := range p.Index() {
		if !uuidRE.MatchString(id) {
			t.Errorf("id %q is not a lowercase UUID", id)
		}
	}
	if len(p.Outcomes) < 4 {
		t.Errorf("%d outcomes; want at least 4", len(p.Outcomes))
	}
	for _, o := range p.Outcomes {
		if o.Code == "" || o.Text == "" || o.Updated.IsZero() {
			t.Errorf("outcome %q lacks a code, text or updated time", o.Code)
		}
	}

	if len(p.Sessions) < c.minSessions {
		t.Errorf("%d sessions; want at least %d", len(p.Sessions), c.minSessions)
	}
	kinds := map[string]bool{}
	for _, s := range p.Sessions {
		kinds[s.Engagement] = true
		if s.Minutes <= 0 || s.Location == "" || s.Lead == "" || len(s.Outcomes) == 0 || s.Notes == "" || s.Updated.IsZero() {
			t.Errorf("session %q lacks minutes, location, lead, outcomes, notes or updated time", s.Title)
		}
	}
	for _, e := range model.Engagements {
		if !kinds[e] {
			t.Errorf("no %s session", e)
		}
	}

	teacher := false
	for _, e := range p.Experts {
		if e.IsSchoolStaff() {
			if pt := p.Partner(e.Partner); pt != nil && pt.Kind == "school" {
				teacher = true
			}
		}
		if e.Expertise == "" || e.Updated.IsZero() {
			t.Errorf("expert %q lacks expertise or updated time", e.Name)
		}
	}
	if !teacher {
		t.Error("no teacher (roles = [\"teacher\"]) under a school partner")
	}

	checkRubrics(t, p, c.minRubrics)

	if len(p.Assessments) == 0 {
		t.Error("no assessments")
	}
	for _, a := range p.Assessments {
		if a.Rubric == "" || len(a.Outcomes) == 0 {
			t.Errorf("assessment %q is not linked to a rubric and outcomes", a.Title)
		}
	}

	parties := map[string]bool{}
	for i, r := range p.Responsibilities {
		parties[r.Party] = true
		if p.OwnerOf(&p.Responsibilities[i]).Name() == "" || r.Updated.IsZero() {
			t.Errorf("responsibility %q has no owner or updated time", r.Task)
		}
	}
	for _, party := range model.Parties {
		if !parties[party] {
			t.Errorf("no responsibility for party %q", party)
		}
	}
}

func checkRubrics(t *testing.T, p *model.Project, min int) {
	t.Helper()
	if len(p.Rubrics) < min {
		t.Errorf("%d rubrics; want at least %d", len(p.Rubrics), min)
	}
	big := false
	for _, r := range p.Rubrics {
		if len(r.Levels) >= 4 && len(r.Criteria) >= 4 {
			big = true
		}
		for _, c := range r.Criteria {
			if c.Weight <= 0 || len(c.Outcomes) == 0 {
				t.Errorf("criterion %q has no weight or outcomes", c.Title)
			}
			seen := map[string]bool{}
			for _, l := range r.Levels {
				d := c.Descriptors[l.ID]
				if len(strings.Fields(d)) < 8 || !strings.HasSuffix(d, ".") {
					t.Errorf("criterion %q, level %q: descriptor %q is not a full sentence", c.Title, l.Label, d)
				}
				if seen[d] {
					t.Errorf("criterion %q repeats the descriptor %q", c.Title, d)
				}
				seen[d] = true
			}
		}
	}
	if !big {
		t.Error("no rubric with at least 4 levels and 4 criteria")
	}
}

func TestExampleDetails(t *testing.T) {
	d, err := model.Decode(assets.Example())
	if err != nil {
		t.Fatal(err)
	}
	p := d.Project
	if p.Unit.Start.IsZero() || p.Unit.End.IsZero() {
		t.Error("the example has no unit dates")
	}
	for _, s := range p.Sessions {
		if s.Date.IsZero() || !s.Start.Set {
			t.Errorf("session %q has no date or start time", s.Title)
		}
	}
	fiveByFour := false
	for _, r := range p.Rubrics {
		if len(r.Criteria) >= 5 && len(r.Levels) >= 4 {
			fiveByFour = true
		}
	}
	if !fiveByFour {
		t.Error("no rubric of 5 criteria by 4 levels")
	}
	checks := 0
	for _, e := range p.Experts {
		if e.SafetyCheck.Kind != "" {
			checks++
		}
	}
	if checks < 2 {
		t.Errorf("%d experts have a safety check; want several", checks)
	}
	open, suggestion := 0, false
	for _, c := range p.Comments {
		if c.Status == model.StatusOpen && c.Author != "" && c.Role != "" && !c.At.IsZero() && c.Text != "" {
			open++
		}
		if c.Suggestion != "" && c.Field != "" {
			suggestion = true
		}
	}
	if open < 2 || !suggestion {
		t.Errorf("%d complete open comments, suggestion with field: %v; want 2 and true", open, suggestion)
	}
	expired := false
	for _, dg := range model.Validate(p) {
		if dg.Field == "safety_check.expires" {
			expired = true
		}
	}
	if !expired {
		t.Error("no expired safety check warning")
	}
	if !bytes.ContainsAny(assets.Example(), "ễāÓØë") {
		t.Error("the example has no non-ASCII names")
	}
}

func TestTemplateLookup(t *testing.T) {
	all := assets.Templates()
	if len(all) < 5 {
		t.Fatalf("%d templates; want 5", len(all))
	}
	names := map[string]bool{}
	for _, tm := range all {
		if names[tm.Name] {
			t.Errorf("template name %q is used twice", tm.Name)
		}
		names[tm.Name] = true
		if strings.TrimSpace(tm.Description) == "" || strings.Contains(tm.Description, "\n") {
			t.Errorf("template %q needs a one-line description", tm.Name)
		}
		if tm.Title == "" {
			t.Errorf("template %q has no title", tm.Name)
		}
		got, ok := assets.Template(tm.Name)
		if !ok || got.Name != tm.Name || !bytes.Equal(got.Data, tm.Data) {
			t.Errorf("Template(%q) = %q, %v", tm.Name, got.Name, ok)
		}
	}
	for _, bad := range []string{"", "no-such-template", "../example/solar-car-challenge", "co-designed-unit.coplan.toml"} {
		if _, ok := assets.Template(bad); ok {
			t.Errorf("Template(%q) found a template", bad)
		}
	}

	// Every file in templates/ is listed, and nothing else.
	paths, err := filepath.Glob(filepath.Join("templates", "*.coplan.toml"))
	if err != nil {
		t.Fatal(err)
	}
	var onDisk []string
	for _, p := range paths {
		onDisk = append(onDisk, strings.TrimSuffix(filepath.Base(p), ".coplan.toml"))
	}
	var listed []string
	for n := range names {
		listed = append(listed, n)
	}
	slices.Sort(onDisk)
	slices.Sort(listed)
	if !slices.Equal(onDisk, listed) {
		t.Errorf("templates on disk %q, listed %q", onDisk, listed)
	}
	if _, err := os.Stat(filepath.Join("example", assets.ExampleName)); err != nil {
		t.Errorf("ExampleName: %v", err)
	}
}

func TestDataIsACopy(t *testing.T) {
	tm, _ := assets.Template("co-designed-unit")
	want := bytes.Clone(tm.Data)
	tm.Data[0] = 'X'
	again, _ := assets.Template("co-designed-unit")
	if !bytes.Equal(again.Data, want) {
		t.Error("changing a template's Data changed the embedded file")
	}
	ex := assets.Example()
	ex[0] = 'X'
	if assets.Example()[0] == 'X' {
		t.Error("changing Example's result changed the embedded file")
	}
}

func list(ds []model.Diagnostic) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func firstDiffLine(a, b []byte) int {
	line := 1
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return line
		}
		if a[i] == '\n' {
			line++
		}
	}
	return line
}
