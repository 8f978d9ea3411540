namespace ImiPortal.Domain.Requests;

/// <summary>What the transition rules need to know about a request on a given day.</summary>
/// <param name="Status">The request's status.</param>
/// <param name="IdentityVerified">Whether staff have recorded how the requester's identity was verified.</param>
/// <param name="IsExtended">Whether the deadline has already been extended.</param>
/// <param name="CanExtendToday">Whether the deadline engine allows an extension decided today.</param>
public sealed record RequestState(RightsRequestStatus Status, bool IdentityVerified, bool IsExtended, bool CanExtendToday);
