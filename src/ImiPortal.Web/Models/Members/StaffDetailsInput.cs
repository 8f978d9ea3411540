namespace ImiPortal.Web.Models.Members;

/// <summary>A correction staff make on a member's behalf (by phone or email): the same details, and why.</summary>
public sealed class StaffDetailsInput : MemberDetailsInput
{
    public string? Reason { get; set; }
}
