package model

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// RubricChangeKind says what a RubricChange changed.
type RubricChangeKind string

// Kinds of RubricChange.
const (
	RubricTitleChanged       RubricChangeKind = "rubric title"
	RubricDescriptionChanged RubricChangeKind = "rubric description"
	RubricScoringChanged     RubricChangeKind = "scoring"
	LevelAdded               RubricChangeKind = "level added"
	LevelRemoved             RubricChangeKind = "level removed"
	LevelRenamed             RubricChangeKind = "level renamed"
	LevelPointsChanged       RubricChangeKind = "level points"
	LevelsReordered          RubricChangeKind = "levels reordered"
	CriterionAdded           RubricChangeKind = "criterion added"
	CriterionRemoved         RubricChangeKind = "criterion removed"
	CriterionRenamed         RubricChangeKind = "criterion renamed"
	CriterionDescribed       RubricChangeKind = "criterion description"
	CriterionWeightChanged   RubricChangeKind = "criterion weight"
	CriterionRangeChanged    RubricChangeKind = "range scoring"
	CriteriaReordered        RubricChangeKind = "criteria reordered"
	DescriptorChanged        RubricChangeKind = "descriptor"
	RatingRenamed            RubricChangeKind = "rating name"
	RatingPointsChanged      RubricChangeKind = "rating points"
	RatingOffered            RubricChangeKind = "rating offered"
	RatingWithdrawn          RubricChangeKind = "rating not offered"
)

// RubricChange is one way a rubric differs from the version someone
// approved, in the words on screen: criteria and levels by their titles,
// values as text.
type RubricChange struct {
	Kind RubricChangeKind
	// Criterion and Level name what changed: the title and label as they
	// are now, or as approved for something removed since.
	Criterion, Level string
	// Old and New are the values as approved and as now, as text; a
	// removed or added thing has only one. For the scoring of the rubric
	// and a criterion's range scoring they are "yes" or "no".
	Old, New string
}

// String writes the change as a line a person reads, such as
// `Criterion "Testing" renamed to "Fair testing"`.
func (c RubricChange) String() string {
	q := func(s string) string {
		if s == "" {
			return "(none)"
		}
		return strconv.Quote(s)
	}
	yes := c.New == "yes"
	switch c.Kind {
	case RubricTitleChanged:
		return fmt.Sprintf("Title: %s → %s", q(c.Old), q(c.New))
	case RubricDescriptionChanged:
		return fmt.Sprintf("Description: %s → %s", q(c.Old), q(c.New))
	case RubricScoringChanged:
		if yes {
			return "Now for feedback only: ratings carry no points"
		}
		return "Now scored: ratings carry points"
	case LevelAdded:
		return fmt.Sprintf("Added level %s (%s points)", q(c.Level), c.New)
	case LevelRemoved:
		return fmt.Sprintf("Removed level %s", q(c.Level))
	case LevelRenamed:
		return fmt.Sprintf("Level %s renamed to %s", q(c.Old), q(c.New))
	case LevelPointsChanged:
		return fmt.Sprintf("Points of level %s: %s → %s", q(c.Level), c.Old, c.New)
	case LevelsReordered:
		return fmt.Sprintf("Levels reordered: %s → %s", c.Old, c.New)
	case CriterionAdded:
		return fmt.Sprintf("Added criterion %s", q(c.Criterion))
	case CriterionRemoved:
		return fmt.Sprintf("Removed criterion %s", q(c.Criterion))
	case CriterionRenamed:
		return fmt.Sprintf("Criterion %s renamed to %s", q(c.Old), q(c.New))
	case CriterionDescribed:
		return fmt.Sprintf("Description of criterion %s: %s → %s", q(c.Criterion), q(c.Old), q(c.New))
	case CriterionWeightChanged:
		return fmt.Sprintf("Weight of criterion %s: %s → %s", q(c.Criterion), c.Old, c.New)
	case CriterionRangeChanged:
		if yes {
			return fmt.Sprintf("Criterion %s now scores ranges of points", q(c.Criterion))
		}
		return fmt.Sprintf("Criterion %s no longer scores ranges of points", q(c.Criterion))
	case CriteriaReordered:
		return fmt.Sprintf("Criteria reordered: %s → %s", c.Old, c.New)
	case DescriptorChanged:
		return fmt.Sprintf("Descriptor of %s at level %s: %s → %s", q(c.Criterion), q(c.Level), q(c.Old), q(c.New))
	case RatingRenamed:
		return fmt.Sprintf("Rating name of %s at level %s: %s → %s", q(c.Criterion), q(c.Level), q(c.Old), q(c.New))
	case RatingPointsChanged:
		return fmt.Sprintf("Rating points of %s at level %s: %s → %s", q(c.Criterion), q(c.Level), c.Old, c.New)
	case RatingOffered:
		return fmt.Sprintf("Criterion %s now offers a rating at level %s", q(c.Criterion), q(c.Level))
	case RatingWithdrawn:
		return fmt.Sprintf("Criterion %s no longer offers a rating at level %s", q(c.Criterion), q(c.Level))
	}
	return string(c.Kind)
}

// RubricChanges lists how now differs from approved in everything an
// approval covers (see RubricDigest): the title and description, scoring,
// levels, criteria and each rating. Levels and criteria are matched by id,
// or by title when their ids differ (a copy merged in). What an added level
// or criterion says is not listed separately: it is new as a whole. What a
// reader cannot see is not listed either: an empty descriptor written or
// left out, a weight of 0 or 1 (both count once).
func RubricChanges(approved, now *Rubric) []RubricChange {
	var out []RubricChange
	add := func(c RubricChange) { out = append(out, c) }
	if approved.Title != now.Title {
		add(RubricChange{Kind: RubricTitleChanged, Old: approved.Title, New: now.Title})
	}
	if approved.Description != now.Description {
		add(RubricChange{Kind: RubricDescriptionChanged, Old: approved.Description, New: now.Description})
	}
	if approved.Unscored != now.Unscored {
		add(RubricChange{Kind: RubricScoringChanged, Old: yesNo(approved.Unscored), New: yesNo(now.Unscored)})
	}

	levelOf := matchByID(len(approved.Levels), len(now.Levels),
		func(i int) (string, string) { return approved.Levels[i].ID, approved.Levels[i].Label },
		func(j int) (string, string) { return now.Levels[j].ID, now.Levels[j].Label })
	oldLevel := make(map[int]int, len(levelOf)) // now's level index → approved's
	for i, j := range levelOf {
		oldLevel[j] = i
	}
	for j := range now.Levels {
		l := &now.Levels[j]
		i, ok := oldLevel[j]
		if !ok {
			add(RubricChange{Kind: LevelAdded, Level: l.Label, New: formatPoints(l.Points)})
			continue
		}
		o := &approved.Levels[i]
		if o.Label != l.Label {
			add(RubricChange{Kind: LevelRenamed, Level: l.Label, Old: o.Label, New: l.Label})
		}
		if o.Points != l.Points {
			add(RubricChange{Kind: LevelPointsChanged, Level: l.Label, Old: formatPoints(o.Points), New: formatPoints(l.Points)})
		}
	}
	for i := range approved.Levels {
		if _, ok := levelOf[i]; !ok {
			add(RubricChange{Kind: LevelRemoved, Level: approved.Levels[i].Label})
		}
	}
	if old, cur, moved := reordered(levelOf, len(approved.Levels), func(i int) string { return approved.Levels[i].Label }, func(j int) string { return now.Levels[j].Label }); moved {
		add(RubricChange{Kind: LevelsReordered, Old: old, New: cur})
	}

	critOf := matchByID(len(approved.Criteria), len(now.Criteria),
		func(i int) (string, string) { return approved.Criteria[i].ID, approved.Criteria[i].Title },
		func(j int) (string, string) { return now.Criteria[j].ID, now.Criteria[j].Title })
	oldCrit := make(map[int]int, len(critOf))
	for i, j := range critOf {
		oldCrit[j] = i
	}
	for j := range now.Criteria {
		c := &now.Criteria[j]
		i, ok := oldCrit[j]
		if !ok {
			add(RubricChange{Kind: CriterionAdded, Criterion: c.Title})
			continue
		}
		o := &approved.Criteria[i]
		if o.Title != c.Title {
			add(RubricChange{Kind: CriterionRenamed, Criterion: c.Title, Old: o.Title, New: c.Title})
		}
		if o.Description != c.Description {
			add(RubricChange{Kind: CriterionDescribed, Criterion: c.Title, Old: o.Description, New: c.Description})
		}
		if o.Multiplier() != c.Multiplier() {
			add(RubricChange{Kind: CriterionWeightChanged, Criterion: c.Title, Old: strconv.Itoa(o.Multiplier()), New: strconv.Itoa(c.Multiplier())})
		}
		if o.Range != c.Range {
			add(RubricChange{Kind: CriterionRangeChanged, Criterion: c.Title, Old: yesNo(o.Range), New: yesNo(c.Range)})
		}
		for lj := range now.Levels {
			li, ok := oldLevel[lj]
			if !ok {
				continue // a new level: new as a whole
			}
			out = append(out, ratingChanges(approved, now, o, c, li, lj)...)
		}
	}
	for i := range approved.Criteria {
		if _, ok := critOf[i]; !ok {
			add(RubricChange{Kind: CriterionRemoved, Criterion: approved.Criteria[i].Title})
		}
	}
	if old, cur, moved := reordered(critOf, len(approved.Criteria), func(i int) string { return approved.Criteria[i].Title }, func(j int) string { return now.Criteria[j].Title }); moved {
		add(RubricChange{Kind: CriteriaReordered, Old: old, New: cur})
	}
	return out
}

// ratingChanges compares what criterion o of approved and c of now offer
// at the level with index li in approved and lj in now.
func ratingChanges(approved, now *Rubric, o, c *Criterion, li, lj int) []RubricChange {
	ol, nl := &approved.Levels[li], &now.Levels[lj]
	base := RubricChange{Criterion: c.Title, Level: nl.Label}
	with := func(k RubricChangeKind, old, new string) RubricChange {
		ch := base
		ch.Kind, ch.Old, ch.New = k, old, new
		return ch
	}
	was, is := o.Offers(ol.ID), c.Offers(nl.ID)
	switch {
	case was && !is:
		return []RubricChange{with(RatingWithdrawn, "", "")}
	case !was && is:
		return []RubricChange{with(RatingOffered, "", "")}
	case !was:
		return nil
	}
	var out []RubricChange
	// An empty descriptor and none at all read alike: not a change.
	if od, nd := o.Descriptors[ol.ID], c.Descriptors[nl.ID]; od != nd {
		out = append(out, with(DescriptorChanged, od, nd))
	}
	// A rating's own name and points: a level renamed or repointed is
	// listed once, as the level's change, not once per criterion.
	olab, oown := o.Labels[ol.ID]
	nlab, nown := c.Labels[nl.ID]
	if (oown || nown) && (olab != nlab || oown != nown) {
		if or, nr := o.Rating(ol), c.Rating(nl); or.Label != nr.Label {
			out = append(out, with(RatingRenamed, or.Label, nr.Label))
		}
	}
	opts, oown := o.Points[ol.ID]
	npts, nown := c.Points[nl.ID]
	if (oown || nown) && (opts != npts || oown != nown) {
		if or, nr := o.Rating(ol), c.Rating(nl); or.Points != nr.Points {
			out = append(out, with(RatingPointsChanged, formatPoints(or.Points), formatPoints(nr.Points)))
		}
	}
	return out
}

// matchByID pairs the items of an approved list (n of them) with those of
// the current list (m): by id first, then the rest by title, ignoring case.
// It returns, for each matched approved index, the current index.
func matchByID(n, m int, old, cur func(int) (id, title string)) map[int]int {
	out := make(map[int]int, n)
	taken := make(map[int]bool, m)
	byID := make(map[string]int, m)
	for j := range m {
		id, _ := cur(j)
		byID[id] = j
	}
	for i := range n {
		id, _ := old(i)
		if j, ok := byID[id]; ok && id != "" && !taken[j] {
			out[i], taken[j] = j, true
		}
	}
	for i := range n {
		if _, ok := out[i]; ok {
			continue
		}
		_, title := old(i)
		for j := range m {
			if _, t := cur(j); !taken[j] && strings.EqualFold(strings.TrimSpace(t), strings.TrimSpace(title)) {
				out[i], taken[j] = j, true
				break
			}
		}
	}
	return out
}

// reordered reports whether the matched items keep their order; when they
// do not, it returns their names in the approved order and in the current.
func reordered(match map[int]int, n int, oldName, curName func(int) string) (old, cur string, moved bool) {
	last := -1
	var olds []int
	for i := range n {
		if j, ok := match[i]; ok {
			olds = append(olds, i)
			if j < last {
				moved = true
			}
			last = j
		}
	}
	if !moved {
		return "", "", false
	}
	curs := make([]int, 0, len(olds))
	for _, i := range olds {
		curs = append(curs, match[i])
	}
	slices.Sort(curs)
	var a, b []string
	for _, i := range olds {
		a = append(a, strconv.Quote(oldName(i)))
	}
	for _, j := range curs {
		b = append(b, strconv.Quote(curName(j)))
	}
	return strings.Join(a, ", "), strings.Join(b, ", "), true
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// formatPoints writes points as people do: 2, 2.5.
func formatPoints(v float64) string { return strconv.FormatFloat(v, 'g', -1, 64) }
