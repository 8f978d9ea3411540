namespace ImiPortal.Web.Models.Marketing;

public sealed class FindMemberInput
{
    public string MembershipNumber { get; set; } = "";
}
