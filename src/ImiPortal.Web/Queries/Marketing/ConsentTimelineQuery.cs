using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Marketing;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Marketing;

/// <summary>
/// A member's consent ledger, newest first, with the exact statement of each event, a page at a time: the newest
/// <see cref="PageSize"/> events, then older pages by the id of the last event shown (a keyset, so a page costs the same
/// however long the ledger). A member who has changed their choices thousands of times still gets a page of the same
/// size, and can reach every event; the whole ledger is also in their data download.
/// </summary>
public sealed class ConsentTimelineQuery(PortalDbContext db, MarketingCatalogue catalogue)
{
    public const int PageSize = 25;

    // Read on every preferences page: compiled once (issue #11). One row more than a page tells whether there is an older page.
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, long, IAsyncEnumerable<EventRow>>> EventsQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId, long before) => (
                from e in db.ConsentEvents.AsNoTracking()
                join w in db.ConsentWordings on e.WordingId equals w.Id
                where e.MemberId == memberId && e.Id < before
                orderby e.Id descending
                select new EventRow(e.Id, e.OccurredAt, e.SubjectKind, e.Channel, e.TopicId, e.RecipientId, e.Granted, e.Basis, e.Source, e.ReceivedOn, e.ActorUserId, w.Text, w.Version))
            .Take(PageSize + 1)));

    /// <param name="before">The page after the event with this id (from <see cref="TimelinePage.OlderThan"/>); null for the newest.</param>
    public async Task<TimelinePage> RunAsync(Guid memberId, long? before, CancellationToken cancellationToken) =>
        await RunAsync(memberId, await db.Members.Where(m => m.Id == memberId).Select(m => m.UserId).FirstOrDefaultAsync(cancellationToken), before, cancellationToken);

    /// <param name="memberUserId">The member's own login, when the caller knows it: their own changes read "the member".</param>
    /// <param name="before">The page after the event with this id (from <see cref="TimelinePage.OlderThan"/>); null for the newest.</param>
    public async Task<TimelinePage> RunAsync(Guid memberId, Guid? memberUserId, long? before, CancellationToken cancellationToken)
    {
        var events = new List<EventRow>(PageSize + 1);
        await foreach (var row in EventsQuery.For(db)(db, memberId, before ?? long.MaxValue).WithCancellation(cancellationToken))
        {
            events.Add(row);
        }

        // The extra row only says that an older page exists; that page starts after the last row shown.
        long? olderThan = null;
        if (events.Count > PageSize)
        {
            events.RemoveAt(PageSize);
            olderThan = events[^1].Id;
        }

        if (events.Count == 0)
        {
            return new TimelinePage([], null, before is not null);
        }

        var names = await catalogue.NamesAsync(cancellationToken);
        var entries = events.Select(e => new TimelineEntry(
                e.OccurredAt,
                e.SubjectKind switch
                {
                    ConsentSubjectKind.Channel => ConsentWords.Channel(e.Channel!.Value),
                    ConsentSubjectKind.Topic => "Subject: " + names.Topics.GetValueOrDefault(e.TopicId!.Value, "a subject no longer offered"),
                    _ => "Sharing with " + names.Partners.GetValueOrDefault(e.RecipientId!.Value, "a partner no longer listed"),
                },
                e.Granted,
                ConsentWords.Basis(e.Basis),
                ConsentWords.Source(e.Source),
                e.ReceivedOn,
                e.Text,
                e.Version,
                e.ActorUserId is null ? null : e.ActorUserId == memberUserId ? "the member" : "IMI staff"))
            .ToList();
        return new TimelinePage(entries, olderThan, before is not null);
    }

    private sealed record EventRow(
        long Id, DateTime OccurredAt, ConsentSubjectKind SubjectKind, MarketingChannel? Channel, int? TopicId, int? RecipientId, bool Granted,
        ConsentBasis Basis, ConsentSource Source, DateOnly? ReceivedOn, Guid? ActorUserId, string Text, int Version);
}
