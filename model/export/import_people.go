package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"coplan/model"
)

// peopleColumns are the columns ReadPeopleCSV knows, each by its names.
var peopleColumns = map[string][]string{
	"name":    {"name", "full name", "person"},
	"email":   {"email", "e-mail", "email address"},
	"phone":   {"phone", "mobile", "phone number", "telephone"},
	"partner": {"partner", "organisation", "organization", "company", "employer"},
	"roles":   {"roles", "role"},
	"kind":    {"safety check kind", "safety check", "check kind", "check", "check type", "safety check type"},
	"number":  {"number", "check number", "safety check number"},
	"expiry":  {"expiry", "expires", "expiry date", "check expiry", "safety check expiry", "expiration"},
}

// ImportedPeople is what a people spreadsheet brings into a unit.
type ImportedPeople struct {
	// Edit adds the new people and partners and updates the people already
	// in the unit (matched by email, else by name), as one undoable step.
	Edit model.Edit
	// Added, Updated and Partners count new people, changed people and new partners.
	Added, Updated, Partners int
}

// ReadPeopleCSV reads a spreadsheet of people with the columns name, email,
// phone, partner, roles, safety check kind, number and expiry (headers
// matched loosely; only name is required). Roles are separated by
// semicolons; a partner is matched by name or created. Any bad row makes
// the whole import fail with an *ImportError naming every bad row by line.
func ReadPeopleCSV(r io.Reader, p *model.Project, now time.Time) (*ImportedPeople, error) {
	s, err := readSheet(r, "people", peopleColumns, "name")
	if err != nil {
		return nil, err
	}
	partners := map[string]string{}
	for _, x := range p.Partners {
		partners[strings.ToLower(strings.TrimSpace(x.Name))] = x.ID
	}
	out := &ImportedPeople{}
	var edits []model.Edit
	var problems []RowProblem
	seen := map[string]int{}
	for _, row := range s.rows {
		e, msg := personOf(s, row)
		if msg == "" {
			key := strings.ToLower(e.Name)
			if e.Email != "" {
				key = strings.ToLower(e.Email)
			}
			if line, dup := seen[key]; dup {
				msg = fmt.Sprintf("%s is already on line %d", e.Name, line)
			}
			seen[key] = row.line
		}
		if msg != "" {
			problems = append(problems, RowProblem{row.line, msg})
			continue
		}
		if name := s.get(row, "partner"); name != "" {
			id, ok := partners[strings.ToLower(name)]
			if !ok {
				id = model.NewID()
				partners[strings.ToLower(name)] = id
				edits = append(edits, model.Add(model.Partner{ID: id, Updated: now, Name: name}, "", -1))
				out.Partners++
			}
			e.Partner = id
		}
		if old := samePerson(p, e); old != nil {
			if es := personUpdates(old, e); len(es) > 0 {
				edits = append(edits, es...)
				out.Updated++
			}
			continue
		}
		e.ID, e.Updated = model.NewID(), now
		edits = append(edits, model.Add(e, "", -1))
		out.Added++
	}
	if len(problems) > 0 {
		return nil, &ImportError{problems}
	}
	out.Edit = model.Batch("Imported "+model.Count(out.Added+out.Updated, "person"), edits...)
	return out, nil
}

// personOf reads one row into an expert, or says what is wrong with it.
func personOf(s *sheet, row csvRow) (model.Expert, string) {
	e := model.Expert{Name: s.get(row, "name"), Email: s.get(row, "email"), Phone: s.get(row, "phone")}
	if e.Name == "" {
		return e, "no name: every person needs one"
	}
	for _, r := range splitList(s.get(row, "roles")) {
		role := roleOf(r)
		if role == "" {
			return e, fmt.Sprintf("%s: role %q is not one Coplan knows; the roles are %s", e.Name, r, roleWords())
		}
		e.Roles = append(e.Roles, role)
	}
	e.SafetyCheck.Kind, e.SafetyCheck.Number = s.get(row, "kind"), s.get(row, "number")
	if x := s.get(row, "expiry"); x != "" {
		d, err := model.ParseDate(x)
		if err != nil {
			return e, fmt.Sprintf("%s: safety check expiry: %v", e.Name, err)
		}
		e.SafetyCheck.Expires = d
	}
	return e, ""
}

// roleOf returns the role that text names, in the words the editor shows
// ("Project consultant", in any case, with spaces or hyphens) or as the
// file writes it, or "" for none.
func roleOf(text string) string {
	key := strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == '-' || r == '_' }), "-")
	for _, role := range model.Roles {
		if key == role || key == strings.ReplaceAll(strings.ToLower(model.RoleName(role)), " ", "-") {
			return role
		}
	}
	return ""
}

// roleWords lists every role in words, lower case: "mentor, guest speaker, ...".
func roleWords() string {
	words := make([]string, len(model.Roles))
	for i, r := range model.Roles {
		words[i] = strings.ToLower(model.RoleName(r))
	}
	return strings.Join(words, ", ")
}

// samePerson finds the expert in p with e's email, else with e's name.
func samePerson(p *model.Project, e model.Expert) *model.Expert {
	for i := range p.Experts {
		if e.Email != "" && strings.EqualFold(p.Experts[i].Email, e.Email) {
			return &p.Experts[i]
		}
	}
	for i := range p.Experts {
		if strings.EqualFold(strings.TrimSpace(p.Experts[i].Name), e.Name) {
			return &p.Experts[i]
		}
	}
	return nil
}

// personUpdates sets the fields the row gives that differ from old; roles are added to old's.
func personUpdates(old *model.Expert, e model.Expert) []model.Edit {
	var out []model.Edit
	set := func(path, was, now string) {
		if now != "" && now != was {
			out = append(out, model.Set(old.ID, path, now))
		}
	}
	set("email", old.Email, e.Email)
	set("phone", old.Phone, e.Phone)
	set("partner", old.Partner, e.Partner)
	set("safety_check.kind", old.SafetyCheck.Kind, e.SafetyCheck.Kind)
	set("safety_check.number", old.SafetyCheck.Number, e.SafetyCheck.Number)
	if !e.SafetyCheck.Expires.IsZero() && e.SafetyCheck.Expires != old.SafetyCheck.Expires {
		out = append(out, model.Set(old.ID, "safety_check.expires", e.SafetyCheck.Expires))
	}
	roles := append([]string(nil), old.Roles...)
	for _, r := range e.Roles {
		if !model.IsOneOf(r, roles) {
			roles = append(roles, r)
		}
	}
	if len(roles) != len(old.Roles) {
		out = append(out, model.Set(old.ID, "roles", roles))
	}
	return out
}
