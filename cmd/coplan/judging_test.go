package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"coplan/model"
	"coplan/model/modeltest"
	"coplan/model/store"
)

// pdfText returns the text of a PDF file through pdftotext.
func pdfText(t *testing.T, path string) string {
	t.Helper()
	return strings.Join(strings.Fields(modeltest.Poppler(t, "pdftotext", path, "-")), " ")
}

func openUnit(t *testing.T, path string) *model.Project {
	t.Helper()
	l, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return l.Project
}

// TestJudgingFromSplitToResults runs a whole event: assign, one copy per
// judge scored through import-scores, every copy merged back without a
// conflict, and results checked against a count made here from the sheets.
func TestJudgingFromSplitToResults(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir()) // one revision history for split and merge
	p := modeltest.Judged(8, 5, 3, 3)
	unit := writeUnit(t, p)
	dir := filepath.Dir(unit)
	if r := coplan(t, dir, "judging", "assign", unit); r.code != 0 {
		t.Fatalf("assign: %d %s", r.code, r.stderr)
	}
	copies := filepath.Join(dir, "copies")
	r := coplan(t, dir, "judging", "split", "-o", copies, unit)
	if r.code != 0 {
		t.Fatalf("split: %s", r.stderr)
	}
	p = openUnit(t, unit)
	rb := p.Rubrics[0]
	// totals[team][judge] is the judge's total; levels the labels chosen.
	totals := map[string]map[string]float64{}
	for j, e := range p.Experts {
		copyPath := filepath.Join(copies, e.Name+".coplan.toml")
		if _, err := os.Stat(copyPath); err != nil {
			t.Fatalf("no copy for %s: %v", e.Name, err)
		}
		var sheet strings.Builder
		sheet.WriteString("Judge,Team,Criterion,Level,Points,Comment\n")
		for _, a := range p.AssignmentsOf(p.Rounds[0].ID) {
			if a.Judge != e.ID {
				continue
			}
			team := p.Team(a.Team)
			if totals[team.Name] == nil {
				totals[team.Name] = map[string]float64{}
			}
			for c, crit := range rb.Criteria {
				level := (j + c + len(team.Name)) % 4
				fmt.Fprintf(&sheet, "%s,%s,%s,%s,,nice work\n", e.Name, team.Name, crit.Title, rb.Levels[level].Label)
				totals[team.Name][e.Name] += float64(level + 1)
			}
		}
		csvPath := filepath.Join(dir, fmt.Sprintf("judge%d.csv", j))
		if err := os.WriteFile(csvPath, []byte(sheet.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if r := coplan(t, dir, "judging", "import-scores", csvPath, copyPath); r.code != 0 {
			t.Fatalf("import-scores into %s: %s", e.Name, r.stderr)
		}
	}
	for _, e := range p.Experts {
		r := coplan(t, dir, "merge", "-o", unit, unit, filepath.Join(copies, e.Name+".coplan.toml"))
		if r.code != 0 || r.stdout != "" {
			t.Fatalf("merging %s's copy: exit %d\n%s%s", e.Name, r.code, r.stdout, r.stderr)
		}
	}
	r = coplan(t, dir, "judging", "results", "--json", unit)
	if r.code != 0 {
		t.Fatalf("results: %s", r.stderr)
	}
	var got struct {
		Rubric string
		Teams  []teamResultJSON
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("results JSON: %v\n%s", err, r.stdout)
	}
	means := map[string]float64{}
	for team, byJudge := range totals {
		for _, v := range byJudge {
			means[team] += v / float64(len(byJudge))
		}
	}
	if got.Rubric != rb.Title || len(got.Teams) != 8 {
		t.Fatalf("results for rubric %q with %d teams", got.Rubric, len(got.Teams))
	}
	for i, tr := range got.Teams {
		if math.Abs(tr.Mean-means[tr.Name]) > 0.006 || len(tr.ScoredBy) != 3 || len(tr.Judges) != 3 {
			t.Errorf("%s: mean %v by %d judges, want %v by 3", tr.Name, tr.Mean, len(tr.ScoredBy), means[tr.Name])
		}
		better := 0
		for _, m := range means {
			if m > means[tr.Name]+1e-9 {
				better++
			}
		}
		if tr.Rank != better+1 {
			t.Errorf("%s (line %d) ranks %d, but %d teams have a higher mean", tr.Name, i+1, tr.Rank, better)
		}
	}
	sorted := sort.SliceIsSorted(got.Teams, func(a, b int) bool { return got.Teams[a].Rank < got.Teams[b].Rank })
	if !sorted {
		t.Error("the teams are not in rank order")
	}
	out := filepath.Join(dir, "results.csv")
	if r := coplan(t, dir, "judging", "results", "--csv", out, unit); r.code != 0 {
		t.Fatalf("results --csv: %s", r.stderr)
	}
	rows := readCSVFile(t, out)
	wantHead := "rank,team,project,mean,judges,scored_by,in_progress,Criterion 1,Criterion 2,Criterion 3,spread"
	if len(rows) != 9 || strings.Join(rows[0], ",") != wantHead {
		t.Fatalf("the spreadsheet has %d rows and header %v", len(rows), rows[0])
	}
	for i, row := range rows[1:] {
		tr := got.Teams[i]
		if row[0] != fmt.Sprint(tr.Rank) || row[1] != tr.Name || row[3] != fmt.Sprint(tr.Mean) || len(strings.Split(row[5], "; ")) != 3 {
			t.Errorf("row %d = %v, JSON says %+v", i+1, row, tr)
		}
	}
}

func TestImportPeopleMatchesHeadersLooselyAndCreatesPartners(t *testing.T) {
	unit := writeUnit(t, modeltest.Judged(1, 1, 1, 1))
	dir := filepath.Dir(unit)
	sheet := filepath.Join(dir, "people.csv")
	os.WriteFile(sheet, []byte("Full Name,E-mail,Phone,Organisation,Roles,Safety check kind,Number,Expiry\n"+
		"Ana Lima,ana@example.com,0400 000 000,Acme Engineering,judge; mentor,WWCC,WWC123,2028-01-31\n"+
		"Bo Chen,bo@example.com,,Acme Engineering,Judge,,,\n"+
		"Judge 01,judge1@example.com,0411 111 111,,,,,\n"), 0o644)
	r := coplan(t, dir, "import-people", sheet, unit)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if want := "Added 2 people and 1 partner, updated 1 person"; !strings.Contains(r.stdout, want) {
		t.Errorf("stdout %q does not say %q", r.stdout, want)
	}
	p := openUnit(t, unit)
	if len(p.Experts) != 3 || len(p.Partners) != 1 || p.Partners[0].Name != "Acme Engineering" {
		t.Fatalf("experts %d, partners %+v", len(p.Experts), p.Partners)
	}
	ana := p.Experts[1]
	if ana.Partner != p.Partners[0].ID || strings.Join(ana.Roles, ",") != "judge,mentor" ||
		ana.SafetyCheck.Number != "WWC123" || ana.SafetyCheck.Expires != model.NewDate(2028, 1, 31) {
		t.Errorf("Ana came in as %+v", ana)
	}
	if p.Experts[0].Phone != "0411 111 111" {
		t.Errorf("the existing judge's phone is %q", p.Experts[0].Phone)
	}
}

func TestImportsNameEachBadRowAndChangeNothing(t *testing.T) {
	tests := []struct {
		name, command, csv string
		want               []string
	}{
		{"people", "import-people", "Name,Roles,Expiry\nAna,judge,2028-13-01\n,judge,\nBo,wizard,\n",
			[]string{":2: Ana: safety check expiry: date \"2028-13-01\" is not YYYY-MM-DD", ":3: no name", `:4: Bo: role "wizard" is not one Coplan knows`}},
		{"teams", "judging import-teams", "team,project,members,mentor\nRockets,Rocket car,A;B,Nobody\nRockets,Again,,\n",
			[]string{`:2: no expert "Nobody" in the unit`}},
		{"teams with a repeat", "judging import-teams", "team,project\nRockets,Rocket car\nrockets,Again\n",
			[]string{`:3: team "rockets" is already on line 2`}},
		{"scores", "judging import-scores", "judge,team,criterion,level,points,comment\nJudge 01,Team 01,Criterion 1,Superb,,\nJudge 09,Team 01,Criterion 1,,2,\nJudge 01,Team 01,Criterion 9,,2,\nJudge 01,Team 01,Criterion 1,,lots,\n",
			[]string{`:2: level "Superb" is not a level of criterion "Criterion 1": Beginning, Developing, Proficient, Excelling`,
				`:3: no judge "Judge 09" in the unit`, `:4: no criterion "Criterion 9"`, `:5: points "lots" is not a number`}},
		{"no header", "judging import-teams", "project,members\nRocket car,A\n", []string{`:1: the header has no column "team"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			unit := writeUnit(t, modeltest.Judged(2, 3, 2, 2))
			dir := filepath.Dir(unit)
			before, _ := os.ReadFile(unit)
			sheet := filepath.Join(dir, "in.csv")
			os.WriteFile(sheet, []byte(tt.csv), 0o644)
			r := coplan(t, dir, append(strings.Fields(tt.command), sheet, unit)...)
			if r.code != 1 {
				t.Fatalf("exit %d, want 1: %s", r.code, r.stderr)
			}
			for _, w := range append(tt.want, "nothing imported") {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr does not say %q:\n%s", w, r.stderr)
				}
			}
			if after, _ := os.ReadFile(unit); string(after) != string(before) {
				t.Error("the unit changed")
			}
		})
	}
}

func TestAssignSaysWhenTheRulesCannotBeMet(t *testing.T) {
	unit := writeUnit(t, modeltest.Judged(10, 4, 2, 3))
	dir := filepath.Dir(unit)
	before, _ := os.ReadFile(unit)
	r := coplan(t, dir, "judging", "assign", "--max-per-judge", "5", unit)
	if r.code != 1 || !strings.Contains(r.stderr, "only 20 free") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(unit); string(after) != string(before) {
		t.Error("the unit changed")
	}
	r = coplan(t, dir, "judging", "assign", "--per-team", "2", unit)
	if r.code != 0 || !strings.Contains(r.stdout, "Made 20 assignments") {
		t.Errorf("exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	if v := coplan(t, dir, "validate", unit); strings.Contains(v.stdout, "judges it needs") || strings.Contains(v.stdout, "mentored") {
		t.Errorf("validate still warns after assigning:\n%s", v.stdout)
	}
}

func TestSheetsAndFeedbackPrintWhatEachReaderMaySee(t *testing.T) {
	p := modeltest.Judged(2, 2, 2, 2)
	r0 := p.Rounds[0].ID
	rb := p.Rubrics[0]
	rb.Criteria[0].Descriptors = map[string]string{rb.Levels[2].ID: "Explains the design with evidence"}
	p.Rubrics[0] = rb
	for _, e := range p.Experts {
		p.Teams[0].Mentor, p.Teams[1].Mentor = "", ""
		for _, tm := range p.Teams {
			p.Assignments = append(p.Assignments, model.Assignment{ID: model.AssignmentID(r0, e.ID, tm.ID), Round: r0, Judge: e.ID, Team: tm.ID})
		}
		p.Scores = append(p.Scores, model.Score{ID: model.ScoreID(r0, e.ID, p.Teams[0].ID, rb.Criteria[0].ID), Round: r0, Judge: e.ID,
			Team: p.Teams[0].ID, Criterion: rb.Criteria[0].ID, Level: rb.Levels[2].ID, Comment: "Measured it twice"})
		p.Scores = append(p.Scores, model.Score{ID: model.ScoreID(r0, e.ID, p.Teams[0].ID, rb.Criteria[1].ID), Round: r0, Judge: e.ID,
			Team: p.Teams[0].ID, Criterion: rb.Criteria[1].ID, Level: rb.Levels[1].ID})
		p.Feedback = append(p.Feedback, model.Feedback{ID: model.FeedbackID(r0, e.ID, p.Teams[0].ID), Round: r0, Judge: e.ID,
			Team: p.Teams[0].ID, Strengths: "A clear poster", NextSteps: "Test with more users"})
	}
	unit := writeUnit(t, p)
	dir := filepath.Dir(unit)
	if r := coplan(t, dir, "judging", "sheets", "-o", "sheets", unit); r.code != 0 {
		t.Fatalf("sheets: %s", r.stderr)
	}
	sheet := pdfText(t, filepath.Join(dir, "sheets", "Judge 01.pdf"))
	for _, want := range []string{"Score sheet: Judge 01", "Team 01", "Team 02", "Criterion 2", "□ Proficient (3)", "Next steps"} {
		if !strings.Contains(sheet, want) {
			t.Errorf("the score sheet does not say %q:\n%s", want, sheet)
		}
	}
	if r := coplan(t, dir, "judging", "feedback", "-o", "plain", unit); r.code != 0 {
		t.Fatalf("feedback: %s", r.stderr)
	}
	plain := pdfText(t, filepath.Join(dir, "plain", "Team 01.pdf"))
	for _, want := range []string{"Feedback: Team 01", "Judge 1: Proficient — Explains the design with evidence", "Measured it twice", "A clear poster", "Test with more users"} {
		if !strings.Contains(plain, want) {
			t.Errorf("the feedback does not say %q:\n%s", want, plain)
		}
	}
	for _, never := range []string{"Judge 01", "Judge 02", "points", "Mean total"} {
		if strings.Contains(plain, never) {
			t.Errorf("the students' feedback shows %q:\n%s", never, plain)
		}
	}
	if r := coplan(t, dir, "judging", "feedback", "--with-scores", "--with-names", "-o", "full", unit); r.code != 0 {
		t.Fatalf("feedback: %s", r.stderr)
	}
	full := pdfText(t, filepath.Join(dir, "full", "Team 01.pdf"))
	for _, want := range []string{"Judge 01: Proficient", "(3 points)", "(2 points)", "Mean total 5 of 8"} {
		if !strings.Contains(full, want) {
			t.Errorf("the feedback with names and scores does not say %q:\n%s", want, full)
		}
	}
}

func TestTheJudgedCompetitionTemplateIsReadyToJudge(t *testing.T) {
	t.Setenv(store.DataDirEnv, t.TempDir())
	dir := t.TempDir()
	if r := coplan(t, dir, "new", "--template", "judged-competition", "fair.coplan.toml"); r.code != 0 {
		t.Fatalf("new: %s", r.stderr)
	}
	p := openUnit(t, filepath.Join(dir, "fair.coplan.toml"))
	if len(p.Teams) != 6 || len(p.Rounds) != 1 || len(p.Assignments) != 12 {
		t.Fatalf("the template has %d teams, %d rounds and %d assignments", len(p.Teams), len(p.Rounds), len(p.Assignments))
	}
	v := coplan(t, dir, "validate", "fair.coplan.toml")
	for _, never := range []string{"judges it needs", "mentored", "judge role", "round"} {
		if strings.Contains(v.stdout, never) {
			t.Errorf("validate warns about judging (%q):\n%s", never, v.stdout)
		}
	}
	r := coplan(t, dir, "judging", "split", "-o", "copies", "fair.coplan.toml")
	if r.code != 0 || len(strings.Split(strings.TrimSpace(r.stdout), "\n")) != 3 {
		t.Errorf("split: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	r = coplan(t, dir, "judging", "results", "fair.coplan.toml")
	if r.code != 0 || !strings.Contains(r.stdout, "Team A") {
		t.Errorf("results: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	scoreHalfATemplateTeam(t, dir)
}

// scoreHalfATemplateTeam scores Team A of the judged-competition template
// in full by one judge and on one criterion only by another, and checks
// that the half-filled sheet counts nowhere, is named as in progress, and
// that the handouts leave out the template's placeholders and unscored teams.
func scoreHalfATemplateTeam(t *testing.T, dir string) {
	const ot, pd = "Occupational therapist (to be confirmed)", "Product design engineer (to be confirmed)"
	sheet := "judge,team,criterion,level\n" +
		ot + ",Team A,Understanding the user,Outstanding\n" +
		ot + ",Team A,Design ideas and communication,Outstanding\n" +
		ot + ",Team A,Prototype: function and build,Strong\n" +
		ot + ",Team A,Testing and evaluation,Strong\n" +
		pd + ",Team A,Understanding the user,Emerging\n"
	if err := os.WriteFile(filepath.Join(dir, "typed.csv"), []byte(sheet), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := coplan(t, dir, "judging", "import-scores", "typed.csv", "fair.coplan.toml"); r.code != 0 {
		t.Fatalf("import-scores: %s", r.stderr)
	}
	r := coplan(t, dir, "judging", "results", "--json", "--csv", "results.csv", "fair.coplan.toml")
	var got struct{ Teams []teamResultJSON }
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != 0 {
		t.Fatalf("results --json: exit %d, %v\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	a := got.Teams[0]
	// 4×4 + 4×4 + 6×3 + 6×3 by the therapist alone; with the engineer's
	// half sheet (4×1) counted the mean was 36.
	if a.Name != "Team A" || a.Rank != 1 || a.Mean != 68 || strings.Join(a.ScoredBy, ";") != ot ||
		strings.Join(a.InProgress, ";") != pd || a.Criteria["Understanding the user"] != 4 || len(a.Spread) != 0 {
		t.Errorf("Team A with a half-filled sheet: %+v", a)
	}
	rows := readCSVFile(t, filepath.Join(dir, "results.csv"))
	if rows[0][6] != "in_progress" || rows[1][6] != pd || rows[1][3] != "68" || rows[1][2] != "" {
		t.Errorf("the spreadsheet's in_progress, mean or project: %v / %v", rows[0], rows[1])
	}
	text := coplan(t, dir, "judging", "results", "fair.coplan.toml").stdout
	if !strings.Contains(text, "In progress") || !strings.Contains(text, "1 of 2") || !strings.Contains(text, pd) {
		t.Errorf("the results table does not show the sheet in progress:\n%s", text)
	}
	v := coplan(t, dir, "validate", "fair.coplan.toml").stdout
	if want := `"` + pd + `" has scored team "Team A" on 1 of the 4 criteria`; !strings.Contains(v, want) {
		t.Errorf("validate does not say %q:\n%s", want, v)
	}
	r = coplan(t, dir, "judging", "feedback", "-o", "feedback", "fair.coplan.toml")
	wantOut := []string{"Wrote feedback for 1 of 6 teams in feedback",
		"Skipped, since no judge has finished scoring them yet: Team B, Team C, Team D, Team E, Team F",
		"Left out sheets still in progress: Team A (" + pd + ")"}
	for _, want := range wantOut {
		if r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("feedback does not say %q: exit %d\n%s%s", want, r.code, r.stdout, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "feedback", "Team B.pdf")); err == nil {
		t.Error("feedback printed for a team nobody has scored")
	}
	fb := pdfText(t, filepath.Join(dir, "feedback", "Team A.pdf"))
	if !strings.Contains(fb, "Judge 1: Outstanding") || strings.Contains(fb, "Judge 2") || strings.Contains(fb, "Emerging") {
		t.Errorf("the feedback should show the finished sheet alone:\n%s", fb)
	}
	r = coplan(t, dir, "judging", "sheets", "-o", "sheets", "fair.coplan.toml")
	if want := `Wrote 3 score sheets for round "Judging day" in sheets`; r.code != 0 || !strings.Contains(r.stdout, want) ||
		!strings.Contains(r.stdout, filepath.Join("sheets", ot+".pdf")+": 4 teams") {
		t.Errorf("sheets does not say %q and each sheet:\n%s%s", want, r.stdout, r.stderr)
	}
	sh := pdfText(t, filepath.Join(dir, "sheets", ot+".pdf"))
	for name, text := range map[string]string{"score sheet": sh, "feedback": fb} {
		if strings.Contains(text, "Replace with") || !strings.Contains(text, "Team A") {
			t.Errorf("the %s prints the template's placeholders:\n%s", name, text)
		}
	}
}

func TestJudgingListsItsCommandsAndRefusesWrongUsage(t *testing.T) {
	dir := t.TempDir()
	r := coplan(t, dir, "judging", "--help")
	if r.code != 0 {
		t.Errorf("judging --help: exit %d", r.code)
	}
	for _, name := range judgingOrder {
		if !strings.Contains(r.stdout, name) {
			t.Errorf("judging --help does not list %s:\n%s", name, r.stdout)
		}
	}
	for _, args := range [][]string{{"judging"}, {"judging", "score"}, {"judging", "split", "x.coplan.toml"}, {"judging", "results"}, {"judging", "assign", "--per-team", "-1", "x.coplan.toml"}} {
		if r := coplan(t, dir, args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
	}
	unit := writeUnit(t, &model.Project{Format: model.Format, ID: "u", Title: "No judging"})
	if r := coplan(t, dir, "judging", "results", unit); r.code != 1 || !strings.Contains(r.stderr, "the unit has no judging round") {
		t.Errorf("results of a unit without rounds: exit %d, %q", r.code, r.stderr)
	}
}
