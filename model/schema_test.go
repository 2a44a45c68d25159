package model

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// schemaUnit is a small unit with one entity of each kind the tests below link.
func schemaUnit() *Project {
	t0 := time.Date(2026, 11, 20, 10, 0, 0, 0, time.UTC)
	return &Project{
		Format: Format, ID: "u1", Title: "Schema", Updated: t0,
		Experts:          []Expert{{ID: "e1", Updated: t0, Name: "Ana"}},
		Outcomes:         []Outcome{{ID: "o1", Updated: t0, Code: "AC1"}},
		Responsibilities: []Responsibility{{ID: "x1", Updated: t0, Party: PartySchool, Task: "Book the bus"}},
		Rubrics: []Rubric{{ID: "r1", Updated: t0, Title: "Report",
			Levels:   []Level{{ID: "l1", Updated: t0, Label: "Beginning"}},
			Criteria: []Criterion{{ID: "c1", Updated: t0, Title: "Fair test"}}}},
	}
}

// withLink adds l to the link table for the length of the test.
func withLink(t *testing.T, l Link) {
	saved := linkSpecs
	linkSpecs = append(slices.Clone(linkSpecs), l)
	t.Cleanup(func() { linkSpecs = saved })
}

func TestALinkAddedToTheTableOnlyIsHonouredEverywhere(t *testing.T) {
	tests := []struct {
		name   string
		link   Link
		target string // the id the link names
		owner  string // the id of the entity holding the link
		noun   string // how Delete's summary counts the owner
		set    func(p *Project, id string)
		get    func(p *Project) []string
	}{
		{"one id", Link{From: KindResponsibility, Field: "owner", To: KindExpert, Shape: LinkOne}, "e1", "x1", "1 responsibility",
			func(p *Project, id string) { p.Responsibilities[0].Owner = id },
			func(p *Project) []string {
				if o := p.Responsibilities[0].Owner; o != "" {
					return []string{o}
				}
				return nil
			}},
		{"a list of ids", Link{From: KindExpert, Field: "roles", To: KindOutcome, Shape: LinkMany}, "o1", "e1", "1 expert",
			func(p *Project, id string) { p.Experts[0].Roles = []string{id} },
			func(p *Project) []string { return p.Experts[0].Roles }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			withLink(t, tt.link)

			t.Run("validation reports a dangling link", func(t *testing.T) {
				p := schemaUnit()
				tt.set(p, "ghost")
				for _, d := range Validate(p) {
					if d.Severity == Error && d.EntityID == tt.owner && d.Field == tt.link.Field && strings.Contains(d.Message, "does not exist") {
						return
					}
				}
				t.Errorf("no error for a link to a missing %s: %v", tt.link.To, Validate(p))
			})

			t.Run("validation reports a link to the wrong kind", func(t *testing.T) {
				p := schemaUnit()
				tt.set(p, "r1")
				for _, d := range Validate(p) {
					if d.Severity == Error && d.EntityID == tt.owner && strings.Contains(d.Message, "where") {
						return
					}
				}
				t.Errorf("no error for a link to a rubric: %v", Validate(p))
			})

			t.Run("LinksTo finds it", func(t *testing.T) {
				p := schemaUnit()
				tt.set(p, tt.target)
				want := LinkUse{ID: tt.owner, Kind: tt.link.From, Field: tt.link.Field}
				if got := p.LinksTo(tt.target); !slices.Contains(got, want) {
					t.Errorf("LinksTo(%s) = %v, want it to hold %v", tt.target, got, want)
				}
			})

			t.Run("delete unlinks and undo relinks", func(t *testing.T) {
				p := schemaUnit()
				tt.set(p, tt.target)
				d := NewDocument(p)
				summary, err := d.Apply(Delete(tt.target))
				if err != nil {
					t.Fatal(err)
				}
				if got := tt.get(d.Project); len(got) != 0 {
					t.Errorf("still linked after delete: %v", got)
				}
				if !strings.Contains(summary, tt.noun) {
					t.Errorf("summary %q does not say %q", summary, tt.noun)
				}
				d.Undo()
				if got := tt.get(d.Project); !slices.Equal(got, []string{tt.target}) {
					t.Errorf("undo left %v, want the link back", got)
				}
			})

			t.Run("merge unlinks what the other side deleted", func(t *testing.T) {
				p := schemaUnit()
				tt.set(p, tt.target)
				sides := p.Index()
				loc, _ := locate(p, tt.target)
				loc.slice.Set(loc.slice.Slice(0, 0))
				unlinkGone(p, sides)
				if got := tt.get(p); len(got) != 0 {
					t.Errorf("merged unit still links to the deleted %s: %v", tt.link.To, got)
				}
			})

			t.Run("reidentify moves the link to the fresh id", func(t *testing.T) {
				p := schemaUnit()
				tt.set(p, tt.target)
				name := p.Index()[tt.target].Name
				Reidentify(p, time.Now())
				var fresh string
				for id, ref := range p.Index() {
					if ref.Kind == tt.link.To && ref.Name == name {
						fresh = id
					}
				}
				if got := tt.get(p); fresh == tt.target || !slices.Equal(got, []string{fresh}) {
					t.Errorf("link is %v, want the fresh id %q", got, fresh)
				}
			})
		})
	}
}

func TestCommentTargetsAndSuggestionsFollowTheKindTable(t *testing.T) {
	p := schemaUnit()
	if got, want := CommentTargets(p), []string{"u1", "e1", "o1", "r1", "c1", "x1"}; !slices.Equal(got, want) {
		t.Errorf("CommentTargets = %v, want %v", got, want)
	}
	got := SuggestionFields(p, "c1")
	if !slices.Contains(got, "title") || !slices.Contains(got, "descriptors.l1") {
		t.Errorf("SuggestionFields(criterion) = %v, want the title and the descriptor of level l1 among them", got)
	}
	withLink(t, Link{From: KindCriterion, Field: "labels", To: KindLevel, Shape: LinkKeys, SameParent: true})
	if got := SuggestionFields(p, "c1"); slices.Contains(got, "labels.l1") {
		t.Errorf("SuggestionFields(criterion) = %v offers a keyed link not marked Suggest", got)
	}
	loc, _ := locate(p, "c1")
	for _, f := range got {
		if s, err := fieldSlot(loc.elem, f); err != nil || s.typ().Kind() != reflect.String {
			t.Errorf("SuggestionFields(criterion) offers %q, which is not a text field", f)
		}
	}
	if got := SuggestionFields(p, "l1"); got != nil {
		t.Errorf("a level takes no comments, yet offers %v", got)
	}

	level := specOf(KindLevel)
	saved := *level
	t.Cleanup(func() { *level = saved })
	level.Commentable, level.Suggest = true, []string{"label"}
	if got, want := CommentTargets(p), []string{"u1", "e1", "o1", "r1", "l1", "c1", "x1"}; !slices.Equal(got, want) {
		t.Errorf("with levels commentable, CommentTargets = %v, want %v", got, want)
	}
	if got, want := SuggestionFields(p, "l1"), []string{"label"}; !slices.Equal(got, want) {
		t.Errorf("SuggestionFields(level) = %v, want %v", got, want)
	}
}

func TestEveryTableEntryNamesRealFields(t *testing.T) {
	p := schemaUnit()
	walk(p, func(n node) bool {
		if _, ok := fieldIndex(n.elem.Type(), n.spec.Name); !ok {
			t.Errorf("%s names its entities by %q, which %s does not have", n.spec.Kind, n.spec.Name, n.elem.Type())
		}
		for _, f := range n.spec.Suggest {
			if _, err := fieldSlot(n.elem, f); err != nil {
				t.Errorf("%s offers suggestions for %q: %v", n.spec.Kind, f, err)
			}
		}
		for _, l := range linksFrom(n.spec.Kind) {
			l.ids(n.elem) // panics on a field the struct lacks
		}
		return true
	})
	for _, l := range linkSpecs {
		if specOf(l.From) == nil || specOf(l.To) == nil {
			t.Errorf("link %s.%s joins kinds the table lacks", l.From, l.Field)
		}
	}
}

func TestMergeKeepsAnEntityOfEveryKindInTheTable(t *testing.T) {
	// build returns a unit holding the parent an entity of spec's kind needs,
	// if any, and with child the entity itself.
	build := func(spec *KindSpec, child bool) *Project {
		p := &Project{Format: Format, ID: "u1", Title: "Merge"}
		holder := reflect.ValueOf(p).Elem()
		if spec.Parent != "" {
			parent := specOf(spec.Parent)
			e := reflect.New(parent.elem).Elem()
			e.Field(idField).SetString("parent")
			s := holder.FieldByIndex(parent.slice)
			s.Set(reflect.Append(s, e))
			holder = s.Index(0)
		}
		if child {
			e := reflect.New(spec.elem).Elem()
			e.Field(idField).SetString("new-" + string(spec.Kind))
			s := holder.FieldByIndex(spec.slice)
			s.Set(reflect.Append(s, e))
		}
		return p
	}
	for i := range kindSpecs {
		spec := &kindSpecs[i]
		if spec.Kind == KindUnit || spec.Parent != "" && specOf(spec.Parent).Parent != "" {
			continue
		}
		t.Run(string(spec.Kind), func(t *testing.T) {
			base, ours := build(spec, false), build(spec, true)
			out, _ := Merge(base, ours, base.Clone())
			if _, ok := out.Index()["new-"+string(spec.Kind)]; !ok {
				t.Errorf("a %s added on one side is missing from the merge: is its list merged?", spec.Kind)
			}
		})
	}
}
