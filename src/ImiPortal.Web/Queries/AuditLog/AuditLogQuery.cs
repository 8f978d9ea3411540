using ImiPortal.Domain;
using ImiPortal.Domain.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Members;
using ImiPortal.Web.Models.AuditLog;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.AuditLog;

/// <summary>
/// Searches the audit log for the privacy officer. The table can hold millions of rows, so every search walks an
/// existing index in the order "newest first": (SubjectMemberId, OccurredAt) for a member, (ActorUserId, OccurredAt)
/// for a staff member, OccurredAt otherwise; pages are keyset pages (no OFFSET), one page read at a time.
/// </summary>
public sealed class AuditLogQuery(PortalDbContext db)
{
    public async Task<AuditLogViewModel> RunAsync(AuditLogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var events = db.AuditEvents.AsNoTracking();

        if (!string.IsNullOrWhiteSpace(filter.Member))
        {
            var memberId = await MemberIdAsync(filter.Member, cancellationToken);
            if (memberId is null)
            {
                return Empty(filter, "No member has that membership number or id.");
            }

            events = events.Where(e => e.SubjectMemberId == memberId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var normalised = filter.Actor.Trim().ToUpperInvariant();
            var actorId = await db.Users.Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
            if (actorId is null)
            {
                return Empty(filter, "No account has that email address.");
            }

            events = events.Where(e => e.ActorUserId == actorId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var action = filter.Action.Trim();
            events = events.Where(e => e.Action.StartsWith(action));
        }

        if (DateInput.Parse(filter.From) is { } from)
        {
            var start = UkMidnightUtc(from);
            events = events.Where(e => e.OccurredAt >= start);
        }

        if (DateInput.Parse(filter.To) is { } to)
        {
            var end = UkMidnightUtc(to.AddDays(1));
            events = events.Where(e => e.OccurredAt < end);
        }

        if (AuditLogCursor.Parse(filter.Before) is { } cursor)
        {
            events = events.Where(e => e.OccurredAt < cursor.OccurredAt || (e.OccurredAt == cursor.OccurredAt && e.Id < cursor.Id));
        }

        var page = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(AuditLogViewModel.PageSize + 1)
            .ToListAsync(cancellationToken);
        var more = page.Count > AuditLogViewModel.PageSize;
        if (more)
        {
            page.RemoveAt(page.Count - 1);
        }

        var rows = await DescribeAsync(page, cancellationToken);
        var older = more ? new AuditLogCursor(page[^1].OccurredAt, page[^1].Id).ToString() : null;
        return new AuditLogViewModel(filter, rows, older, rows.Count == 0 ? "No entries match this search." : null);
    }

    public async Task<Guid?> MemberIdAsync(string? member, CancellationToken cancellationToken) => AuditLogFilterValidator.MemberKey(member) switch
    {
        Guid id => id,
        string number => await db.Members.Where(m => m.MembershipNumber == number).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken),
        _ => null,
    };

    private static AuditLogViewModel Empty(AuditLogFilter filter, string reason) => new(filter, [], null, reason);

    private static DateTime UkMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), UkTime.Zone);

    /// <summary>Names the actors (staff by email, members by membership number) and subjects of one page, in three small lookups.</summary>
    private async Task<List<AuditLogRow>> DescribeAsync(List<AuditEvent> page, CancellationToken cancellationToken)
    {
        var actorIds = page.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var subjectIds = page.Where(e => e.SubjectMemberId is not null).Select(e => e.SubjectMemberId!.Value).Distinct().ToList();
        var staffEmails = await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                where actorIds.Contains(user.Id) && Roles.Staff.Contains(role.Name!)
                select new { user.Id, user.Email })
            .Distinct().ToDictionaryAsync(u => u.Id, u => u.Email ?? "", cancellationToken);
        var memberActors = await db.Members.Where(m => m.UserId != null && actorIds.Contains(m.UserId.Value))
            .Select(m => new { UserId = m.UserId!.Value, m.MembershipNumber }).ToDictionaryAsync(m => m.UserId, m => m.MembershipNumber, cancellationToken);
        var subjects = await db.Members.Where(m => subjectIds.Contains(m.Id))
            .Select(m => new { m.Id, m.MembershipNumber }).ToDictionaryAsync(m => m.Id, m => m.MembershipNumber, cancellationToken);

        return page.Select(e => new AuditLogRow(
            e.Id,
            UkTime.Format(e.OccurredAt),
            e.ActorUserId is not { } actor ? "The system"
            : staffEmails.TryGetValue(actor, out var email) ? email
            : memberActors.TryGetValue(actor, out var number) ? $"Member {number}"
            : "A deleted account",
            e.Action,
            e.SubjectMemberId is not { } subject ? "—" : subjects.GetValueOrDefault(subject) ?? "A removed member record",
            e.EntityType is null ? null : $"{e.EntityType} {e.EntityId}".Trim(),
            e.Details,
            e.IpAddress ?? "—")).ToList();
    }
}
