using ImiPortal.Domain.Deadlines;
using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>Plain words for the request enums, the same on every staff page.</summary>
public static class RequestText
{
    public static string Status(RightsRequestStatus status) => status switch
    {
        RightsRequestStatus.AwaitingEmailConfirmation => "Awaiting email confirmation",
        RightsRequestStatus.Received => "Received",
        RightsRequestStatus.AwaitingIdentity => "Waiting for ID",
        RightsRequestStatus.AwaitingClarification => "Waiting for clarification",
        RightsRequestStatus.InProgress => "In progress",
        RightsRequestStatus.Completed => "Completed",
        RightsRequestStatus.Refused => "Refused",
        RightsRequestStatus.Withdrawn => "Withdrawn",
        _ => status.ToString(),
    };

    public static string Type(RightsRequestType type) => type switch
    {
        RightsRequestType.Access => "Access",
        RightsRequestType.Rectification => "Correction",
        RightsRequestType.Erasure => "Erasure",
        RightsRequestType.Restriction => "Restriction",
        RightsRequestType.Objection => "Objection",
        RightsRequestType.Portability => "Portability",
        RightsRequestType.WithdrawConsent => "Withdraw consent",
        _ => type.ToString(),
    };

    public static string Channel(RequestChannel channel) => channel switch
    {
        RequestChannel.MyImi => "MyIMI (logged in)",
        RequestChannel.PublicForm => "Public web form",
        RequestChannel.Phone => "Phone",
        RequestChannel.Post => "Post",
        RequestChannel.Email => "Email",
        _ => channel.ToString(),
    };

    public static string Method(IdentityVerificationMethod method) => method switch
    {
        IdentityVerificationMethod.LoggedInSession => "Logged-in MyIMI session",
        IdentityVerificationMethod.EmailLink => "Email link",
        IdentityVerificationMethod.DocumentSeen => "Document seen",
        IdentityVerificationMethod.KnowledgeBasedCheck => "Knowledge-based check",
        _ => method.ToString(),
    };

    public static string Refusal(RefusalReason reason) => reason switch
    {
        RefusalReason.ManifestlyUnfounded => "Manifestly unfounded",
        RefusalReason.ManifestlyExcessive => "Manifestly excessive",
        RefusalReason.ExemptionApplies => "An exemption applies",
        _ => reason.ToString(),
    };

    public static string Event(RightsRequestEventKind kind) => kind switch
    {
        RightsRequestEventKind.Submitted => "Request submitted",
        RightsRequestEventKind.EmailConfirmed => "Email address confirmed",
        RightsRequestEventKind.Acknowledged => "Acknowledgement sent",
        RightsRequestEventKind.IdentityRequested => "ID asked for (clock stopped)",
        RightsRequestEventKind.IdentityReceived => "ID received (clock restarted)",
        RightsRequestEventKind.IdentityVerified => "Identity verified",
        RightsRequestEventKind.ClarificationRequested => "Clarification asked for (clock paused)",
        RightsRequestEventKind.ClarificationReceived => "Clarification received (clock resumed)",
        RightsRequestEventKind.Assigned => "Assignment changed",
        RightsRequestEventKind.NoteAdded => "Internal note",
        RightsRequestEventKind.Extended => "Deadline extended",
        RightsRequestEventKind.Completed => "Completed",
        RightsRequestEventKind.Refused => "Refused",
        RightsRequestEventKind.Withdrawn => "Withdrawn by the requester",
        RightsRequestEventKind.DuplicateLinked => "Linked as a duplicate",
        RightsRequestEventKind.ReminderSent => "Reminder sent",
        _ => kind.ToString(),
    };

    /// <summary>"5 days left", "Due today", "3 days overdue" (working days), or why there is no due date.</summary>
    public static string DaysLeft(int? workingDaysLeft, RightsRequestStatus status) => workingDaysLeft switch
    {
        null => status switch
        {
            RightsRequestStatus.AwaitingIdentity => "Clock stopped: waiting for ID",
            RightsRequestStatus.AwaitingClarification => "Clock paused: waiting for clarification",
            _ => "No due date",
        },
        0 => "Due today",
        1 => "1 day left",
        -1 => "1 day overdue",
        < 0 => $"{-workingDaysLeft} days overdue",
        _ => $"{workingDaysLeft} days left",
    };

    /// <summary>Why the deadline engine ignored a step, for a warning on the request page.</summary>
    public static string Ignored(ClockEvent ignored) => ignored switch
    {
        ExtensionDecided e => $"An extension recorded on {Domain.UkTime.Format(e.On)} did not change the deadline: it came after the one-month deadline, or the deadline had already been extended.",
        ClarificationPause p => $"A clarification asked for on {Domain.UkTime.Format(p.On)} did not pause the clock: the deadline had already passed.",
        _ => $"A step on {Domain.UkTime.Format(ignored.On)} did not change the deadline.",
    };
}
