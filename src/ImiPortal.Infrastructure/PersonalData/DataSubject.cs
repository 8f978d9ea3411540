namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>
/// Who a subject-data walk is about: the member, and their login when they have one (Identity's tables key
/// rows by the user id rather than the member id).
/// </summary>
public sealed record DataSubject(Guid MemberId, Guid? UserId);
