using ImiPortal.Infrastructure.Email;

namespace ImiPortal.Web.Emails;

/// <summary>The account emails, in plain text (every client shows it; nothing is tracked).</summary>
public static class AccountEmails
{
    private const string Signature = "\n\nMyIMI, the Institute of the Motor Industry\nFanshaws, Brickendon, Hertfordshire SG13 8PQ\n";

    public static EmailMessage ConfirmEmail(string to, string link) => new(
        "account.confirm-email", to, "Confirm your email address for MyIMI",
        $"Please confirm your email address to finish creating your MyIMI account:\n\n{link}\n\n" +
        "If you did not create an account, you can ignore this email: nothing more will happen." + Signature);

    public static EmailMessage ResetPassword(string to, string link) => new(
        "account.reset-password", to, "Reset your MyIMI password",
        $"Someone asked to reset the password of your MyIMI account. To choose a new password, open:\n\n{link}\n\n" +
        "The link works once and expires after a day. If it was not you, ignore this email: your password has not changed." + Signature);

    public static EmailMessage NoAccountForReset(string to) => new(
        "account.reset-password-no-account", to, "Resetting a MyIMI password",
        "Someone asked to reset a MyIMI password for this email address, but there is no MyIMI account with it.\n\n" +
        "If it was you, you may have registered with another address, or you can create an account on MyIMI." + Signature);
}
