namespace ImiPortal.Web.Models.StaffRequests;

public sealed class NoteInput : RequestStepInput
{
    /// <summary>An internal note: never shown or sent to the requester.</summary>
    public string NoteText { get; set; } = "";
}
