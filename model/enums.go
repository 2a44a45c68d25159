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

// CommentStatus is where a review comment stands.
type CommentStatus string

// Comment status values.
const (
	StatusOpen     CommentStatus = "open"
	StatusAccepted CommentStatus = "accepted"
	StatusRejected CommentStatus = "rejected"
	StatusResolved CommentStatus = "resolved"
)

// CommentStatuses lists the valid comment status values.
var CommentStatuses = []CommentStatus{StatusOpen, StatusAccepted, StatusRejected, StatusResolved}

// SafetyStatus says whether an expert's safety check covers a date.
type SafetyStatus string

// Safety statuses, from best to worst.
const (
	// SafetyValid means a check is recorded and has not expired by the date.
	SafetyValid SafetyStatus = "valid"
	// SafetyUnknown means a check is recorded without an expiry date.
	SafetyUnknown SafetyStatus = "unknown"
	// SafetyNone means no check is recorded.
	SafetyNone SafetyStatus = "none"
	// SafetyExpired means the check expires before the date.
	SafetyExpired SafetyStatus = "expired"
)

// safetyRank orders the statuses from best to worst.
var safetyRank = map[SafetyStatus]int{SafetyValid: 0, SafetyUnknown: 1, SafetyNone: 2, SafetyExpired: 3}

// Worse reports whether s is a worse status than t: an expired check is
// worse than none, none worse than one without an expiry date, and that
// worse than a valid one.
func (s SafetyStatus) Worse(t SafetyStatus) bool { return safetyRank[s] > safetyRank[t] }

// UserRoles lists the roles a Coplan user can declare in comments, approvals and locks.
var UserRoles = []string{"teacher", "partner", "coordinator"}

// IsOneOf reports whether v is one of the allowed values.
func IsOneOf[T ~string](v T, allowed []T) bool {
	for _, a := range allowed {
		if v == a {
			return true
		}
	}
	return false
}
