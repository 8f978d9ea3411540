namespace ImiPortal.Web.Models.Erasure;

public sealed class ConfirmErasureInput
{
    /// <summary>The member's membership number, typed again to confirm the right person is being erased.</summary>
    public string MembershipNumber { get; set; } = "";

    public Guid Stamp { get; set; }
}
