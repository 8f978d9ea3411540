namespace ImiPortal.Web.Models.Marketing;

public sealed record StaffMemberMarketingViewModel(
    Guid MemberId,
    string Name,
    string MembershipNumber,
    IReadOnlyList<string> Blocks,
    IReadOnlyList<StaffChoiceRow> Channels,
    IReadOnlyList<StaffChoiceRow> Topics,
    IReadOnlyList<StaffChoiceRow> ThirdParties,
    TimelinePage Timeline)
{
    public OptOutInput Input { get; init; } = new();
}
