using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

public enum EmailConfirmationOutcome
{
    Confirmed = 1,
    AlreadyConfirmed = 2,
    NotFound = 3,
}

/// <summary>
/// A public requester confirmed their email address: from today the request counts as received from that address
/// (the statutory month runs from today), and it is acknowledged. Their identity is still not verified; staff
/// decide whether to ask for ID. A confirmed address that is a member's links the request to that member.
/// </summary>
/// <remarks>Requests never confirmed simply stay unconfirmed; clearing those older than the link's seven days is left to a later retention job.</remarks>
public sealed class PublicRequestConfirmation(PortalDbContext db, RequestReceipt receipt, IAuditLog audit, TimeProvider time)
{
    public async Task<EmailConfirmationOutcome> ConfirmAsync(Guid requestId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(ct => ConfirmOnceAsync(requestId, ct), cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The same link opened twice at once: the other one confirmed it.
                db.ChangeTracker.Clear();
                return EmailConfirmationOutcome.AlreadyConfirmed;
            }
            catch (Exception ex) when (attempt < IntakeConflicts.MaxAttempts && IntakeConflicts.IsConflict(ex))
            {
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(25 * attempt), cancellationToken);
            }
        }
    }

    private async Task<EmailConfirmationOutcome> ConfirmOnceAsync(Guid requestId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.RightsRequests.Include(r => r.Events)
            .SingleOrDefaultAsync(r => r.Id == requestId && r.Channel == RequestChannel.PublicForm, cancellationToken);
        if (request is null)
        {
            return EmailConfirmationOutcome.NotFound;
        }

        if (request.Status != RightsRequestStatus.AwaitingEmailConfirmation)
        {
            return EmailConfirmationOutcome.AlreadyConfirmed;
        }

        var now = time.GetUtcNow().UtcDateTime;
        request.EmailConfirmedAt = now;
        request.ReceivedOn = UkTime.DateOf(now);
        request.Status = RightsRequestStatus.Received;
        request.ConcurrencyStamp = Guid.NewGuid();
        request.MemberId = await MemberWithEmailAsync(request.Email, cancellationToken);
        foreach (var step in request.Events)
        {
            step.MemberId = request.MemberId;
        }

        request.Events.Add(new RightsRequestEvent
        {
            MemberId = request.MemberId,
            Kind = RightsRequestEventKind.EmailConfirmed,
            OccurredAt = now,
            Note = "You confirmed your email address, so we count your request as received today.",
        });
        await receipt.ReceiveAsync(request, actorUserId: null, now, cancellationToken);
        audit.Record("request.email-confirmed", request.MemberId, nameof(RightsRequest), request.Id.ToString(),
            $"type={request.Type}; status={request.Status}; linkedToMember={request.MemberId is not null}; duplicateOf={request.DuplicateOfId}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EmailConfirmationOutcome.Confirmed;
    }

    /// <summary>The one member whose address this is, if exactly one; the requester has just shown they read that mailbox.</summary>
    private async Task<Guid?> MemberWithEmailAsync(string? email, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var lowered = email.Trim().ToLowerInvariant();
        var matches = await db.Members.AsNoTracking()
            .Where(m => m.ErasedAt == null && m.Email.ToLower() == lowered)
            .Select(m => m.Id)
            .Take(2)
            .ToListAsync(cancellationToken);
        return matches.Count == 1 ? matches[0] : null;
    }
}
