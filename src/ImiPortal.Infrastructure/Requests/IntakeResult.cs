namespace ImiPortal.Infrastructure.Requests;

/// <summary>The request a submission made, or the one an earlier submission of the same form already made.</summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Reference">The reference quoted to the requester.</param>
/// <param name="MemberId">The member it is about, if any (to check a repeated submission belongs to the same member).</param>
/// <param name="AlreadySubmitted">True when the form had been submitted before and nothing new was made.</param>
public sealed record IntakeResult(Guid RequestId, string Reference, Guid? MemberId, bool AlreadySubmitted);
