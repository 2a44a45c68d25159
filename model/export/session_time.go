package export

import (
	"time"

	"coplan/model"
)

// sessionClocks returns the wall-clock start and end of session s, which
// has a start time, in the unit's time zone by model.SessionSpan: the times
// the calendar export gives it. The end has no seconds. A session with no
// date has no night to fall in, so it reads as typed plus its minutes.
func sessionClocks(p *model.Project, s *model.Session) (start, end model.Clock) {
	loc := p.Unit.Zone()
	if s.Date.IsZero() {
		loc = nil
	}
	a, b, _ := model.SessionSpan(s, loc)
	start = clockOf(a)
	end = clockOf(b)
	end.Second = 0
	return start, end
}

// clockOf is the wall-clock time of t in its own zone.
func clockOf(t time.Time) model.Clock {
	return model.Clock{Hour: t.Hour(), Minute: t.Minute(), Second: t.Second(), Set: true}
}
