using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.Requests;

/// <summary>One right as the forms explain it: what it is, and what the form asks for.</summary>
/// <param name="Type">The request type.</param>
/// <param name="Title">"Get a copy of your personal data".</param>
/// <param name="LegalName">The right's name in the law, for those who look for it.</param>
/// <param name="Explanation">What the right does, in plain words.</param>
/// <param name="DetailsLabel">The label of the free-text box, or null when the form has none.</param>
/// <param name="DetailsHint">A hint under that label.</param>
public sealed record RightInfo(
    RightsRequestType Type,
    string Title,
    string LegalName,
    string Explanation,
    string? DetailsLabel,
    string? DetailsHint)
{
    public bool AsksDateOfBirth => Type == RightsRequestType.Erasure;

    public bool AsksRelevantDates => Type == RightsRequestType.Access;

    public bool AsksPhone => Type == RightsRequestType.Access;

    /// <summary>Takes effect as soon as it is received (for an objection, when it is to direct marketing).</summary>
    public bool MayTakeEffectAtOnce => Type is RightsRequestType.WithdrawConsent or RightsRequestType.Objection;
}
