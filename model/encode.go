package model

import (
	"io"
	"sort"
)

// Encode writes p as a .coplan.toml document. Keys and entities come in a
// fixed order, so encoding the same Project always gives the same bytes.
func Encode(p *Project) []byte {
	w := &tomlWriter{b: make([]byte, 0, 4096)}
	w.text("format", Format)
	w.str("id", p.ID)
	w.text("title", p.Title)
	w.time("updated", p.Updated)
	w.str("revision", p.Revision)
	w.str("parent", p.Parent)
	w.extra(p.Extra)

	writeUnit(w, &p.Unit)
	for i := range p.Partners {
		writePartner(w, &p.Partners[i])
	}
	for i := range p.Experts {
		writeExpert(w, &p.Experts[i])
	}
	for i := range p.Outcomes {
		o := &p.Outcomes[i]
		w.header("outcomes", true)
		w.text("id", o.ID)
		w.time("updated", o.Updated)
		w.str("code", o.Code)
		w.str("text", o.Text)
		w.extra(o.Extra)
	}
	for i := range p.Sessions {
		writeSession(w, &p.Sessions[i])
	}
	for i := range p.Rubrics {
		writeRubric(w, &p.Rubrics[i])
	}
	for i := range p.Assessments {
		a := &p.Assessments[i]
		w.header("assessments", true)
		w.text("id", a.ID)
		w.time("updated", a.Updated)
		w.str("title", a.Title)
		w.date("due", a.Due)
		w.str("rubric", a.Rubric)
		w.strs("outcomes", a.Outcomes)
		w.str("description", a.Description)
		w.extra(a.Extra)
	}
	for i := range p.Responsibilities {
		r := &p.Responsibilities[i]
		w.header("responsibilities", true)
		w.text("id", r.ID)
		w.time("updated", r.Updated)
		w.str("party", r.Party)
		w.str("task", r.Task)
		w.str("owner", r.Owner)
		w.str("owner_expert", r.OwnerExpert)
		w.str("owner_partner", r.OwnerPartner)
		w.date("due", r.Due)
		w.bool("done", r.Done)
		w.extra(r.Extra)
	}
	writeJudging(w, p)
	for i := range p.Comments {
		writeComment(w, &p.Comments[i])
	}
	for _, t := range p.Deleted {
		w.header("deleted", true)
		w.text("id", t.ID)
		w.time("at", t.At)
		w.extra(t.Extra)
	}
	return w.b
}

// EncodeTo writes the encoded p to out.
func EncodeTo(out io.Writer, p *Project) error {
	_, err := out.Write(Encode(p))
	return err
}

func writeUnit(w *tomlWriter, u *Unit) {
	w.header("unit", false)
	w.strs("year_levels", u.YearLevels)
	w.strs("subjects", u.Subjects)
	w.date("start", u.Start)
	w.date("end", u.End)
	w.str("school", u.School)
	w.str("contact", u.Contact)
	w.str("contact_email", u.ContactEmail)
	w.str("contact_phone", u.ContactPhone)
	w.str("time_zone", u.TimeZone)
	w.str("real_world_problem", u.RealWorldProblem)
	w.str("driving_question", u.DrivingQuestion)
	w.str("central_goal", u.CentralGoal)
	w.extra(u.Extra)
}

func writePartner(w *tomlWriter, p *Partner) {
	w.header("partners", true)
	w.text("id", p.ID)
	w.time("updated", p.Updated)
	w.str("name", p.Name)
	w.str("kind", p.Kind)
	w.str("contact", p.Contact)
	w.str("email", p.Email)
	w.str("phone", p.Phone)
	w.str("website", p.Website)
	w.str("notes", p.Notes)
	w.extra(p.Extra)
}

func writeExpert(w *tomlWriter, e *Expert) {
	w.header("experts", true)
	w.text("id", e.ID)
	w.time("updated", e.Updated)
	w.str("name", e.Name)
	w.str("partner", e.Partner)
	w.strs("roles", e.Roles)
	w.str("expertise", e.Expertise)
	w.str("email", e.Email)
	w.str("phone", e.Phone)
	w.str("notes", e.Notes)
	w.extra(e.Extra)
	if c := e.SafetyCheck; c.Kind != "" || c.Jurisdiction != "" || c.Number != "" || !c.Expires.IsZero() || len(c.Extra) > 0 {
		w.header("experts.safety_check", false)
		w.str("kind", c.Kind)
		w.str("jurisdiction", c.Jurisdiction)
		w.str("number", c.Number)
		w.date("expires", c.Expires)
		w.extra(c.Extra)
	}
}

func writeSession(w *tomlWriter, s *Session) {
	w.header("sessions", true)
	w.text("id", s.ID)
	w.time("updated", s.Updated)
	w.str("title", s.Title)
	w.date("date", s.Date)
	w.clock("start", s.Start)
	w.int("minutes", s.Minutes)
	w.str("engagement", s.Engagement)
	w.str("location", s.Location)
	w.str("lead", s.Lead)
	w.strs("experts", s.Experts)
	w.strs("outcomes", s.Outcomes)
	w.str("prep", s.Prep)
	w.str("notes", s.Notes)
	w.extra(s.Extra)
}

func writeRubric(w *tomlWriter, r *Rubric) {
	w.header("rubrics", true)
	w.text("id", r.ID)
	w.time("updated", r.Updated)
	w.str("title", r.Title)
	w.str("description", r.Description)
	w.bool("unscored", r.Unscored)
	w.extra(r.Extra)
	if c := r.CopiedFrom; c.File != "" || c.Rubric != "" || len(c.Extra) > 0 {
		w.header("rubrics.copied_from", false)
		w.str("file", c.File)
		w.str("rubric", c.Rubric)
		w.extra(c.Extra)
	}
	for i := range r.Levels {
		l := &r.Levels[i]
		w.header("rubrics.levels", true)
		w.text("id", l.ID)
		w.time("updated", l.Updated)
		w.text("label", l.Label)
		w.number("points", l.Points)
		w.extra(l.Extra)
	}
	for i := range r.Criteria {
		writeCriterion(w, r, &r.Criteria[i])
	}
	for _, a := range r.Approvals {
		w.header("rubrics.approvals", true)
		w.str("by", a.By)
		w.str("role", a.Role)
		w.time("at", a.At)
		w.str("digest", a.Digest)
		w.extra(a.Extra)
	}
}

func writeCriterion(w *tomlWriter, r *Rubric, c *Criterion) {
	w.header("rubrics.criteria", true)
	w.text("id", c.ID)
	w.time("updated", c.Updated)
	w.text("title", c.Title)
	w.str("description", c.Description)
	w.int("weight", c.Weight)
	w.strs("outcomes", c.Outcomes)
	w.bool("range", c.Range)
	w.strs("unused", c.Unused)
	w.extra(c.Extra)
	writeByLevel(w, r, "rubrics.criteria.descriptors", c.Descriptors, w.text)
	writeByLevel(w, r, "rubrics.criteria.labels", c.Labels, w.text)
	writeByLevel(w, r, "rubrics.criteria.points", c.Points, w.number)
}

// writeByLevel writes a table keyed by level id in the rubric's level order;
// keys of unknown levels come last, sorted. An empty map writes nothing.
func writeByLevel[V any](w *tomlWriter, r *Rubric, table string, m map[string]V, put func(string, V)) {
	if len(m) == 0 {
		return
	}
	w.header(table, false)
	written := 0
	for _, l := range r.Levels {
		if v, ok := m[l.ID]; ok {
			put(l.ID, v)
			written++
		}
	}
	if written == len(m) {
		return
	}
	rest := make([]string, 0, len(m)-written)
	for k := range m {
		if r.levelIndex(k) < 0 {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		put(k, m[k])
	}
}

func writeComment(w *tomlWriter, c *Comment) {
	w.header("comments", true)
	w.text("id", c.ID)
	w.time("updated", c.Updated)
	w.str("target", c.Target)
	w.str("field", c.Field)
	w.str("author", c.Author)
	w.str("role", c.Role)
	w.time("at", c.At)
	w.str("text", c.Text)
	w.str("suggestion", c.Suggestion)
	w.str("status", string(c.Status))
	w.extra(c.Extra)
}

// levelIndex returns the position of the level with id, or -1.
func (r *Rubric) levelIndex(id string) int {
	for i := range r.Levels {
		if r.Levels[i].ID == id {
			return i
		}
	}
	return -1
}
