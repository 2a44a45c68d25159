package export

import (
	"fmt"
	"strings"
	"time"

	"coplan/model"

	"github.com/emersion/go-ical"
)

// taskEvents returns, with opt.Tasks, an all-day VEVENT on the due date of
// each responsibility that has one, in unit order: all of them, or only
// those of opt.Expert (an id or name) as their briefing lists them. A calendar program
// shows an all-day event everywhere, where many ignore a VTODO. Its UID comes
// from the responsibility's id, its SUMMARY reads "Due: " or "Done: " and the
// task, it is marked free time (TRANSP:TRANSPARENT) and its CATEGORIES is
// "task"; the DESCRIPTION names the unit and the owner.
func taskEvents(p *model.Project, opt ICSOptions, now time.Time) ([]*ical.Component, error) {
	if !opt.Tasks {
		return nil, nil
	}
	rs := p.Responsibilities
	if strings.TrimSpace(opt.Expert) != "" {
		e, err := FindExpert(p, opt.Expert)
		if err != nil {
			return nil, fmt.Errorf("export calendar: %w", err)
		}
		rs = responsibilitiesOf(p, e)
	}
	var out []*ical.Component
	for i := range rs {
		r := &rs[i]
		if r.Due.IsZero() {
			continue
		}
		out = append(out, taskEvent(p, r, now))
	}
	return out, nil
}

// taskEvent builds the all-day VEVENT of a responsibility with a due date.
func taskEvent(p *model.Project, r *model.Responsibility, now time.Time) *ical.Component {
	ev := ical.NewEvent()
	uid := r.ID
	if uid == "" {
		uid = p.ID + "-task-" + r.Due.String() + "-" + r.Task
	}
	ev.Props.SetText(ical.PropUID, uid+uidDomain)
	stamp := r.Updated
	if stamp.IsZero() {
		stamp = now
	}
	stamp = stamp.UTC().Truncate(time.Second)
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp)
	ev.Props.SetDateTime(ical.PropLastModified, stamp)
	ev.Props.Set(&ical.Prop{Name: ical.PropSequence, Params: ical.Params{}, Value: fmt.Sprint(sequenceOf(stamp))})
	day := r.Due.Time()
	ev.Props.SetDate(ical.PropDateTimeStart, day)
	ev.Props.SetDate(ical.PropDateTimeEnd, day.AddDate(0, 0, 1))
	prefix := "Due: "
	if r.Done {
		prefix = "Done: "
	}
	ev.Props.SetText(ical.PropSummary, prefix+oneLine(firstNonBlank(r.Task, "Untitled task")))
	ev.Props.Set(&ical.Prop{Name: ical.PropTransparency, Params: ical.Params{}, Value: "TRANSPARENT"})
	ev.Props.SetText(ical.PropCategories, "task")
	var parts []string
	if t := strings.TrimSpace(p.Title); t != "" {
		parts = append(parts, "Unit: "+oneLine(t))
	}
	if o := strings.TrimSpace(p.OwnerOf(r).Name()); o != "" {
		parts = append(parts, "Owner: "+oneLine(o))
	}
	if len(parts) > 0 {
		ev.Props.SetText(ical.PropDescription, strings.Join(parts, "\n"))
	}
	return ev.Component
}
