namespace ImiPortal.Domain.Members;

/// <summary>IMI membership grades (post-nominals in brackets).</summary>
public enum MembershipGrade
{
    Affiliate = 1,
    Associate = 2,
    Member = 3,
    Fellow = 4,
}
