namespace ImiPortal.Web.Models.Transparency;

/// <summary>Staff view of one member's disclosure log, found by membership number.</summary>
public sealed record DisclosureLogViewModel(string? MembershipNumber, string? MemberName, IReadOnlyList<DisclosureView> Disclosures, bool NotFound);
