using ImiPortal.Domain.Consent;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>
/// A request to the <see cref="ConsentLedger"/>: the member, the choices they made, how the choices reached
/// us and who recorded them. The preferences page, the unsubscribe link, staff opt-outs and rights requests
/// all record consent this way.
/// </summary>
public sealed record ConsentRecord(Guid MemberId, IReadOnlyList<ConsentChange> Changes, ConsentSource Source)
{
    /// <summary>The user who made the change: the member, or the member of staff who recorded it; null for a link used without logging in.</summary>
    public Guid? ActorUserId { get; init; }

    /// <summary>For a choice received by phone or post: the date the member told us (UK date).</summary>
    public DateOnly? ReceivedOn { get; init; }

    /// <summary>
    /// The statement shown to the person when it was not the subject's own (the unsubscribe page shows
    /// <c>marketing.unsubscribe</c>); by default each subject's statement is used.
    /// </summary>
    public string? WordingKey { get; init; }
}
