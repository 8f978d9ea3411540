using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Email;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The emails the law (or good practice) requires at each staff step, in plain text.</summary>
public static class RequestWorkflowEmails
{
    public const string ComplaintUrl = "https://ico.org.uk/make-a-complaint/";

    private const string Signature = "\n\nData Protection, the Institute of the Motor Industry\nFanshaws, Brickendon, Hertfordshire SG13 8PQ\n";

    private const string RightToComplain =
        "If you are unhappy with how we have handled your request, you have the right to complain to the " +
        "Information Commissioner's Office (ICO), the UK regulator for data protection: " + ComplaintUrl + "\n" +
        "You also have the right to seek a judicial remedy: to ask a court to enforce your rights.";

    public static EmailMessage IdentityRequested(RightsRequest request, string whatWeNeed) => Message(
        "request.identity-requested", request, "we need to confirm your identity",
        "Before we can act on your request we need to confirm that you are the person the information is about.\n\n" +
        $"{whatWeNeed}\n\n" +
        "Please reply to this email, quoting your reference. The one-month time limit for our response starts on the " +
        "day we receive what we have asked for; until then we cannot act on the request.");

    public static EmailMessage ClarificationRequested(RightsRequest request, string question) => Message(
        "request.clarification-requested", request, "a question about your request",
        "To find the information you are asking for, we need you to tell us a little more:\n\n" +
        $"{question}\n\n" +
        "Please reply to this email, quoting your reference. The time limit for our response is paused from today " +
        "until we receive your answer.");

    public static EmailMessage Extended(RightsRequest request, string reason, DateOnly? newDueOn) => Message(
        "request.extended", request, "we need more time",
        "The law allows us to take up to two further months to respond when a request is complex or when a person " +
        "has made a number of requests. We are extending the time limit for your request because:\n\n" +
        $"{reason}\n\n" +
        (newDueOn is { } due
            ? $"We will respond by {UkTime.Format(due)}."
            : "The time limit is paused while we wait for your answer to our question; we will tell you the new date when it restarts.") +
        "\n\n" + RightToComplain);

    public static EmailMessage Completed(RightsRequest request, string outcome) => Message(
        "request.completed", request, "our response",
        $"We have completed your request.\n\n{outcome}\n\n" + RightToComplain);

    public static EmailMessage Refused(RightsRequest request, RefusalReason reason, string? exemption, string reasoning) => Message(
        "request.refused", request, "our decision",
        $"We are not able to act on your request, because {ReasonText(reason, exemption)}.\n\n" +
        $"Our reasons:\n{reasoning}\n\n" + RightToComplain);

    public static string ReasonText(RefusalReason reason, string? exemption) => reason switch
    {
        RefusalReason.ManifestlyUnfounded => "it is manifestly unfounded",
        RefusalReason.ManifestlyExcessive => "it is manifestly excessive",
        RefusalReason.ExemptionApplies => $"an exemption under the Data Protection Act 2018 applies ({exemption})",
        _ => throw new ArgumentOutOfRangeException(nameof(reason)),
    };

    private static EmailMessage Message(string kind, RightsRequest request, string subject, string body) => new(
        kind, request.Email ?? throw new InvalidOperationException("The request has no email address."),
        $"Your request {request.Reference}: {subject}",
        $"Dear {request.FullName},\n\nYour reference: {request.Reference}\n\n{body}{Signature}");
}
