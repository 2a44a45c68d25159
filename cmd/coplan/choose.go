package main

import (
	"fmt"
	"strings"

	"coplan/model"
)

// pick returns the id of the entity of kind that query names (its name or
// id, by model.Find's rule) for the option flag, such as "--rubric". With
// kind "" anything that takes comments counts. When nothing or several
// match, the error says how to choose with flag and lists the choices by
// name, showing an id only where two share a name.
func pick(p *model.Project, flag, query string, kind model.Kind) (string, error) {
	var kinds []model.Kind
	if kind != "" {
		kinds = []model.Kind{kind}
	}
	id, err := model.Find(p, query, kinds...)
	if err == nil {
		return id, nil
	}
	all := choices(p, kind)
	noun, plural := "thing", "things"
	if kind != "" {
		noun, plural = string(kind), pluralOf(kind)
	}
	var hits []string
	for _, c := range all {
		if strings.EqualFold(strings.TrimSpace(c.name), strings.TrimSpace(query)) {
			hits = append(hits, c.id)
		}
	}
	switch {
	case len(hits) > 1:
		return "", fmt.Errorf("%d %s are called %q; choose one by its id with %s ID:\n%s",
			len(hits), plural, strings.TrimSpace(query), flag, listChoices(only(all, hits), kind))
	case len(all) == 0 && kind != "":
		return "", fmt.Errorf("no %s %q: this unit has no %s", noun, query, plural)
	case len(all) == 0:
		return "", err
	case kind == "":
		return "", fmt.Errorf("nothing in the unit is called %q; give %s the name of something in it, as the editor shows it: a session's title, a rubric's or criterion's title, a person's name, a partner's name, ...",
			query, flag)
	}
	return "", fmt.Errorf("no %s called %q in this unit; choose one with %s NAME:\n%s", noun, query, flag, listChoices(all, kind))
}

// chooseOne is the error for a flag that must pick one of several entities,
// such as a rubric for a format that holds one: why, then the choices.
func chooseOne(p *model.Project, why, flag string, kind model.Kind) error {
	return fmt.Errorf("%s; choose one with %s NAME:\n%s", why, flag, listChoices(choices(p, kind), kind))
}

// choice is one entity a flag may pick: its id, its name and how a list of
// several kinds describes it.
type choice struct{ id, name, describe string }

// choices lists the entities of kind in p (any that takes comments for
// kind ""), in file order.
func choices(p *model.Project, kind model.Kind) []choice {
	index := p.Index()
	var out []choice
	for _, id := range model.CommentTargets(p) {
		ref := index[id]
		if (kind != "" && ref.Kind != kind) || (kind == "" && ref.Kind == model.KindUnit) {
			continue
		}
		out = append(out, choice{id: id, name: ref.Name, describe: ref.Describe()})
	}
	return out
}

// only keeps the choices whose ids are in ids.
func only(all []choice, ids []string) []choice {
	var out []choice
	for _, c := range all {
		for _, id := range ids {
			if c.id == id {
				out = append(out, c)
			}
		}
	}
	return out
}

// listChoices writes choices one to a line, indented, by name (described
// with their kind when kind is ""); an id is shown only for a choice with
// no name or a name another choice shares, since only the id tells it apart.
func listChoices(cs []choice, kind model.Kind) string {
	seen := map[string]int{}
	for _, c := range cs {
		seen[strings.ToLower(strings.TrimSpace(c.name))]++
	}
	var b strings.Builder
	for i, c := range cs {
		if i > 0 {
			b.WriteByte('\n')
		}
		text := strings.TrimSpace(c.name)
		if kind == "" {
			text = c.describe
		}
		switch {
		case strings.TrimSpace(c.name) == "":
			text = fmt.Sprintf("untitled %s (id %s)", kind, c.id)
			if kind == "" {
				text = fmt.Sprintf("%s (id %s)", c.describe, c.id)
			}
		case seen[strings.ToLower(strings.TrimSpace(c.name))] > 1:
			text += " (id " + c.id + ")"
		}
		b.WriteString("  " + text)
	}
	return b.String()
}

// pluralOf names several entities of kind: "rubrics", "criteria".
func pluralOf(kind model.Kind) string {
	return model.Plural(2, string(kind))
}

// findRound returns the judging round of p that --round names by title (any
// case) or id, or the first round when title is ""; a title that fits no
// round is answered as pick answers it.
func findRound(p *model.Project, title string) (*model.Round, error) {
	r, err := p.FindRound(title)
	if err == nil || strings.TrimSpace(title) == "" || len(p.Rounds) == 0 {
		return r, err
	}
	id, err := pick(p, "--round", title, model.KindRound)
	if err != nil {
		return nil, err
	}
	return p.Round(id), nil
}
