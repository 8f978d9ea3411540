namespace ImiPortal.Web.Models.StaffRequests;

public sealed class AssignInput : RequestStepInput
{
    /// <summary>The member of staff to give the request to; empty to leave it unassigned.</summary>
    public Guid? AssigneeUserId { get; set; }
}
