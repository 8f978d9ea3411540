namespace ImiPortal.Web.Models.Transparency;

/// <summary>Staff record that a member's data was shared: with whom, why, when and what (by category, not values).</summary>
public sealed class DisclosureInput
{
    public string MembershipNumber { get; set; } = "";

    public int? RecipientId { get; set; }

    public int? PurposeId { get; set; }

    public DateOnly? DisclosedOn { get; set; }

    public string Description { get; set; } = "";
}
