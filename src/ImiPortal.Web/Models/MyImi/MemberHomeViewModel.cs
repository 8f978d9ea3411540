namespace ImiPortal.Web.Models.MyImi;

public sealed record MemberHomeViewModel(
    string FirstName,
    string FullName,
    string MembershipNumber,
    string Status,
    string Grade,
    DateOnly MemberSince,
    DateTime UpdatedAt);
