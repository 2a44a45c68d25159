package model

import (
	"fmt"
	"reflect"
	"strings"
)

// fieldLabels names each field of each kind of entity by its file key, in
// the words the editor shows beside it (or, for the rubric grid, which has
// no labels, what a person calls it). Messages for people use these, never
// the keys. A key of a per-level map (descriptors, labels, points) is named
// here without the level's id; TestEveryFieldHasALabel walks the schema and
// fails until a new field is named here.
var fieldLabels = map[Kind]map[string]string{
	KindUnit: {
		"title": "Title", "unit.year_levels": "Year levels", "unit.subjects": "Subjects",
		"unit.start": "Starts", "unit.end": "Ends", "unit.school": "School", "unit.contact": "Contact",
		"unit.contact_email": "Email", "unit.contact_phone": "Phone", "unit.time_zone": "Time zone",
		"unit.real_world_problem": "Real-world problem", "unit.driving_question": "Driving question",
		"unit.central_goal": "Central goal",
	},
	KindPartner: {
		"name": "Name", "kind": "Kind", "contact": "Contact", "email": "Email", "phone": "Phone",
		"website": "Website", "notes": "Private notes",
	},
	KindExpert: {
		"name": "Name", "partner": "Organisation", "roles": "Roles", "expertise": "Expertise",
		"email": "Email", "phone": "Phone", "safety_check.kind": "Safety check kind",
		"safety_check.jurisdiction": "Safety check issued in", "safety_check.number": "Safety check number",
		"safety_check.expires": "Safety check expires", "notes": "Private notes",
	},
	KindOutcome: {"code": "Code", "text": "Outcome"},
	KindSession: {
		"title": "Title", "date": "Date", "start": "Starts at", "minutes": "Minutes",
		"engagement": "Engagement", "location": "Location", "lead": "Lead", "experts": "Experts",
		"outcomes": "Outcomes", "prep": "Preparation", "notes": "Notes",
	},
	KindRubric: {
		"title": "Title", "description": "Description", "unscored": "Feedback only",
		"copied_from.file": "Origin", "copied_from.rubric": "Origin",
	},
	KindLevel: {"label": "Name", "points": "Points"},
	KindCriterion: {
		"title": "Title", "description": "Description", "weight": "Weight", "outcomes": "Outcomes",
		"range": "Range", "unused": "Levels offered", "descriptors": "Descriptor",
		"labels": "Own name", "points": "Own points",
	},
	KindAssessment: {
		"title": "Title", "due": "Due", "rubric": "Rubric", "outcomes": "Outcomes", "description": "Task",
	},
	KindResponsibility: {
		"party": "Who", "task": "Task", "owner": "Or in words", "owner_expert": "Person",
		"owner_partner": "Organisation", "due": "Due", "done": "Done",
	},
	KindTeam: {
		"name": "Name", "project": "Project", "members": "Members", "mentor": "Mentor",
		"table": "Table", "notes": "Notes",
	},
	KindRound: {
		"title": "Title", "session": "Session", "rubric": "Rubric",
		"judges_per_team": "Judges per team", "max_per_judge": "Most teams per judge",
	},
	KindAssignment: {"round": "Round", "judge": "Judge", "team": "Team", "auto": "Made automatically", "note": "Note"},
	KindScore: {
		"round": "Round", "judge": "Judge", "team": "Team", "criterion": "Criterion",
		"level": "Level", "points": "Points", "comment": "Comment",
	},
	KindFeedback: {"round": "Round", "judge": "Judge", "team": "Team", "strengths": "Strengths", "next_steps": "Next steps"},
	KindComment: {
		"target": "On", "field": "Field", "author": "From", "role": "Role", "at": "Written",
		"text": "Comment", "suggestion": "Suggests", "status": "Status",
	},
}

// otherKeysLabel names the keys a newer Coplan wrote that this one keeps unread.
const otherKeysLabel = "Settings from a newer Coplan"

// FieldLabel returns the words the editor shows for the field at path (a
// file key such as "unit.end", "safety_check.expires" or
// "descriptors.LEVEL-ID") of an entity of kind: "Ends", "Safety check
// expires", "Descriptor". A path it does not know comes back as its last
// key in words, never with dots or underscores.
func FieldLabel(kind Kind, path string) string {
	if path == OtherKeys || strings.HasSuffix(path, "."+OtherKeys) {
		return otherKeysLabel
	}
	head, _, _ := strings.Cut(path, ".")
	tables := []map[string]string{fieldLabels[kind]}
	if fieldLabels[kind] == nil { // a kind not known: any kind's words for the key
		for _, k := range kindSpecs {
			tables = append(tables, fieldLabels[k.Kind])
		}
	}
	for _, key := range []string{path, head} {
		for _, labels := range tables {
			if l, ok := labels[key]; ok {
				return l
			}
		}
	}
	last := path[strings.LastIndex(path, ".")+1:]
	if strings.ContainsAny(last, "0123456789") { // an id, such as a level's
		last = head
	}
	return capitalise(strings.ReplaceAll(last, "_", " "))
}

// FieldName names the field at path of the entity with id in the words on
// screen, with the level it is about for a per-level field: "Ends",
// `Descriptor at level "Proficient"`. An empty path gives "".
func (p *Project) FieldName(id, path string) string {
	if path == "" {
		return ""
	}
	loc, ok := locate(p, id)
	if !ok {
		return FieldLabel("", path)
	}
	return fieldName(p, loc, path)
}

// fieldName is FieldName for an entity already located.
func fieldName(p *Project, loc location, path string) string {
	label := FieldLabel(loc.kind, path)
	if _, key, ok := strings.Cut(path, "."); ok && isLevelMap(loc.kind, path) {
		label += " at " + levelWords(p.Rubric(loc.parent), key)
	}
	return label
}

// DescribeField writes the field at path of the entity with id for a
// sentence, in the words on screen: `Ends of the unit`, `Title of session
// "Launch"`, `Descriptor at level "Proficient" of criterion "Accuracy" in
// rubric "Water quality"`. It never shows an id or a file key.
func (p *Project) DescribeField(id, path string) string {
	loc, ok := locate(p, id)
	if !ok {
		return FieldLabel("", path)
	}
	return describeAt(p, loc, id, path)
}

// describeAt is DescribeField for an entity already located.
func describeAt(p *Project, loc location, id, path string) string {
	label := fieldName(p, loc, path)
	if loc.kind == KindUnit {
		return label + " of the unit"
	}
	name := ""
	if spec := specOf(loc.kind); spec != nil && spec.name >= 0 {
		name = loc.elem.Field(spec.name).String()
	}
	if describers[loc.kind] != nil {
		name = p.Index()[id].Name
	}
	what := Ref{Kind: loc.kind, Name: name}.Describe()
	out := label + " of " + what
	if r := p.Rubric(loc.parent); r != nil && loc.parent != "" {
		out += " in " + Ref{Kind: KindRubric, Name: r.Title}.Describe()
	}
	return out
}

// isLevelMap reports whether path names one level's entry of a map keyed by
// level ids, such as "descriptors.LEVEL-ID".
func isLevelMap(kind Kind, path string) bool {
	head, _, ok := strings.Cut(path, ".")
	if !ok {
		return false
	}
	for _, l := range linkSpecs {
		if l.From == kind && l.Field == head && l.Shape == LinkKeys && l.To == KindLevel {
			return true
		}
	}
	return false
}

// levelWords names the level with id in rubric r: `level "Proficient"`, or
// `a level no longer in the rubric` when r has none with that id.
func levelWords(r *Rubric, id string) string {
	if r != nil {
		for _, l := range r.Levels {
			if l.ID == id {
				return Ref{Kind: KindLevel, Name: l.Label}.Describe()
			}
		}
	}
	return "a level no longer in the rubric"
}

// roleNames maps the values of Expert.Roles to the words people read.
var roleNames = map[string]string{
	RoleMentor:         "Mentor",
	RoleGuestSpeaker:   "Guest speaker",
	RoleConsultant:     "Project consultant",
	RoleJudge:          "Judge",
	RoleFieldTripHost:  "Field trip host",
	RoleRubricReviewer: "Rubric reviewer",
	RoleInternshipHost: "Internship host",
	RoleAdvisoryBoard:  "Advisory board",
	RoleCareerDay:      "Career day presenter",
	RoleTeacher:        "Teacher",
}

// RoleName returns a role of Expert.Roles in words, such as "Project
// consultant" for "project-consultant"; a role this version does not know
// comes back with its hyphens as spaces.
func RoleName(role string) string {
	if n, ok := roleNames[role]; ok {
		return n
	}
	return capitalise(strings.ReplaceAll(strings.TrimSpace(role), "-", " "))
}

// RoleNames writes roles in words, comma-separated, skipping blank ones.
func RoleNames(roles []string) string {
	out := make([]string, 0, len(roles))
	for _, r := range roles {
		if strings.TrimSpace(r) != "" {
			out = append(out, RoleName(r))
		}
	}
	return strings.Join(out, ", ")
}

// partnerKindNames maps the values of Partner.Kind to the words people read,
// as the editor's People section shows them.
var partnerKindNames = map[string]string{
	"industry": "Industry", "university": "University", "government": "Government",
	"non-profit": "Non-profit", "community": "Community group", "school": "School", "other": "Other",
}

// PartnerKindName returns a kind of partner organisation in words, such as
// "Community group" for "community".
func PartnerKindName(kind string) string {
	if n, ok := partnerKindNames[kind]; ok {
		return n
	}
	return capitalise(strings.ReplaceAll(strings.TrimSpace(kind), "-", " "))
}

// fieldChanged is the summary of a Set: `Changed Ends of the unit`.
func fieldChanged(p *Project, loc location, id, path string) string {
	return fmt.Sprintf("Changed %s", describeAt(p, loc, id, path))
}

// describeNew names entity value v of kind for a sentence, such as
// `session "Launch"`; kinds named by what they link to (a score) are named
// through the unit's index.
func describeNew(p *Project, kind Kind, v reflect.Value) string {
	name := ""
	if describe := describers[kind]; describe != nil {
		name = describe(v, p.Index())
	} else if spec := specOf(kind); spec != nil && spec.name >= 0 {
		name = v.Field(spec.name).String()
	}
	return Ref{Kind: kind, Name: name}.Describe()
}

// FieldPaths lists the file keys of the fields of an entity of kind that an
// edit may set, in file order: "unit.end", "safety_check.expires"; a map
// keyed by level ids (descriptors) is listed by its own key. Ids, updated
// times, nested lists and keys kept from a newer Coplan are left out.
func FieldPaths(kind Kind) []string {
	spec := specOf(kind)
	if spec == nil {
		return nil
	}
	t := spec.elem
	if kind == KindUnit {
		t = projectType
	}
	var out []string
	for _, s := range specsOf(t) {
		if s.kind != specExtra {
			out = append(out, s.path)
		}
	}
	return out
}
