package export

import (
	"errors"
	"strings"
	"testing"

	"coplan/model"
)

func TestImportingARubricWhoseTitleExists(t *testing.T) {
	const csv = "Rubric Name,Criteria Name,Criteria Description,Criteria Enable Range,Rating Name,Rating Description,Rating Points\n" +
		"Essay,Thesis,,false,Clear,,2\nNew one,Idea,,false,Good,,1\n"
	tests := []struct {
		name      string
		clash     TitleClash
		wantErr   string
		wantTitle []string
		relinked  bool
	}{
		{"refused without a choice", ClashRefuse, `the unit already has a rubric called "Essay"`, nil, false},
		{"replaced in its place, its assessment following", ClashReplace, "", []string{"Essay", "Other", "New one"}, true},
		{"kept both, the new one numbered", ClashKeepBoth, "", []string{"Essay", "Other", "Essay (2)", "New one"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &model.Project{ID: "u",
				Rubrics:     []model.Rubric{{ID: "old", Title: "Essay"}, {ID: "other", Title: "Other"}},
				Assessments: []model.Assessment{{ID: "a", Title: "Essay task", Rubric: "old"}}}
			rubrics, err := ReadCanvasCSV(strings.NewReader(csv), p, interopNow)
			if err != nil {
				t.Fatal(err)
			}
			edit, err := PlaceRubricsEdit(p, rubrics, tt.clash)
			if tt.wantErr != "" {
				var ce *ClashError
				if !errors.As(err, &ce) || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want a clash saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			doc := model.NewDocument(p)
			if _, err := doc.Apply(edit); err != nil {
				t.Fatal(err)
			}
			var titles []string
			for _, r := range p.Rubrics {
				titles = append(titles, r.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.wantTitle, "|") {
				t.Errorf("rubrics %q, want %q", titles, tt.wantTitle)
			}
			if got := p.Assessments[0].Rubric; (got == rubrics[0].ID) != tt.relinked || got == "" {
				t.Errorf("assessment marked with %q (imported %q, relinked wanted: %v)", got, rubrics[0].ID, tt.relinked)
			}
			if _, ok := doc.Undo(); !ok || len(p.Rubrics) != 2 || p.Rubrics[0].ID != "old" || p.Assessments[0].Rubric != "old" {
				t.Errorf("one undo did not restore the unit: %+v %+v", p.Rubrics, p.Assessments)
			}
		})
	}
}
