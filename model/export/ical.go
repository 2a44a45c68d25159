package export

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/mail"
	"strings"
	"time"
	// The school's zone must load on machines without a zone database (Windows).
	_ "time/tzdata"

	"github.com/emersion/go-ical"

	"coplan/model"
)

// ICSOptions chooses what WriteICS puts in the calendar.
type ICSOptions struct {
	// Expert is the id or name of one expert: only the sessions they lead or
	// take part in. Empty means every session.
	Expert string
	// Now stamps sessions that carry no updated time; the zero time means
	// the current time.
	Now time.Time
	// Tasks adds each responsibility's due date as an all-day event.
	Tasks bool
}

// ICSResult says what WriteICS wrote and what it left out.
type ICSResult struct {
	// Events is the number of sessions written.
	Events int
	// Tasks is the number of responsibilities written, with ICSOptions.Tasks.
	Tasks int
	// Undated lists the titles of the sessions left out because they have no date.
	Undated []string
	// Unwritable lists the sessions left out because a calendar file cannot
	// hold them (such as an id with a line break), each as its title and why.
	Unwritable []Unwritable
}

// Unwritable is a session WriteICS left out because a calendar cannot hold it.
type Unwritable struct {
	Title  string
	Reason string
}

// uidDomain ends every event's UID, after the session's id.
const uidDomain = "@coplan"

// WriteICS writes the sessions of p as an iCalendar (RFC 5545) file: one
// VEVENT per dated session, whose UID comes from the session's id so that
// importing the file again updates the events instead of adding copies.
//
// Times are in the unit's time zone (Unit.TimeZone, an IANA name such as
// "Australia/Melbourne"), given as TZID with a VTIMEZONE that covers the
// sessions. A unit without a time zone gets floating times: a calendar shows
// them at the same clock time in whatever zone it is in, which is right for
// everyone in the school's zone and avoids guessing one from this machine.
// A session without a start time is an all-day event. DTSTAMP and
// LAST-MODIFIED are the latest edit to the session or its experts, SEQUENCE
// grows with it, and CATEGORIES is the engagement (in-class, in-community).
// DESCRIPTION gives the unit, the lead, the experts, the preparation and the
// notes; each expert with a valid e-mail address is an ATTENDEE (the lead as
// CHAIR), and the unit's contact is the ORGANIZER.
func WriteICS(w io.Writer, p *model.Project, opt ICSOptions) (ICSResult, error) {
	var res ICSResult
	if p == nil {
		return res, errors.New("export calendar: no unit")
	}
	sessions, who, err := calendarSessions(p, opt.Expert)
	if err != nil {
		return res, err
	}
	var loc *time.Location
	if name := strings.TrimSpace(p.Unit.TimeZone); name != "" {
		if loc, err = time.LoadLocation(name); err != nil || name == "Local" {
			return res, fmt.Errorf("export calendar: the unit's time zone %q is not a time zone name such as Europe/Berlin", name)
		}
	}
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	cal := ical.NewCalendar()
	cal.Props.SetText(ical.PropProductID, "-//Coplan//Coplan unit calendar//EN")
	cal.Props.SetText(ical.PropVersion, "2.0")
	cal.Props.SetText(ical.PropCalendarScale, "GREGORIAN")
	setExtension(cal.Component, "X-WR-CALNAME", oneLine(joinNonBlank(" — ", p.Title, who)))
	var events []*ical.Component
	var first, last time.Time
	for _, s := range sessions {
		if s.Date.IsZero() {
			res.Undated = append(res.Undated, firstNonBlank(s.Title, "Untitled session"))
			continue
		}
		ev, start, end := sessionEvent(p, s, loc, now)
		if err := encodable(cal, ev); err != nil {
			res.Unwritable = append(res.Unwritable, Unwritable{Title: firstNonBlank(s.Title, "Untitled session"), Reason: err.Error()})
			continue
		}
		if s.Start.Set && (first.IsZero() || start.Before(first)) {
			first = start
		}
		if s.Start.Set && end.After(last) {
			last = end
		}
		events = append(events, ev)
	}
	tasks, err := taskEvents(p, opt, now)
	if err != nil {
		return res, err
	}
	if len(events)+len(tasks) == 0 {
		if len(res.Unwritable) > 0 {
			u := res.Unwritable[0]
			return res, fmt.Errorf("export calendar: %w: session %q cannot be written in a calendar: %s", ErrNothingToExport, u.Title, u.Reason)
		}
		if len(res.Undated) > 0 {
			return res, fmt.Errorf("export calendar: %w: no session has a date yet", ErrNothingToExport)
		}
		return res, fmt.Errorf("export calendar: %w: there are no sessions", ErrNothingToExport)
	}
	if loc != nil && !first.IsZero() {
		setExtension(cal.Component, "X-WR-TIMEZONE", loc.String())
		cal.Children = append(cal.Children, timezoneComponent(loc, first, last))
	}
	cal.Children = append(append(cal.Children, events...), tasks...)
	var buf bytes.Buffer
	if err := ical.NewEncoder(&buf).Encode(cal); err != nil {
		return res, fmt.Errorf("export calendar: %w", err)
	}
	if _, err := w.Write(foldLines(buf.Bytes())); err != nil {
		return res, fmt.Errorf("export calendar: writing: %w", err)
	}
	res.Events, res.Tasks = len(events), len(tasks)
	return res, nil
}

// encodable reports why the event ev cannot be written in cal, or nil.
func encodable(cal *ical.Calendar, ev *ical.Component) error {
	probe := ical.NewCalendar()
	probe.Props = cal.Props
	probe.Children = []*ical.Component{ev}
	if err := ical.NewEncoder(io.Discard).Encode(probe); err != nil {
		msg := strings.TrimPrefix(err.Error(), "ical: ")
		if strings.Contains(msg, "CR or LF") {
			msg = "a line break where a calendar allows none (in its id or a name)"
		}
		return errors.New(msg)
	}
	return nil
}

// calendarSessions returns the sessions to write, in unit order, and the name
// of the expert they were chosen for ("" for all).
func calendarSessions(p *model.Project, expert string) ([]*model.Session, string, error) {
	if strings.TrimSpace(expert) == "" {
		out := make([]*model.Session, len(p.Sessions))
		for i := range p.Sessions {
			out[i] = &p.Sessions[i]
		}
		return out, "", nil
	}
	e, err := FindExpert(p, expert)
	if err != nil {
		return nil, "", fmt.Errorf("export calendar: %w", err)
	}
	out := p.SessionsOf(e.ID)
	if len(out) == 0 {
		return nil, "", fmt.Errorf("export calendar: %w: %s leads or joins no session", ErrNothingToExport, firstNonBlank(e.Name, "the expert"))
	}
	return out, e.Name, nil
}

// sessionEvent builds the VEVENT of a dated session and returns its start
// and end as instants (in UTC for floating times).
func sessionEvent(p *model.Project, s *model.Session, loc *time.Location, now time.Time) (*ical.Component, time.Time, time.Time) {
	ev := ical.NewEvent()
	uid := s.ID
	if uid == "" {
		uid = p.ID + "-" + s.Date.String() + "-" + s.Title
	}
	ev.Props.SetText(ical.PropUID, uid+uidDomain)
	stamp := sessionStamp(p, s, now)
	ev.Props.SetDateTime(ical.PropDateTimeStamp, stamp)
	ev.Props.SetDateTime(ical.PropLastModified, stamp)
	ev.Props.Set(&ical.Prop{Name: ical.PropSequence, Params: ical.Params{}, Value: fmt.Sprint(sequenceOf(stamp))})

	var start, end time.Time
	if s.Start.Set {
		start, end, _ = model.SessionSpan(s, loc) // the rule every handout prints by
		ev.Props.Set(localTime(ical.PropDateTimeStart, start, loc))
		if s.Minutes > 0 {
			ev.Props.Set(localTime(ical.PropDateTimeEnd, end, loc))
		}
	} else {
		day := s.Date.Time()
		ev.Props.SetDate(ical.PropDateTimeStart, day)
		ev.Props.SetDate(ical.PropDateTimeEnd, day.AddDate(0, 0, 1))
	}
	ev.Props.SetText(ical.PropSummary, oneLine(firstNonBlank(s.Title, "Untitled session")))
	if l := strings.TrimSpace(s.Location); l != "" {
		ev.Props.SetText(ical.PropLocation, oneLine(l))
	}
	if d := sessionDescription(p, s); d != "" {
		ev.Props.SetText(ical.PropDescription, d)
	}
	if s.Engagement == model.InClass || s.Engagement == model.InCommunity {
		ev.Props.SetText(ical.PropCategories, s.Engagement)
	}
	if addr, ok := emailAddress(p.Unit.ContactEmail); ok {
		org := ical.NewProp(ical.PropOrganizer)
		org.Value = "mailto:" + addr
		if cn := paramText(p.Unit.Contact); cn != "" {
			org.Params.Set(ical.ParamCommonName, cn)
		}
		ev.Props.Set(org)
	}
	for _, id := range sessionPeople(s) {
		e := p.Expert(id)
		if e == nil {
			continue
		}
		addr, ok := emailAddress(e.Email)
		if !ok {
			continue
		}
		att := ical.NewProp(ical.PropAttendee)
		att.Value = "mailto:" + addr
		if cn := paramText(e.Name); cn != "" {
			att.Params.Set(ical.ParamCommonName, cn)
		}
		att.Params.Set(ical.ParamCalendarUserType, "INDIVIDUAL")
		role := "REQ-PARTICIPANT"
		if id == s.Lead {
			role = "CHAIR"
		}
		att.Params.Set(ical.ParamRole, role)
		ev.Props.Add(att)
	}
	return ev.Component, start.UTC(), end.UTC()
}

// setExtension sets a non-standard text property, such as the calendar name
// that calendar programs show, without a VALUE parameter.
func setExtension(c *ical.Component, name, text string) {
	c.Props.SetText(name, text)
	c.Props.Get(name).Params.Del(ical.ParamValue)
}

// localTime is a DTSTART or DTEND property at t's clock time, with the
// zone's TZID, or floating when loc is nil.
func localTime(name string, t time.Time, loc *time.Location) *ical.Prop {
	prop := ical.NewProp(name)
	prop.Value = t.Format("20060102T150405")
	if loc != nil {
		prop.Params.Set(ical.ParamTimezoneID, loc.String())
	}
	return prop
}

// sessionPeople lists the lead and then the other experts of s, each once.
func sessionPeople(s *model.Session) []string {
	var ids []string
	seen := map[string]bool{"": true}
	for _, id := range append([]string{s.Lead}, s.Experts...) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}

// sessionStamp is the time the session's event last changed: its own edit
// or an edit to one of its experts, whichever is later.
func sessionStamp(p *model.Project, s *model.Session, now time.Time) time.Time {
	t := s.Updated
	for _, id := range sessionPeople(s) {
		if e := p.Expert(id); e != nil && e.Updated.After(t) {
			t = e.Updated
		}
	}
	if t.IsZero() {
		t = now
	}
	return t.UTC().Truncate(time.Second)
}

// sequenceEpoch starts the count of SEQUENCE numbers.
var sequenceEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// sequenceOf turns an event's last change into its SEQUENCE: minutes since
// 2020, so a later edit always has a higher number, as calendars that
// compare SEQUENCE on re-import expect.
func sequenceOf(stamp time.Time) int64 {
	return max(int64(stamp.Sub(sequenceEpoch)/time.Minute), 0)
}

// sessionDescription writes the text of a session's DESCRIPTION.
func sessionDescription(p *model.Project, s *model.Session) string {
	var parts []string
	if t := strings.TrimSpace(p.Title); t != "" {
		parts = append(parts, "Unit: "+oneLine(t))
	}
	if e := p.Expert(s.Lead); e != nil {
		parts = append(parts, "Lead: "+expertLine(p, e))
	}
	var others []string
	for _, id := range sessionPeople(s) {
		if e := p.Expert(id); e != nil && id != s.Lead {
			others = append(others, expertLine(p, e))
		}
	}
	if len(others) > 0 {
		parts = append(parts, "Experts: "+strings.Join(others, "; "))
	}
	if prep := normaliseBreaks(s.Prep); prep != "" {
		parts = append(parts, "Preparation:\n"+prep)
	}
	if notes := normaliseBreaks(s.Notes); notes != "" {
		parts = append(parts, "Notes:\n"+notes)
	}
	return strings.Join(parts, "\n\n")
}

// expertLine names an expert with their organisation: "Zoë Ødegaard (Helios Renewables)".
func expertLine(p *model.Project, e *model.Expert) string {
	name := oneLine(firstNonBlank(e.Name, "Unnamed expert"))
	if org := p.Partner(e.Partner); org != nil && strings.TrimSpace(org.Name) != "" {
		return name + " (" + oneLine(org.Name) + ")"
	}
	return name
}

// emailAddress returns the bare address of s when it is one valid e-mail address.
func emailAddress(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	a, err := mail.ParseAddress(s)
	if err != nil || strings.ContainsAny(a.Address, " \t\"<>") {
		return "", false
	}
	return a.Address, true
}

// paramText makes s fit a parameter value such as CN: one line, and no
// double quote, which a parameter value cannot hold.
func paramText(s string) string {
	return strings.ReplaceAll(oneLine(s), `"`, "'")
}

// oneLine joins the lines of s with spaces and drops control characters.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r < ' ' || r == 0x7f }), " ")
}

// normaliseBreaks trims s, turns CRLF and CR line breaks into LF and drops
// other control characters, which iCalendar text cannot hold.
func normaliseBreaks(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		if (r < ' ' && r != '\n' && r != '\t') || r == 0x7f {
			return -1
		}
		return r
	}, s))
}

// firstNonBlank returns the first of ss that is not blank, trimmed.
func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// joinNonBlank joins the items of ss that are not blank, trimmed, with sep.
func joinNonBlank(sep string, ss ...string) string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}
