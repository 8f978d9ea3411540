using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.Requests;

/// <summary>One request as its requester sees it: where it stands, when we will respond, what they asked and what happened.</summary>
public sealed record RequestSummaryViewModel
{
    public required Guid Id { get; init; }

    public required string Reference { get; init; }

    public required RightsRequestType Type { get; init; }

    public required RightsRequestStatus Status { get; init; }

    public required string StatusText { get; init; }

    /// <summary>"29 December 2026", "Paused …", or how it ended.</summary>
    public required string DueText { get; init; }

    public DateOnly? DueOn { get; init; }

    public required string ReceivedText { get; init; }

    public required string ChannelText { get; init; }

    public string? Outcome { get; init; }

    public string? DuplicateOfReference { get; init; }

    public bool IsOpen { get; init; }

    public bool CanWithdraw { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Asked { get; init; } = [];

    public IReadOnlyList<RequestTimelineItem> Timeline { get; init; } = [];

    public string TypeTitle => Infrastructure.Requests.RequestWords.Title(Type);
}
