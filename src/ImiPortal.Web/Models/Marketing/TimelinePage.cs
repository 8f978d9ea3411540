namespace ImiPortal.Web.Models.Marketing;

/// <summary>One page of a member's consent ledger, newest first.</summary>
/// <param name="Entries">The events of this page.</param>
/// <param name="OlderThan">The cursor of the next, older page (the id of this page's last event); null when this is the oldest.</param>
/// <param name="IsOlderPage">Whether this page follows another (so a link back to the newest changes is useful).</param>
public sealed record TimelinePage(IReadOnlyList<TimelineEntry> Entries, long? OlderThan, bool IsOlderPage);
