package export

import (
	"fmt"

	"coplan/model"
)

// writeSchedule prints the sessions in date order, telling in-class and
// in-community sessions apart in words and marks, with leads and experts.
func writeSchedule(d *doc, p *model.Project) {
	n := names{p}
	u := p.Unit
	d.title("Session schedule", joinNonEmpty("  ·  ", titleOr(p.Title, "Untitled unit"), yearLevels(u.YearLevels), u.School))
	dates := ""
	if !u.Start.IsZero() || !u.End.IsZero() {
		dates = fmt.Sprintf("%s to %s", dateOr(u.Start, "?"), dateOr(u.End, "?"))
	}
	d.facts([][2]string{
		{"Dates", dates},
		{"Sessions", sessionCount(p)},
		{"Contact", joinNonEmpty("  ·  ", u.Contact, u.ContactEmail, phone(u.ContactPhone))},
	})
	d.y += 2
	if len(p.Sessions) == 0 {
		d.note("No sessions planned yet.")
		return
	}
	d.pdf.Bookmark("Sessions", 1, d.y)
	scheduleTable(d, p, n, allSessions(p))
}
