namespace ImiPortal.Web.Models.Members;

/// <summary>A member's record in the back office: the details as held, and every change made to them.</summary>
public sealed record MemberRecordViewModel
{
    public required Guid MemberId { get; init; }

    public required string MembershipNumber { get; init; }

    public required string FullName { get; init; }

    public required string Status { get; init; }

    public required string Grade { get; init; }

    public required DateOnly MemberSince { get; init; }

    public required bool HasLogin { get; init; }

    /// <summary>Processing is restricted (Art. 18): storage only.</summary>
    public bool IsRestricted { get; init; }

    /// <summary>A legal hold keeps the member's data out of retention and erasure.</summary>
    public bool UnderLegalHold { get; init; }

    /// <summary>Label and value, in form order; empty values are shown as "Not given".</summary>
    public required IReadOnlyList<KeyValuePair<string, string?>> Details { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<DetailsHistoryRow> History { get; init; }
}
