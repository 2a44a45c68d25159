package export

import (
	"fmt"
	"slices"
	"strings"

	"coplan/model"
)

// AllPartners is the PDFOptions.Partner value, and the word `coplan export
// --partner` takes, that briefs every partner organisation but the school's own.
const AllPartners = "all"

// partnerBriefingTitle names the partner briefing in footers and metadata.
const partnerBriefingTitle = "Partner briefing"

// FindPartner returns the partner organisation of p whose id is query or
// whose name is query (ignoring case and surrounding space), by model.Find's
// rule. When none or several match, the error lists the partners the unit has.
func FindPartner(p *model.Project, query string) (*model.Partner, error) {
	id, err := model.Find(p, query, model.KindPartner)
	if err != nil {
		return nil, err
	}
	return p.Partner(id), nil
}

// selectPartners returns the partner named by query or, for AllPartners
// (unless a partner has that id or name), every partner that is not the
// school's own, in the unit's order.
func selectPartners(p *model.Project, query string) ([]*model.Partner, error) {
	x, err := FindPartner(p, query)
	if err == nil {
		return []*model.Partner{x}, nil
	}
	if !strings.EqualFold(strings.TrimSpace(query), AllPartners) {
		if len(p.Partners) > 0 {
			err = fmt.Errorf("%w\nor %q for every partner", err, AllPartners)
		}
		return nil, err
	}
	out := make([]*model.Partner, 0, len(p.Partners))
	for i := range p.Partners {
		if x := &p.Partners[i]; !schoolsOwn(p, x) {
			out = append(out, x)
		}
	}
	return out, nil
}

// schoolsOwn reports whether partner x is the school itself: it has people
// in the unit and every one of them is school staff. Like school staff, it
// is briefed only when chosen.
func schoolsOwn(p *model.Project, x *model.Partner) bool {
	people := peopleOf(p, x)
	for _, e := range people {
		if !e.IsSchoolStaff() {
			return false
		}
	}
	return len(people) > 0
}

// peopleOf returns the experts who belong to partner x, in the unit's order.
func peopleOf(p *model.Project, x *model.Partner) []*model.Expert {
	var out []*model.Expert
	for i := range p.Experts {
		if e := &p.Experts[i]; e.Partner != "" && e.Partner == x.ID {
			out = append(out, e)
		}
	}
	return out
}

// visit is one session some of a partner's people take part in.
type visit struct {
	s *model.Session
	// people are the partner's people in the session: the lead first.
	people []*model.Expert
}

// visitsOf returns the sessions any of people lead or join, in teaching
// order (the unit's list order), each with those of people who come.
func visitsOf(p *model.Project, people []*model.Expert) []visit {
	var out []visit
	for _, s := range allSessions(p) {
		var who []*model.Expert
		for _, e := range people {
			if s.Lead == e.ID {
				who = append([]*model.Expert{e}, who...)
			} else if slices.Contains(s.Experts, e.ID) {
				who = append(who, e)
			}
		}
		if len(who) > 0 {
			out = append(out, visit{s, who})
		}
	}
	return out
}

// partnerTasks returns the responsibilities of partner x: those whose owner
// (model.Project.OwnerOf) is x or one of its people and, unless x is the
// school's own, the partners' tasks with no owner at all, as each of its
// experts' briefings lists them.
func partnerTasks(p *model.Project, x *model.Partner) []model.Responsibility {
	own := schoolsOwn(p, x)
	var out []model.Responsibility
	for i := range p.Responsibilities {
		r := &p.Responsibilities[i]
		o := p.OwnerOf(r)
		mine := false
		switch {
		case o.Expert != nil:
			mine = o.Expert.Partner != "" && o.Expert.Partner == x.ID
		case o.Partner != nil:
			mine = o.Partner.ID == x.ID
		case o.Text == "":
			mine = r.Party == model.PartyPartner && !own
		}
		if mine {
			out = append(out, *r)
		}
	}
	return out
}
