using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Restriction;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure.Restriction;

/// <summary>
/// Applies and lifts restrictions of processing (UK GDPR Art. 18). Applying sets the member's flag, which marketing,
/// audience exports, analytics, the public register and the retention sweep all honour. Lifting needs notice first:
/// the member is emailed the date from which it may be lifted and why, and it cannot be lifted before that date.
/// Every step is audited and emailed to the member in one unit of work.
/// </summary>
public sealed class Restrictions(PortalDbContext db, IEmailOutbox outbox, IAuditLog audit, TimeProvider time, IOptions<RestrictionOptions> options)
{
    public int MinimumNoticeDays => Math.Max(0, options.Value.MinimumNoticeDays);

    public DateOnly EarliestLiftDate => UkTime.Today(time).AddDays(MinimumNoticeDays);

    public async Task<WorkflowResult> ApplyAsync(Guid memberId, RestrictionGround ground, Guid? requestId, Guid actorUserId, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken);
        if (member is null)
        {
            return WorkflowResult.NotFound;
        }

        if (await db.ProcessingRestrictions.AnyAsync(r => r.MemberId == memberId && r.LiftedAt == null, cancellationToken))
        {
            return WorkflowResult.NotAllowed("Processing of this member's data is already restricted.");
        }

        if (requestId is { } id && !await db.RightsRequests.AnyAsync(r => r.Id == id && r.MemberId == memberId && r.Type == RightsRequestType.Restriction, cancellationToken))
        {
            return WorkflowResult.NotAllowed("That request is not a restriction request from this member.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var restriction = new ProcessingRestriction { MemberId = memberId, RequestId = requestId, Ground = ground, AppliedAt = now, AppliedByUserId = actorUserId };
        db.ProcessingRestrictions.Add(restriction);
        member.IsRestricted = true;
        member.Touch(now);
        outbox.Add(RestrictionEmails.Applied(member, ground));
        audit.Record("member.restriction.applied", memberId, "Member", memberId.ToString(), $"ground={ground}");
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowResult.Done(requesterEmailed: true);
    }

    /// <summary>Tells the member that the restriction will be lifted on or after <paramref name="notBefore"/>, and why.</summary>
    public async Task<WorkflowResult> GiveLiftNoticeAsync(long restrictionId, string reason, DateOnly notBefore, Guid actorUserId, CancellationToken cancellationToken)
    {
        var restriction = await db.ProcessingRestrictions.SingleOrDefaultAsync(r => r.Id == restrictionId, cancellationToken);
        if (restriction is null)
        {
            return WorkflowResult.NotFound;
        }

        if (!restriction.IsActive)
        {
            return WorkflowResult.NotAllowed("This restriction has already been lifted.");
        }

        if (restriction.NoticeGiven)
        {
            return WorkflowResult.NotAllowed("The member has already been told that this restriction will be lifted.");
        }

        if (notBefore < EarliestLiftDate)
        {
            return WorkflowResult.NotAllowed($"Give the member at least {MinimumNoticeDays} days' notice: the earliest date is {UkTime.Format(EarliestLiftDate)}.", "NotBefore");
        }

        var member = await db.Members.SingleAsync(m => m.Id == restriction.MemberId, cancellationToken);
        restriction.LiftNoticeSentAt = time.GetUtcNow().UtcDateTime;
        restriction.LiftNoticeByUserId = actorUserId;
        restriction.LiftNotBefore = notBefore;
        restriction.LiftReason = reason.Trim();
        outbox.Add(RestrictionEmails.LiftNotice(member, restriction.LiftReason, notBefore));
        audit.Record("member.restriction.lift-notice", member.Id, "ProcessingRestriction", restrictionId.ToString(System.Globalization.CultureInfo.InvariantCulture), $"notBefore={notBefore:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowResult.Done(requesterEmailed: true);
    }

    public async Task<WorkflowResult> LiftAsync(long restrictionId, Guid actorUserId, CancellationToken cancellationToken)
    {
        var restriction = await db.ProcessingRestrictions.SingleOrDefaultAsync(r => r.Id == restrictionId, cancellationToken);
        if (restriction is null)
        {
            return WorkflowResult.NotFound;
        }

        var today = UkTime.Today(time);
        if (!restriction.IsActive)
        {
            return WorkflowResult.NotAllowed("This restriction has already been lifted.");
        }

        if (!restriction.NoticeGiven)
        {
            return WorkflowResult.NotAllowed("Tell the member first: the law requires notice before a restriction is lifted.");
        }

        if (!restriction.MayLiftOn(today))
        {
            return WorkflowResult.NotAllowed($"The member was told it would not be lifted before {UkTime.Format(restriction.LiftNotBefore!.Value)}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var member = await db.Members.SingleAsync(m => m.Id == restriction.MemberId, cancellationToken);
        restriction.LiftedAt = now;
        restriction.LiftedByUserId = actorUserId;
        member.IsRestricted = false;
        member.Touch(now);
        outbox.Add(RestrictionEmails.Lifted(member));
        audit.Record("member.restriction.lifted", member.Id, "ProcessingRestriction", restrictionId.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowResult.Done(requesterEmailed: true);
    }
}
