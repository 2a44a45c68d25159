package export

import "coplan/model"

// FindRubric returns the rubric of p whose id is query or whose title is
// query (ignoring case and surrounding space), by model.Find's rule. When
// none or several match, the error lists the rubrics the unit has.
func FindRubric(p *model.Project, query string) (*model.Rubric, error) {
	id, err := model.Find(p, query, model.KindRubric)
	if err != nil {
		return nil, err
	}
	return p.Rubric(id), nil
}

// FindExpert returns the expert of p whose id is query or whose name is
// query (ignoring case and surrounding space), by model.Find's rule. When
// none or several match, the error lists the experts the unit has.
func FindExpert(p *model.Project, query string) (*model.Expert, error) {
	id, err := model.Find(p, query, model.KindExpert)
	if err != nil {
		return nil, err
	}
	return p.Expert(id), nil
}
