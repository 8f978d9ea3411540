namespace ImiPortal.Web.Models.StaffRequests;

public sealed class CompleteInput : RequestStepInput
{
    /// <summary>What was done, in words for the requester (sent to them).</summary>
    public string Outcome { get; set; } = "";
}
