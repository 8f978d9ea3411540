using ImiPortal.Domain.Consent;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>What the ledger stored: the new events, or nothing because the member does not exist (or was erased).</summary>
public sealed record ConsentRecordResult(bool MemberFound, IReadOnlyList<ConsentEvent> Events)
{
    public static ConsentRecordResult MemberNotFound { get; } = new(false, []);
}
