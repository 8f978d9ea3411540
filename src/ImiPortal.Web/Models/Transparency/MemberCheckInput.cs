namespace ImiPortal.Web.Models.Transparency;

/// <summary>The public member check: an exact membership number, or an exact first and last name.</summary>
public sealed class MemberCheckInput
{
    public string? MembershipNumber { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(MembershipNumber) && string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName);
}
