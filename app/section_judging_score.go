package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"coplan/app/widgets"
	"coplan/model"
)

// judgeScoring is a judge's score screen: their teams, with a mark on the
// ones scored on every criterion, and for the team picked a level per
// criterion, a comment on each, and the team's strengths and next steps.
type judgeScoring struct {
	v       *judging
	teamIDs []string
	team    string
	teams   *widget.List
	form    *fyne.Container
	scroll  *container.Scroll // the form, scrolling down
	hint    *widget.Label
	root    fyne.CanvasObject
	filling bool // true while the widgets are set from the unit

	// levels and comments are the widgets of the form shown, by criterion id.
	levels    map[string]*widget.RadioGroup
	comments  map[string]*widget.Entry
	strengths *widget.Entry
	nextSteps *widget.Entry
}

func newJudgeScoring(v *judging) *judgeScoring {
	s := &judgeScoring{v: v, levels: map[string]*widget.RadioGroup{}, comments: map[string]*widget.Entry{}}
	done := theme.NewSuccessThemedResource(theme.ConfirmIcon())
	var rows widgets.Rows[listRow]
	s.teams = widget.NewList(
		func() int { return len(s.teamIDs) },
		func() fyne.CanvasObject {
			row := &listRow{title: widget.NewLabel(""), icon: widget.NewIcon(nil)}
			row.title.Truncation = fyne.TextTruncateEllipsis // the form shows the whole name
			return rows.Add(row, container.NewBorder(nil, nil, row.icon, nil, row.title))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(s.teamIDs) {
				return
			}
			p := s.v.e.doc.Project
			row := rows.Of(o)
			name := lang.L("A team no longer in the unit")
			if t := p.Team(s.teamIDs[i]); t != nil {
				name = orUntitled(t.Name)
			}
			row.title.SetText(name)
			icon := theme.RadioButtonIcon()
			if p.TeamDone(s.v.roundID(), s.v.judgeID(), s.teamIDs[i]) {
				icon = done
			}
			row.icon.SetResource(icon)
		})
	s.teams.OnSelected = func(i widget.ListItemID) {
		if i < len(s.teamIDs) && s.teamIDs[i] != s.team {
			s.team = s.teamIDs[i]
			s.build()
		}
	}
	s.hint = widget.NewLabel("")
	s.hint.Wrapping = fyne.TextWrapWord
	s.form = container.NewVBox()
	s.scroll = container.NewVScroll(container.NewPadded(s.form))
	split := container.NewHSplit(s.teams, s.scroll)
	split.SetOffset(0.25)
	s.root = container.NewBorder(s.hint, nil, nil, nil, split)
	return s
}

// load shows the chosen judge's teams and refreshes the form of the team picked.
func (s *judgeScoring) load() {
	p := s.v.e.doc.Project
	round, judge := s.v.roundID(), s.v.judgeID()
	s.teamIDs = s.teamIDs[:0]
	for _, a := range p.AssignmentsOf(round) {
		if a.Judge == judge && idIndex(s.teamIDs, a.Team) < 0 {
			s.teamIDs = append(s.teamIDs, a.Team)
		}
	}
	switch {
	case round == "":
		s.hint.SetText(lang.L("Add a judging round to score teams against a rubric."))
	case judge == "":
		s.hint.SetText(lang.L("Choose a judge to score their teams."))
	case len(s.teamIDs) == 0:
		s.hint.SetText(lang.L("No teams are assigned to this judge yet: use Assign judges."))
	default:
		done := 0
		for _, t := range s.teamIDs {
			if p.TeamDone(round, judge, t) {
				done++
			}
		}
		s.hint.SetText(lang.L("{{.Done}} of {{.Teams}} teams done. Pick a team, then click a level for each criterion.",
			map[string]any{"Done": done, "Teams": len(s.teamIDs)}))
	}
	s.teams.Refresh()
	if idIndex(s.teamIDs, s.team) < 0 {
		s.team = ""
		s.teams.UnselectAll()
		s.build()
		return
	}
	s.fill()
}

// build lays out the form for the team picked.
func (s *judgeScoring) build() {
	s.form.RemoveAll()
	s.levels = map[string]*widget.RadioGroup{}
	s.comments = map[string]*widget.Entry{}
	p := s.v.e.doc.Project
	r := p.Round(s.v.roundID())
	t := p.Team(s.team)
	if r == nil || t == nil {
		s.form.Add(widget.NewLabel(lang.L("Pick a team to score it.")))
		s.form.Refresh()
		return
	}
	rb := p.Rubric(r.Rubric)
	head := para(orUntitled(t.Name))
	head.TextStyle.Bold = true
	s.form.Add(head)
	if t.Project != "" {
		s.form.Add(para(t.Project))
	}
	if rb == nil {
		s.form.Add(para(lang.L("This round has no rubric to score against.")))
		s.form.Refresh()
		return
	}
	for i := range rb.Criteria {
		c := &rb.Criteria[i]
		title := para(orUntitled(c.Title))
		title.TextStyle.Bold = true
		ratings := rb.Ratings(c)
		var options []string
		ids := map[string]string{}
		for _, rt := range ratings {
			label := orUntitled(rt.Label)
			if !rb.Unscored {
				label = fmt.Sprintf("%s (%s)", label, formatPoints(rt.Points))
			}
			options = append(options, label)
			ids[label] = rt.Level
		}
		crit := c.ID
		radio := widget.NewRadioGroup(options, func(choice string) { s.setLevel(crit, ids[choice]) })
		radio.Horizontal = true
		comment := widget.NewEntry()
		comment.SetPlaceHolder(lang.L("Comment for the team (optional)"))
		comment.OnChanged = func(text string) { s.setComment(crit, text) }
		s.levels[crit], s.comments[crit] = radio, comment
		fit := container.New(&radioFit{changed: s.scroll.Refresh}, radio)
		s.form.Add(container.NewVBox(title, fit, comment))
	}
	s.strengths = widget.NewMultiLineEntry()
	s.strengths.SetPlaceHolder(lang.L("What the team did well"))
	s.strengths.OnChanged = func(string) { s.setFeedback() }
	s.nextSteps = widget.NewMultiLineEntry()
	s.nextSteps.SetPlaceHolder(lang.L("What the team could do next"))
	s.nextSteps.OnChanged = func(string) { s.setFeedback() }
	s.form.Add(widget.NewForm(widget.NewFormItem(lang.L("Strengths"), s.strengths), widget.NewFormItem(lang.L("Next steps"), s.nextSteps)))
	s.fill()
}

// fill sets the form's widgets from the unit without making edits.
func (s *judgeScoring) fill() {
	p := s.v.e.doc.Project
	round, judge := s.v.roundID(), s.v.judgeID()
	r := p.Round(round)
	if r == nil || s.team == "" {
		return
	}
	rb := p.Rubric(r.Rubric)
	s.filling = true
	defer func() { s.filling = false }()
	for crit, radio := range s.levels {
		sc := p.FindScore(round, judge, s.team, crit)
		want := ""
		if sc != nil && rb != nil {
			if c := rb.Criterion(crit); c != nil {
				if i := rb.LevelFor(c, sc); i >= 0 {
					for _, o := range radio.Options {
						if s.levelOf(crit, o) == rb.Levels[i].ID {
							want = o
						}
					}
				}
			}
		}
		if radio.Selected != want {
			radio.SetSelected(want)
		}
		comment := s.comments[crit]
		text := ""
		if sc != nil {
			text = sc.Comment
		}
		if comment.Text != text {
			comment.SetText(text)
		}
		if sc == nil {
			comment.Disable()
		} else {
			comment.Enable()
		}
	}
	f := p.FindFeedback(round, judge, s.team)
	strengths, next := "", ""
	if f != nil {
		strengths, next = f.Strengths, f.NextSteps
	}
	if s.strengths != nil && s.strengths.Text != strengths {
		s.strengths.SetText(strengths)
	}
	if s.nextSteps != nil && s.nextSteps.Text != next {
		s.nextSteps.SetText(next)
	}
}

// levelOf returns the level id of a radio option of criterion crit.
func (s *judgeScoring) levelOf(crit, option string) string {
	p := s.v.e.doc.Project
	r := p.Round(s.v.roundID())
	if r == nil {
		return ""
	}
	rb := p.Rubric(r.Rubric)
	if rb == nil || rb.Criterion(crit) == nil {
		return ""
	}
	for _, rt := range rb.Ratings(rb.Criterion(crit)) {
		label := orUntitled(rt.Label)
		if !rb.Unscored {
			label = fmt.Sprintf("%s (%s)", label, formatPoints(rt.Points))
		}
		if label == option {
			return rt.Level
		}
	}
	return ""
}

// setLevel records the level the judge clicked, or takes the score away
// when the judge clears it.
func (s *judgeScoring) setLevel(crit, level string) {
	if s.filling {
		return
	}
	p := s.v.e.doc.Project
	round, judge := s.v.roundID(), s.v.judgeID()
	old := p.FindScore(round, judge, s.team, crit)
	if level == "" {
		if old != nil {
			s.v.e.apply(model.Delete(old.ID))
		}
		return
	}
	sc := model.Score{Round: round, Judge: judge, Team: s.team, Criterion: crit, Level: level}
	if old != nil {
		sc.Comment = old.Comment
	}
	if e := model.ScoreEdit(p, sc); e != nil {
		s.v.e.apply(e)
	}
}

func (s *judgeScoring) setComment(crit, text string) {
	if s.filling {
		return
	}
	p := s.v.e.doc.Project
	old := p.FindScore(s.v.roundID(), s.v.judgeID(), s.team, crit)
	if old == nil || old.Comment == text {
		return
	}
	s.v.e.apply(model.Set(old.ID, "comment", text))
}

func (s *judgeScoring) setFeedback() {
	if s.filling {
		return
	}
	f := model.Feedback{Round: s.v.roundID(), Judge: s.v.judgeID(), Team: s.team, Strengths: s.strengths.Text, NextSteps: s.nextSteps.Text}
	if e := model.FeedbackEdit(s.v.e.doc.Project, f); e != nil {
		s.v.e.apply(e)
	}
}

// radioFit lays a radio group's choices out in a row when the row fits the
// width, else one under the other, so that a narrow form never scrolls
// sideways to reach the last level. changed is called when the choices
// turn, since their height changes.
type radioFit struct{ changed func() }

// Layout turns the radio group to fit the width and gives it the space.
func (l *radioFit) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		if r, ok := o.(*widget.RadioGroup); ok {
			if across := radioItem(r).Width*float32(len(r.Options)) <= size.Width; r.Horizontal != across {
				r.Horizontal = across
				r.Refresh()
				defer l.changed()
			}
		}
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// MinSize is as narrow as the choices one under the other, and as tall as
// they are laid out now.
func (l *radioFit) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		if r, ok := o.(*widget.RadioGroup); ok {
			m.Width = radioItem(r).Width
		}
		s = s.Max(m)
	}
	return s
}

// radioItem is the size of the largest choice of r.
func radioItem(r *widget.RadioGroup) fyne.Size {
	m, n := r.MinSize(), float32(max(1, len(r.Options)))
	if r.Horizontal {
		return fyne.NewSize(m.Width/n, m.Height)
	}
	return fyne.NewSize(m.Width, m.Height/n)
}
