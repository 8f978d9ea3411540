using ImiPortal.Domain;
using ImiPortal.Infrastructure.Email;

namespace ImiPortal.Web.Emails;

/// <summary>Emails about a member's details: confirming a new address, and telling the old one it changed.</summary>
public static class DetailsEmails
{
    private const string Signature = "\n\nMyIMI, the Institute of the Motor Industry\nFanshaws, Brickendon, Hertfordshire SG13 8PQ\n";

    public static EmailMessage ConfirmNewEmail(string to, string link) => new(
        "account.confirm-new-email", to, "Confirm your new email address for MyIMI",
        $"You asked to use this email address for your MyIMI account. To confirm it, open:\n\n{link}\n\n" +
        "Until you do, your account keeps its current email address. The link expires after a day.\n\n" +
        "If you did not ask for this, ignore this email: nothing will change." + Signature);

    /// <summary>To the old address, which no longer belongs to the account: deleted from the outbox once sent.</summary>
    public static EmailMessage EmailChanged(string to, DateTime changedAtUtc) => new(
        "account.email-changed", to, "Your MyIMI email address was changed",
        $"The email address of your MyIMI account was changed on {UkTime.Format(changedAtUtc)}, after the new address was confirmed. " +
        "From now on you log in with the new address, and we write to it instead of this one.\n\n" +
        "If you did not make this change, call IMI member services straight away on +44 (0)1992 519025." + Signature)
    {
        DeleteAfterSending = true,
    };
}
