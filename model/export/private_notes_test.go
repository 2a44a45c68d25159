package export

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// TestPartnerAndExpertNotesAreNeverPrinted checks that the teacher's own
// notes on a partner or expert reach no handout, page or calendar, while the
// overview still prints the contact people see.
func TestPartnerAndExpertNotesAreNeverPrinted(t *testing.T) {
	p := unicodeUnit()
	p.Partners[0].Notes = "Ask for: the drain map, privately"
	p.Partners[0].Phone = "+64 4 555 0199"
	p.Experts[0].Notes = "Prefers mornings, privately"
	secrets := []string{"Ask for: the drain map", "Prefers mornings"}

	outputs := map[string]string{}
	for _, h := range Handouts {
		outputs[h+" handout"] = flatText(t, render(t, p, PDFOptions{Handout: h}), 0, 0)
	}
	var md bytes.Buffer
	if err := WriteMarkdown(&md, p); err != nil {
		t.Fatal(err)
	}
	outputs["Markdown page"] = md.String()
	var ics bytes.Buffer
	if _, err := WriteICS(&ics, p, ICSOptions{Now: time.Date(2027, 2, 15, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	outputs["calendar"] = strings.ReplaceAll(ics.String(), "\r\n ", "")

	for name, text := range outputs {
		for _, s := range secrets {
			if strings.Contains(text, s) || strings.Contains(text, flat(s)) {
				t.Errorf("the %s prints the private note %q", name, s)
			}
		}
	}
	for _, want := range []string{"Zoë Ødegaard", "zoe@sunrise.example", "+64 4 555 0199"} {
		if !strings.Contains(outputs[HandoutOverview+" handout"], flat(want)) {
			t.Errorf("the overview's partner contact lacks %q", want)
		}
	}
}
