namespace ImiPortal.Web.Models.Transparency;

/// <summary>"My privacy": what we hold about this member, why, who has had it and for how long, from the register.</summary>
public sealed record MyPrivacyViewModel(
    string FullName,
    string MembershipNumber,
    IReadOnlyList<HeldCategoryView> Categories,
    IReadOnlyList<PurposeUseView> Purposes,
    IReadOnlyList<DisclosureView> Disclosures,
    IReadOnlyList<TransferView> Transfers,
    bool IsRestricted,
    bool ObjectsToDirectMarketing,
    int BackupRetentionDays)
{
    /// <summary>When the member has been told a restriction will be lifted: the first day it may be.</summary>
    public DateOnly? RestrictionLiftsOnOrAfter { get; init; }
}
