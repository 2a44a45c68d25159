package export

import (
	"bytes"
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-ical"
)

// observance is one span of a time zone's rules: from onset on, clocks read
// UTC plus offset (seconds), under name.
type observance struct {
	onset      time.Time // the instant it starts; zero: since records began
	offsetFrom int       // the offset before onset
	offset     int
	name       string
	daylight   bool
}

// maxObservances bounds the observances one calendar lists (about two a year).
const maxObservances = 400

// observances lists the rules of loc in force at some instant from first to
// last, in order, using the zone database the program carries.
func observances(loc *time.Location, first, last time.Time) []observance {
	var out []observance
	t := first.In(loc)
	for len(out) < maxObservances {
		name, offset := t.Zone()
		start, end := t.ZoneBounds()
		o := observance{onset: start, offsetFrom: offset, offset: offset, name: name, daylight: t.IsDST()}
		if !start.IsZero() {
			_, o.offsetFrom = start.Add(-time.Second).In(loc).Zone()
		}
		out = append(out, o)
		if end.IsZero() || end.After(last) {
			break
		}
		t = end.In(loc)
	}
	return out
}

// timezoneComponent is the VTIMEZONE of loc for events from first to last:
// one STANDARD or DAYLIGHT part per observance, each with its onset in the
// local time before it (RFC 5545 §3.6.5), so that calendars without loc in
// their own database still place every event right.
func timezoneComponent(loc *time.Location, first, last time.Time) *ical.Component {
	tz := ical.NewComponent(ical.CompTimezone)
	tz.Props.SetText(ical.PropTimezoneID, loc.String())
	for _, o := range observances(loc, first, last) {
		kind := ical.CompTimezoneStandard
		if o.daylight {
			kind = ical.CompTimezoneDaylight
		}
		part := ical.NewComponent(kind)
		onset := "19700101T000000"
		if !o.onset.IsZero() && o.onset.Year() >= 1970 {
			onset = o.onset.Add(time.Duration(o.offsetFrom) * time.Second).UTC().Format("20060102T150405")
		}
		part.Props.Set(&ical.Prop{Name: ical.PropDateTimeStart, Params: ical.Params{}, Value: onset})
		part.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetFrom, Params: ical.Params{}, Value: utcOffset(o.offsetFrom)})
		part.Props.Set(&ical.Prop{Name: ical.PropTimezoneOffsetTo, Params: ical.Params{}, Value: utcOffset(o.offset)})
		if o.name != "" {
			part.Props.SetText(ical.PropTimezoneName, o.name)
		}
		tz.Children = append(tz.Children, part)
	}
	return tz
}

// utcOffset writes seconds east of UTC as an iCalendar UTC offset: "+1000",
// "-0330", or "+053328" when there are seconds.
func utcOffset(secs int) string {
	sign := '+'
	if secs < 0 {
		sign, secs = '-', -secs
	}
	s := fmt.Sprintf("%c%02d%02d", sign, secs/3600, secs/60%60)
	if secs%60 != 0 {
		s += fmt.Sprintf("%02d", secs%60)
	}
	return s
}

// maxLineOctets is the longest content line RFC 5545 §3.1 allows, without the CRLF.
const maxLineOctets = 75

// foldLines folds every CRLF-ended content line of src longer than 75 octets
// into lines of at most 75 octets, each continuation starting with a space,
// never splitting a UTF-8 sequence.
func foldLines(src []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/maxLineOctets*3)
	for len(src) > 0 {
		line, rest, found := bytes.Cut(src, []byte("\r\n"))
		src = rest
		limit := maxLineOctets
		for len(line) > limit {
			cut := limit
			for cut > 0 && !utf8.RuneStart(line[cut]) {
				cut--
			}
			out.Write(line[:cut])
			out.WriteString("\r\n ")
			line = line[cut:]
			limit = maxLineOctets - 1
		}
		out.Write(line)
		if found {
			out.WriteString("\r\n")
		}
	}
	return out.Bytes()
}
