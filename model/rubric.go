package model

import "math"

// Rating is what a criterion offers at one level of its rubric: the name,
// points and descriptor a marker chooses from.
type Rating struct {
	// Level is the id of the level whose column the rating sits in.
	Level      string
	Label      string
	Points     float64
	Descriptor string
}

// Offers reports whether c offers a rating at the level with id lid.
func (c *Criterion) Offers(lid string) bool { return !contains(c.Unused, lid) }

// Multiplier returns how many times c's points count: its weight, or 1 when
// no weight is set.
func (c *Criterion) Multiplier() int {
	if c.Weight <= 0 {
		return 1
	}
	return c.Weight
}

// Rating returns c's rating at level l: the level's label and points unless
// c gives the rating its own.
func (c *Criterion) Rating(l *Level) Rating {
	rt := Rating{Level: l.ID, Label: l.Label, Points: l.Points, Descriptor: c.Descriptors[l.ID]}
	if s, ok := c.Labels[l.ID]; ok {
		rt.Label = s
	}
	if v, ok := c.Points[l.ID]; ok {
		rt.Points = v
	}
	return rt
}

// Ratings returns the ratings c offers in r, in level order.
func (r *Rubric) Ratings(c *Criterion) []Rating {
	out := make([]Rating, 0, len(r.Levels))
	for i := range r.Levels {
		if c.Offers(r.Levels[i].ID) {
			out = append(out, c.Rating(&r.Levels[i]))
		}
	}
	return out
}

// CriterionMax returns the most a student can get for c: its best rating's
// points times its weight; 0 in an unscored rubric or with no ratings.
func (r *Rubric) CriterionMax(c *Criterion) float64 {
	if r.Unscored {
		return 0
	}
	best, any := math.Inf(-1), false
	for i := range r.Levels {
		l := &r.Levels[i]
		if !c.Offers(l.ID) {
			continue
		}
		p := l.Points
		if v, ok := c.Points[l.ID]; ok {
			p = v
		}
		best, any = max(best, p), true
	}
	if !any {
		return 0
	}
	return best * float64(c.Multiplier())
}

// MaxPoints returns the best possible total: the sum of every criterion's
// maximum (see CriterionMax), so weights count in it as they do in marking.
func (r *Rubric) MaxPoints() float64 {
	total := 0.0
	for i := range r.Criteria {
		total += r.CriterionMax(&r.Criteria[i])
	}
	return total
}

// Weighted reports whether any criterion of r counts more than once.
func (r *Rubric) Weighted() bool {
	for i := range r.Criteria {
		if r.Criteria[i].Multiplier() != 1 {
			return true
		}
	}
	return false
}

// PerCriterion reports whether some criterion of r leaves a level unused or
// gives a rating its own name or points, so that its criteria do not share
// one row of level names and points.
func (r *Rubric) PerCriterion() bool {
	for i := range r.Criteria {
		c := &r.Criteria[i]
		if len(c.Unused) > 0 || len(c.Labels) > 0 || len(c.Points) > 0 {
			return true
		}
	}
	return false
}
