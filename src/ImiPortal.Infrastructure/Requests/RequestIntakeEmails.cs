using System.Text;
using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Email;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The emails of intake: confirm your address (public form), the acknowledgement, and a withdrawal.</summary>
public static class RequestIntakeEmails
{
    public const string ConfirmEmailKind = "request.confirm-email";
    public const string AcknowledgedKind = "request.acknowledged";
    public const string WithdrawnKind = "request.withdrawn";

    private const string Signature = "\n\nData Protection, the Institute of the Motor Industry\nFanshaws, Brickendon, Hertfordshire SG13 8PQ\nMember services: +44 (0)1992 519025\n";

    public static EmailMessage ConfirmEmail(RightsRequest request, string link)
    {
        ArgumentNullException.ThrowIfNull(request);
        var days = (int)RequestTokens.ConfirmationLifetime.TotalDays;
        return new EmailMessage(ConfirmEmailKind, To(request), "Confirm your email address to send your data protection request",
            // No name here: it was typed by someone who has not yet shown this mailbox is theirs.
            "Hello,\n\n" +
            $"Someone, we hope you, used the form on our website to ask IMI for {RequestWords.InSentence(request.Type)}, giving this email address.\n\n" +
            $"To send us the request, confirm that this email address is yours by opening this link within {days} days:\n\n{link}\n\n" +
            "We treat the request as received on the day you confirm, and we will then email you its reference and the date " +
            "by which we will respond. If you did not ask for this, ignore this email: nothing will happen." + Signature)
        {
            DeleteAfterSending = true,
        };
    }

    /// <param name="request">The request, with its due date already worked out.</param>
    /// <param name="trackLink">Where the requester can follow it.</param>
    /// <param name="duplicateOfReference">The open request this one was added to, if any.</param>
    public static EmailMessage Acknowledged(RightsRequest request, string trackLink, string? duplicateOfReference)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new StringBuilder()
            .Append("Dear ").Append(request.FullName).Append(",\n\n")
            .Append("Thank you for your request for ").Append(RequestWords.InSentence(request.Type)).Append(", which we received on ")
            .Append(UkTime.Format(request.ReceivedOn)).Append(".\n\n")
            .Append("Your reference is ").Append(request.Reference).Append(". Please quote it if you contact us about this request.\n\n");
        if (duplicateOfReference is not null)
        {
            body.Append("You already have request ").Append(duplicateOfReference).Append(" open; we have added this to it.\n\n");
        }

        if (request.Status == RightsRequestStatus.Completed)
        {
            body.Append("We have acted on your request straight away:\n\n").Append(request.Outcome).Append("\n\n");
        }
        else
        {
            body.Append("What happens next\n\n");
            if (request.IdentityVerifiedBy is null)
            {
                body.Append("If we need to confirm your identity before we act, we will contact you. The time limit then runs from the day we receive what we ask for.\n\n");
            }

            if (request.DueOn is { } due)
            {
                body.Append("We will respond by the end of ").Append(UkTime.Format(due)).Append(". ")
                    .Append("If your request is complex, or you have made a number of requests, the law allows us up to two further months; " +
                            "if we need them we will tell you why before that date.\n\n");
            }
        }

        body.Append("You can see how your request is going at:\n").Append(trackLink).Append('\n');
        return new EmailMessage(AcknowledgedKind, To(request), $"Your request {request.Reference}: we have received it", body + Signature);
    }

    public static EmailMessage Withdrawn(RightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new EmailMessage(WithdrawnKind, To(request), $"Your request {request.Reference}: withdrawn",
            $"Dear {request.FullName},\n\nAs you asked, we have closed your request {request.Reference} for {RequestWords.InSentence(request.Type)}. " +
            "We will take no further action on it. You can make a new request at any time." + Signature);
    }

    private static string To(RightsRequest request) =>
        request.Email ?? throw new InvalidOperationException("The request has no email address.");
}
