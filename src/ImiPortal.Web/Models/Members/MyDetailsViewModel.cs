namespace ImiPortal.Web.Models.Members;

public sealed record MyDetailsViewModel : IMemberDetailsForm
{
    public required MemberDetailsInput Input { get; init; }

    public required string MembershipNumber { get; init; }

    public required string Email { get; init; }

    /// <summary>A new address waiting for its confirmation link to be followed.</summary>
    public string? PendingEmail { get; init; }

    /// <summary>Newest first.</summary>
    public required IReadOnlyList<DetailsHistoryRow> History { get; init; }

    public DetailsHistoryRow? LastChange => History.Count > 0 ? History[0] : null;
}
