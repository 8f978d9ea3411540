namespace ImiPortal.Infrastructure.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"PickupFolder" (writes .eml files; the Development default) or "Smtp".</summary>
    public string Transport { get; set; } = "PickupFolder";

    public string FromAddress { get; set; } = "myimi@theimi.org.uk";

    public string FromName { get; set; } = "MyIMI";

    /// <summary>Folder for .eml files; relative paths are under the data folder.</summary>
    public string PickupFolder { get; set; } = "mail";

    public SmtpOptions Smtp { get; set; } = new();

    public int BatchSize { get; set; } = 50;

    /// <summary>How long a dispatcher may hold a claimed message before another may take it over.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Sent messages are deleted after this long: the outbox is not an archive of personal data.</summary>
    public TimeSpan KeepSentFor { get; set; } = TimeSpan.FromDays(30);
}
