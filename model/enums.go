package model

// Engagement values: the two levels of community engagement.
const (
	// InClass means the community comes into the classroom.
	InClass = "in-class"
	// InCommunity means students go out and take part in the community.
	InCommunity = "in-community"
)

// Engagements lists the valid session engagement values.
var Engagements = []string{InClass, InCommunity}

// Partner kinds: the sort of organisation a partner is.
var PartnerKinds = []string{"industry", "university", "government", "non-profit", "community", "school", "other"}

// Roles lists the ways a person can contribute, from the partnership forms.
var Roles = []string{
	RoleMentor, RoleGuestSpeaker, RoleConsultant, RoleJudge, RoleFieldTripHost,
	RoleRubricReviewer, RoleInternshipHost, RoleAdvisoryBoard, RoleCareerDay, RoleTeacher,
}

// Role values for Expert.Roles.
const (
	RoleMentor         = "mentor"
	RoleGuestSpeaker   = "guest-speaker"
	RoleConsultant     = "project-consultant"
	RoleJudge          = "judge"
	RoleFieldTripHost  = "field-trip-host"
	RoleRubricReviewer = "rubric-reviewer"
	RoleInternshipHost = "internship-host"
	RoleAdvisoryBoard  = "advisory-board"
	RoleCareerDay      = "career-day-presenter"
	// RoleTeacher marks school staff, who are checked by their employer.
	RoleTeacher = "teacher"
)

// Parties that can own a responsibility.
var Parties = []string{PartySchool, PartyPartner, PartyStudents}

// Party values for Responsibility.Party.
const (
	PartySchool   = "school"
	PartyPartner  = "partner"
	PartyStudents = "students"
)

// Comment status values.
const (
	StatusOpen     = "open"
	StatusAccepted = "accepted"
	StatusRejected = "rejected"
	StatusResolved = "resolved"
)

// CommentStatuses lists the valid comment status values.
var CommentStatuses = []string{StatusOpen, StatusAccepted, StatusRejected, StatusResolved}

// UserRoles lists the roles a Coplan user can declare in comments, approvals and locks.
var UserRoles = []string{"teacher", "partner", "coordinator"}

// IsOneOf reports whether v is one of the allowed values.
func IsOneOf(v string, allowed []string) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}
