namespace ImiPortal.Web.Models.Members;

public sealed record MemberSearchRow(Guid Id, string MembershipNumber, string FirstName, string LastName, string Email, string Status);
