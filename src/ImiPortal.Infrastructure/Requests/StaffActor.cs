namespace ImiPortal.Infrastructure.Requests;

/// <summary>The member of staff taking a step on a request.</summary>
public sealed record StaffActor(Guid UserId, bool IsPrivacyOfficer);
