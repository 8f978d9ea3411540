using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Marketing;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Marketing;

/// <summary>A member's consent ledger, newest first, with the exact statement of each event.</summary>
public sealed class ConsentTimelineQuery(PortalDbContext db, MarketingCatalogue catalogue)
{
    public const int MaxEntries = 500;

    // Read on every preferences page: compiled once (issue #11).
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, IAsyncEnumerable<EventRow>>> EventsQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid memberId) => (
                from e in db.ConsentEvents.AsNoTracking()
                join w in db.ConsentWordings on e.WordingId equals w.Id
                where e.MemberId == memberId
                orderby e.Id descending
                select new EventRow(e.OccurredAt, e.SubjectKind, e.Channel, e.TopicId, e.RecipientId, e.Granted, e.Basis, e.Source, e.ReceivedOn, e.ActorUserId, w.Text, w.Version))
            .Take(MaxEntries)));

    public async Task<IReadOnlyList<TimelineEntry>> RunAsync(Guid memberId, CancellationToken cancellationToken) =>
        await RunAsync(memberId, await db.Members.Where(m => m.Id == memberId).Select(m => m.UserId).FirstOrDefaultAsync(cancellationToken), cancellationToken);

    /// <param name="memberUserId">The member's own login, when the caller knows it: their own changes read "the member".</param>
    public async Task<IReadOnlyList<TimelineEntry>> RunAsync(Guid memberId, Guid? memberUserId, CancellationToken cancellationToken)
    {
        var events = new List<EventRow>();
        await foreach (var row in EventsQuery.For(db)(db, memberId).WithCancellation(cancellationToken))
        {
            events.Add(row);
        }

        if (events.Count == 0)
        {
            return [];
        }

        var names = await catalogue.NamesAsync(cancellationToken);
        return events.Select(e => new TimelineEntry(
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
    }

    private sealed record EventRow(
        DateTime OccurredAt, ConsentSubjectKind SubjectKind, MarketingChannel? Channel, int? TopicId, int? RecipientId, bool Granted,
        ConsentBasis Basis, ConsentSource Source, DateOnly? ReceivedOn, Guid? ActorUserId, string Text, int Version);
}
