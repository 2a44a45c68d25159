package catalog_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/catalog"
	"coplan/model/modeltest"
)

// library is a small index built in memory: three units that differ in
// every field a search or filter looks at.
func library() *catalog.Index {
	unit := func(rel, title string, years, subjects []string, partner, expert string, engagements ...string) *catalog.Entry {
		p := modeltest.Large(len(engagements), 1)
		p.Title, p.Unit.YearLevels, p.Unit.Subjects = title, years, subjects
		p.Partners = p.Partners[:1]
		p.Partners[0].Name = partner
		for i := range p.Experts {
			p.Experts[i].Partner = p.Partners[0].ID
			p.Experts[i].Name = fmt.Sprintf("%s %d", expert, i)
		}
		for i, eng := range engagements {
			p.Sessions[i].Engagement = eng
		}
		e := catalog.NewEntry(p, 0)
		e.Rel, e.Path = rel, "/library/"+rel
		return e
	}
	in, out := model.InClass, model.InCommunity
	a := unit("a.coplan.toml", "Ngā awa: our rivers", []string{"Year 9"}, []string{"Geography", "Science"}, "Greater Wellington Regional Council", "Léonie Rennie", in, in, out)
	b := unit("b.coplan.toml", "Solar car challenge", []string{"9", "10"}, []string{"Technology"}, "Sunrise Engineering", "Zoë Ødegaard", in, in)
	c := unit("c.coplan.toml", "Café data", []string{"7"}, []string{"Mathematics"}, "Corner café", "Nguyễn Thị Ánh", out)
	a.Updated = time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)
	b.Updated = time.Date(2027, 5, 1, 0, 0, 0, 0, time.UTC)
	c.Updated = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a.Errors, a.Warnings = 0, 4
	b.Errors, b.Warnings = 1, 0
	c.Errors, c.Warnings = 0, 0
	return &catalog.Index{Dir: "/library", Entries: []*catalog.Entry{a, b, c}}
}

func titles(list []*catalog.Entry) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Title)
	}
	return out
}

func TestSearchIgnoresCaseAndAccents(t *testing.T) {
	ix := library()
	tests := []struct {
		query string
		want  []string
	}{
		{"leonie", []string{"Ngā awa: our rivers"}},
		{"LÉONIE", []string{"Ngā awa: our rivers"}},
		{"nga", []string{"Ngā awa: our rivers"}},
		{"Ngā", []string{"Ngā awa: our rivers"}},
		{"zoe odegaard", []string{"Solar car challenge"}},
		{"nguyen thi anh", []string{"Café data"}},
		{"cafe", []string{"Café data"}},
		{"", []string{"Café data", "Ngā awa: our rivers", "Solar car challenge"}},
		{"   ", []string{"Café data", "Ngā awa: our rivers", "Solar car challenge"}},
		{"submarine", nil},
	}
	for _, tt := range tests {
		if got := titles(ix.Search(tt.query, catalog.Filter{})); !slices.Equal(got, tt.want) {
			t.Errorf("search %q: %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestSearchNeedsEveryWord(t *testing.T) {
	ix := library()
	tests := []struct {
		query string
		want  []string
	}{
		{"rivers council", []string{"Ngā awa: our rivers"}},
		{"rivers sunrise", nil},
		{"criterion 3 mentor", []string{"Café data", "Ngā awa: our rivers", "Solar car challenge"}},
		{"AC9S9U01 rubric", []string{"Café data", "Ngā awa: our rivers", "Solar car challenge"}},
		{"engineering technology", []string{"Solar car challenge"}},
	}
	for _, tt := range tests {
		if got := titles(ix.Search(tt.query, catalog.Filter{})); !slices.Equal(got, tt.want) {
			t.Errorf("search %q: %v, want %v", tt.query, got, tt.want)
		}
	}
}

func TestSearchFilters(t *testing.T) {
	ix := library()
	tests := []struct {
		name   string
		filter catalog.Filter
		want   []string
	}{
		{"subject ignoring case", catalog.Filter{Subject: "science"}, []string{"Ngā awa: our rivers"}},
		{"subject is a whole subject", catalog.Filter{Subject: "Scien"}, nil},
		{"year as a number", catalog.Filter{YearLevel: "9"}, []string{"Ngā awa: our rivers", "Solar car challenge"}},
		{"year with its word", catalog.Filter{YearLevel: "Year 10"}, []string{"Solar car challenge"}},
		{"partner by part of its name", catalog.Filter{Partner: "council"}, []string{"Ngā awa: our rivers"}},
		{"partner with accents", catalog.Filter{Partner: "CAFE"}, []string{"Café data"}},
		{"community comes in", catalog.Filter{Engagement: catalog.InClass}, []string{"Ngā awa: our rivers", "Solar car challenge"}},
		{"students go out", catalog.Filter{Engagement: catalog.InCommunity}, []string{"Café data", "Ngā awa: our rivers"}},
		{"both", catalog.Filter{Engagement: catalog.BothEngagements}, []string{"Ngā awa: our rivers"}},
		{"filters combine", catalog.Filter{YearLevel: "9", Engagement: catalog.InCommunity}, []string{"Ngā awa: our rivers"}},
	}
	for _, tt := range tests {
		if got := titles(ix.Search("", tt.filter)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestSearchSorts(t *testing.T) {
	ix := library()
	tests := []struct {
		name   string
		filter catalog.Filter
		want   []string
	}{
		{"title ignoring accents", catalog.Filter{Sort: catalog.ByTitle}, []string{"Café data", "Ngā awa: our rivers", "Solar car challenge"}},
		{"title Z to A", catalog.Filter{Sort: catalog.ByTitle, Reverse: true}, []string{"Solar car challenge", "Ngā awa: our rivers", "Café data"}},
		{"newest first", catalog.Filter{Sort: catalog.ByLastChange}, []string{"Solar car challenge", "Ngā awa: our rivers", "Café data"}},
		{"readiest first", catalog.Filter{Sort: catalog.ByReadiness}, []string{"Café data", "Ngā awa: our rivers", "Solar car challenge"}},
		{"least ready first", catalog.Filter{Sort: catalog.ByReadiness, Reverse: true}, []string{"Solar car challenge", "Ngā awa: our rivers", "Café data"}},
		{"path", catalog.Filter{Sort: catalog.ByPath}, []string{"Ngā awa: our rivers", "Solar car challenge", "Café data"}},
	}
	for _, tt := range tests {
		if got := titles(ix.Search("", tt.filter)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestParseSortAndEngagement(t *testing.T) {
	for s, want := range map[string]catalog.SortKey{"title": catalog.ByTitle, "Changed": catalog.ByLastChange, "readiness": catalog.ByReadiness, "path": catalog.ByPath} {
		if got, err := catalog.ParseSort(s); err != nil || got != want {
			t.Errorf("ParseSort(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := catalog.ParseSort("size"); err == nil {
		t.Error("ParseSort accepts size")
	}
	for _, s := range []string{"", "in-class", "in-community", "both"} {
		if got, err := catalog.ParseEngagement(s); err != nil || string(got) != s {
			t.Errorf("ParseEngagement(%q) = %v, %v", s, got, err)
		}
	}
	if _, err := catalog.ParseEngagement("online"); err == nil {
		t.Error("ParseEngagement accepts online")
	}
}

func TestFilterChoicesListEachValueOnce(t *testing.T) {
	ix := library()
	ix.Entries[1].Subjects = append(ix.Entries[1].Subjects, "science")
	if got, want := ix.Subjects(), []string{"Geography", "Mathematics", "Science", "Technology"}; !slices.Equal(got, want) {
		t.Errorf("subjects %v, want %v", got, want)
	}
	if got, want := ix.YearLevels(), []string{"7", "Year 9", "10"}; !slices.Equal(got, want) {
		t.Errorf("year levels %v, want %v", got, want)
	}
	if got, want := ix.Partners(), []string{"Corner café", "Greater Wellington Regional Council", "Sunrise Engineering"}; !slices.Equal(got, want) {
		t.Errorf("partners %v, want %v", got, want)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ascii", "plain ascii"},
		{"MiXeD Case", "mixed case"},
		{"Léonie", "leonie"},
		{"Ngā", "nga"},
		{"Nguyễn Thị Ánh", "nguyen thi anh"},
		{"Zoë Ødegaard", "zoe odegaard"},
		{"Straße", "strasse"},
		{"Ōtaki", "otaki"},
		{"e\u0301te\u0301", "ete"}, // already decomposed
		{"teacher’s – guide", "teacher's - guide"},
	}
	for _, tt := range tests {
		if got := catalog.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSearchFromSeveralGoroutinesAtOnce(t *testing.T) {
	ix := library()
	done := make(chan []string)
	for _, q := range []string{"leonie", "nga", "cafe", "zoe"} {
		go func() { done <- titles(ix.Search(q, catalog.Filter{Sort: catalog.ByLastChange})) }()
	}
	for range 4 {
		if got := <-done; len(got) != 1 {
			t.Errorf("a search found %v", got)
		}
	}
}
