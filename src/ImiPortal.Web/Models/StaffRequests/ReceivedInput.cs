namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>When requested ID, or the answer to a clarification question, arrived (the clock counts from this date).</summary>
public sealed class ReceivedInput : RequestStepInput
{
    public DateOnly? ReceivedOn { get; set; }
}
