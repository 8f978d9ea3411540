namespace ImiPortal.Domain.Requests;

/// <summary>
/// One daily reminder digest sent to one recipient (an assignee or the shared inbox). Unique per recipient and UK
/// date, so that running the reminder job twice on a day sends nothing the second time.
/// </summary>
public class ReminderDigest
{
    public long Id { get; set; }

    /// <summary>A staff work address or the shared data-protection inbox; never a requester's.</summary>
    public string Recipient { get; set; } = "";

    /// <summary>The UK date the digest is for.</summary>
    public DateOnly SentOn { get; set; }

    public DateTime SentAt { get; set; }

    public int RequestCount { get; set; }
}
