package model

import "reflect"

// KindSpec describes one kind of entity: where its entities live in a
// Project, which field names one for people, and what review may do with it.
type KindSpec struct {
	Kind Kind
	// Field is the Go name of the slice that holds the entities: a field of
	// Project, or of the parent's struct when Parent is set. Empty for the unit.
	Field string
	// Parent is the kind whose entities hold this kind's slice (a level
	// lives in a rubric), or empty for a list of the whole unit.
	Parent Kind
	// Name is the file key of the field that names an entity in messages.
	Name string
	// Plural is the noun for several entities of the kind, such as "criteria".
	Plural string
	// Commentable says whether a review comment may be about such an entity.
	Commentable bool
	// Suggest lists the file keys of the text fields a comment may suggest
	// new wording for.
	Suggest []string

	slice    []int        // the index of Field in the parent's (or Project's) struct
	elem     reflect.Type // the type of one entity
	name     int          // the index of the Name field in elem, or -1
	children []*KindSpec  // the kinds whose lists an entity of this kind holds
}

// LinkShape says how a link field holds the ids it names.
type LinkShape int

// Link shapes.
const (
	// LinkOne is a text field holding one id, or nothing.
	LinkOne LinkShape = iota
	// LinkMany is a list of ids.
	LinkMany
	// LinkKeys is a map keyed by ids, whose values belong to the linking
	// entity (a criterion's descriptor text per level): they go with the
	// linked entity when it is deleted.
	LinkKeys
)

// Link is one field by which entities of kind From name entities of kind To.
type Link struct {
	From Kind
	// Field is the file key of the field, such as "experts".
	Field string
	To    Kind
	Shape LinkShape
	// SameParent says the linked entity must belong to the same parent as
	// the linking one: a criterion's descriptors name levels of its own rubric.
	SameParent bool
	// Suggest says, for a keyed link, that its values are wording a review
	// comment may suggest, one entry per linked entity.
	Suggest bool
}

// kindSpecs is the table of entity kinds, in file order. A rubric's levels
// and criteria follow it. Adding a kind here (with its slice in Project or
// in its parent) gives it ids in Index, locate, Add, Delete, diff,
// validation, Reidentify and comments; the encoder and merge's list of
// lists name each kind themselves, and tests fail until they do.
var kindSpecs = []KindSpec{
	{Kind: KindUnit, Name: "title", Plural: "units", Commentable: true,
		Suggest: []string{"title", "unit.real_world_problem", "unit.driving_question", "unit.central_goal"}},
	{Kind: KindPartner, Field: "Partners", Name: "name", Plural: "partners", Commentable: true, Suggest: []string{"name", "notes"}},
	{Kind: KindExpert, Field: "Experts", Name: "name", Plural: "experts", Commentable: true, Suggest: []string{"name", "expertise", "notes"}},
	{Kind: KindOutcome, Field: "Outcomes", Name: "code", Plural: "outcomes", Commentable: true, Suggest: []string{"code", "text"}},
	{Kind: KindSession, Field: "Sessions", Name: "title", Plural: "sessions", Commentable: true, Suggest: []string{"title", "location", "prep", "notes"}},
	{Kind: KindRubric, Field: "Rubrics", Name: "title", Plural: "rubrics", Commentable: true, Suggest: []string{"title", "description"}},
	{Kind: KindLevel, Field: "Levels", Parent: KindRubric, Name: "label", Plural: "levels"},
	{Kind: KindCriterion, Field: "Criteria", Parent: KindRubric, Name: "title", Plural: "criteria", Commentable: true, Suggest: []string{"title", "description"}},
	{Kind: KindAssessment, Field: "Assessments", Name: "title", Plural: "assessments", Commentable: true, Suggest: []string{"title"}},
	{Kind: KindResponsibility, Field: "Responsibilities", Name: "task", Plural: "responsibilities", Commentable: true, Suggest: []string{"task"}},
	{Kind: KindTeam, Field: "Teams", Name: "name", Plural: "teams", Commentable: true, Suggest: []string{"name", "project"}},
	{Kind: KindRound, Field: "Rounds", Name: "title", Plural: "rounds", Commentable: true, Suggest: []string{"title"}},
	{Kind: KindAssignment, Field: "Assignments", Name: "note", Plural: "assignments"},
	{Kind: KindScore, Field: "Scores", Name: "comment", Plural: "scores"},
	{Kind: KindFeedback, Field: "Feedback", Name: "strengths", Plural: "feedback"},
	{Kind: KindComment, Field: "Comments", Name: "author", Plural: "comments"},
}

// linkSpecs is the table of link fields. Validation (links to missing or
// wrong entities), Delete (unlinking), merge (unlinking what the other side
// deleted), Reidentify (links follow fresh ids) and Project.LinksTo read it;
// a new link field is added here only. A comment's target may name any kind
// and is checked on its own.
var linkSpecs = []Link{
	{From: KindExpert, Field: "partner", To: KindPartner, Shape: LinkOne},
	{From: KindSession, Field: "lead", To: KindExpert, Shape: LinkOne},
	{From: KindSession, Field: "experts", To: KindExpert, Shape: LinkMany},
	{From: KindSession, Field: "outcomes", To: KindOutcome, Shape: LinkMany},
	{From: KindCriterion, Field: "outcomes", To: KindOutcome, Shape: LinkMany},
	{From: KindCriterion, Field: "descriptors", To: KindLevel, Shape: LinkKeys, SameParent: true, Suggest: true},
	{From: KindCriterion, Field: "unused", To: KindLevel, Shape: LinkMany, SameParent: true},
	{From: KindCriterion, Field: "labels", To: KindLevel, Shape: LinkKeys, SameParent: true},
	{From: KindCriterion, Field: "points", To: KindLevel, Shape: LinkKeys, SameParent: true},
	{From: KindAssessment, Field: "rubric", To: KindRubric, Shape: LinkOne},
	{From: KindAssessment, Field: "outcomes", To: KindOutcome, Shape: LinkMany},
	{From: KindResponsibility, Field: "owner_expert", To: KindExpert, Shape: LinkOne},
	{From: KindResponsibility, Field: "owner_partner", To: KindPartner, Shape: LinkOne},
	{From: KindTeam, Field: "mentor", To: KindExpert, Shape: LinkOne},
	{From: KindRound, Field: "session", To: KindSession, Shape: LinkOne},
	{From: KindRound, Field: "rubric", To: KindRubric, Shape: LinkOne},
	{From: KindAssignment, Field: "round", To: KindRound, Shape: LinkOne},
	{From: KindAssignment, Field: "judge", To: KindExpert, Shape: LinkOne},
	{From: KindAssignment, Field: "team", To: KindTeam, Shape: LinkOne},
	{From: KindScore, Field: "round", To: KindRound, Shape: LinkOne},
	{From: KindScore, Field: "judge", To: KindExpert, Shape: LinkOne},
	{From: KindScore, Field: "team", To: KindTeam, Shape: LinkOne},
	{From: KindScore, Field: "criterion", To: KindCriterion, Shape: LinkOne},
	{From: KindScore, Field: "level", To: KindLevel, Shape: LinkOne},
	{From: KindFeedback, Field: "round", To: KindRound, Shape: LinkOne},
	{From: KindFeedback, Field: "judge", To: KindExpert, Shape: LinkOne},
	{From: KindFeedback, Field: "team", To: KindTeam, Shape: LinkOne},
}

func init() {
	parents := map[Kind]reflect.Type{"": reflect.TypeOf(Project{})}
	for i := range kindSpecs {
		k := &kindSpecs[i]
		if k.Kind == KindUnit {
			continue
		}
		f, ok := parents[k.Parent].FieldByName(k.Field)
		if !ok || f.Type.Kind() != reflect.Slice {
			panic("model: schema names no slice " + k.Field + " for " + string(k.Kind))
		}
		k.slice, k.elem = f.Index, f.Type.Elem()
		parents[k.Kind] = k.elem
	}
	for i := range kindSpecs {
		k := &kindSpecs[i]
		t := parents[k.Kind]
		if k.Kind == KindUnit {
			t = parents[""]
		}
		k.name = -1
		if i, ok := tomlFields(t)[k.Name]; ok && k.Name != "" {
			k.name = i
		}
		if k.Kind == KindUnit {
			continue
		}
		if parent := specOf(k.Parent); parent != nil && k.Parent != "" {
			parent.children = append(parent.children, k)
		}
	}
}

// topKinds returns the kinds whose lists Project holds, in file order.
func topKinds() []*KindSpec {
	var out []*KindSpec
	for i := range kindSpecs {
		if k := &kindSpecs[i]; k.Kind != KindUnit && k.Parent == "" {
			out = append(out, k)
		}
	}
	return out
}

// Kinds returns the table of entity kinds, in file order.
func Kinds() []KindSpec { return append([]KindSpec(nil), kindSpecs...) }

// Links returns the table of link fields.
func Links() []Link { return append([]Link(nil), linkSpecs...) }

func specOf(k Kind) *KindSpec {
	for i := range kindSpecs {
		if kindSpecs[i].Kind == k {
			return &kindSpecs[i]
		}
	}
	return nil
}
