namespace ImiPortal.Web.Models.StaffRequests;

public sealed class ExtendInput : RequestStepInput
{
    /// <summary>Why the request is complex or one of many (sent to the requester, as the law requires).</summary>
    public string ExtensionReason { get; set; } = "";
}
