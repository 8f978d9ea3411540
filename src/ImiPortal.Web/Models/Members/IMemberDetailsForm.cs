namespace ImiPortal.Web.Models.Members;

/// <summary>A page with the details form, so that the member's page and the back office's render the same fields.</summary>
public interface IMemberDetailsForm
{
    MemberDetailsInput Input { get; }
}
