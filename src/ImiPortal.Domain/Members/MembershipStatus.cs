namespace ImiPortal.Domain.Members;

public enum MembershipStatus
{
    Applicant = 1,
    Active = 2,
    Lapsed = 3,
    Resigned = 4,
    Suspended = 5,
}
