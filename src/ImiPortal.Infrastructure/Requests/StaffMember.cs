namespace ImiPortal.Infrastructure.Requests;

/// <summary>A member of staff who can be given a request.</summary>
public sealed record StaffMember(Guid UserId, string Email);
