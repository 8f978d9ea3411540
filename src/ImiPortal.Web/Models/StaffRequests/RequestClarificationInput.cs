namespace ImiPortal.Web.Models.StaffRequests;

public sealed class RequestClarificationInput : RequestStepInput
{
    /// <summary>The question for the requester (sent to them).</summary>
    public string Question { get; set; } = "";
}
