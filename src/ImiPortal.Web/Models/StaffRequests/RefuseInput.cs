using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

public sealed class RefuseInput : RequestStepInput
{
    public RefusalReason? RefusalReason { get; set; }

    /// <summary>The exemption relied on, when the reason is that an exemption applies.</summary>
    public string? Exemption { get; set; }

    /// <summary>The reasoning, recorded and sent to the requester.</summary>
    public string Reasoning { get; set; } = "";
}
