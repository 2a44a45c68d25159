package export_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"coplan/model"
	"coplan/model/export"
)

func TestACalendarNamesTheSessionItCannotWriteAndWritesTheOthers(t *testing.T) {
	p := &model.Project{ID: "u", Title: "Solar cars"}
	p.Sessions = []model.Session{
		{ID: "broken\rid", Title: "Site visit", Date: model.NewDate(2027, 3, 1)},
		{ID: "s2", Title: "Launch", Date: model.NewDate(2027, 3, 2)},
	}
	var buf bytes.Buffer
	res, err := export.WriteICS(&buf, p, export.ICSOptions{Now: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatalf("the whole calendar failed: %v", err)
	}
	if res.Events != 1 || len(res.Unwritable) != 1 || res.Unwritable[0].Title != "Site visit" || !strings.Contains(res.Unwritable[0].Reason, "line break") {
		t.Errorf("result %+v: want one event written and the site visit named", res)
	}
	if !strings.Contains(buf.String(), "SUMMARY:Launch") || strings.Contains(buf.String(), "Site visit") {
		t.Errorf("calendar:\n%s", buf.String())
	}

	p.Sessions = p.Sessions[:1]
	_, err = export.WriteICS(&buf, p, export.ICSOptions{})
	if !errors.Is(err, export.ErrNothingToExport) || !strings.Contains(err.Error(), `"Site visit"`) {
		t.Errorf("with only the broken session: %v, want it named", err)
	}
}
