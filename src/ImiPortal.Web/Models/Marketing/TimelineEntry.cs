namespace ImiPortal.Web.Models.Marketing;

/// <summary>One event of the consent ledger, in plain words.</summary>
public sealed record TimelineEntry(
    DateTime OccurredAt,
    string Subject,
    bool Granted,
    string Basis,
    string Source,
    DateOnly? ReceivedOn,
    string Wording,
    int WordingVersion,
    string? RecordedBy);
