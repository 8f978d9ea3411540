namespace ImiPortal.Web.Models.Members;

public sealed class AddressInput
{
    public string? Line1 { get; set; }

    public string? Line2 { get; set; }

    public string? Town { get; set; }

    public string? County { get; set; }

    public string? Postcode { get; set; }

    public string? Country { get; set; } = ImiPortal.Web.Members.Countries.UnitedKingdom;

    /// <summary>Nothing typed: the member has no address of this kind.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Line1) && string.IsNullOrWhiteSpace(Line2) && string.IsNullOrWhiteSpace(Town)
        && string.IsNullOrWhiteSpace(County) && string.IsNullOrWhiteSpace(Postcode);
}
