using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

public enum WithdrawalOutcome
{
    Withdrawn = 1,

    /// <summary>No such request of this member's: say nothing more, so an id confirms nothing.</summary>
    NotFound = 2,

    AlreadyClosed = 3,
}

/// <summary>A member withdraws an open request of their own.</summary>
public sealed class MemberRequestWithdrawal(PortalDbContext db, IEmailOutbox outbox, IAuditLog audit, TimeProvider time)
{
    public async Task<WithdrawalOutcome> WithdrawAsync(Guid memberId, Guid requestId, Guid actorUserId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WithdrawOnceAsync(memberId, requestId, actorUserId, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Staff changed it a moment ago: look again at where it stands now.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<WithdrawalOutcome> WithdrawOnceAsync(Guid memberId, Guid requestId, Guid actorUserId, CancellationToken cancellationToken)
    {
        var request = await db.RightsRequests.SingleOrDefaultAsync(r => r.Id == requestId && r.MemberId == memberId, cancellationToken);
        if (request is null)
        {
            return WithdrawalOutcome.NotFound;
        }

        if (!request.IsOpen || request.Status == RightsRequestStatus.AwaitingEmailConfirmation)
        {
            return WithdrawalOutcome.AlreadyClosed;
        }

        var now = time.GetUtcNow().UtcDateTime;
        request.Status = RightsRequestStatus.Withdrawn;
        request.ClosedAt = now;
        request.ConcurrencyStamp = Guid.NewGuid();
        db.RightsRequestEvents.Add(new RightsRequestEvent
        {
            RequestId = request.Id,
            MemberId = memberId,
            Kind = RightsRequestEventKind.Withdrawn,
            OccurredAt = now,
            ActorUserId = actorUserId,
            Note = "You withdrew this request. We will take no further action on it.",
        });
        if (!string.IsNullOrEmpty(request.Email))
        {
            outbox.Add(RequestIntakeEmails.Withdrawn(request));
        }

        audit.Record("request.withdrawn", memberId, nameof(RightsRequest), request.Id.ToString(), "status=Withdrawn");
        await db.SaveChangesAsync(cancellationToken);
        return WithdrawalOutcome.Withdrawn;
    }
}
