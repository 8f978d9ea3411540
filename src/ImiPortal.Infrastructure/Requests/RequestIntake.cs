using System.Globalization;
using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Takes a rights request in, whichever way it came: stores it with a unique reference, dates it, applies what
/// takes effect at once and acknowledges it (MyIMI and staff), or asks a public requester to confirm their email
/// address first. A form submitted twice makes one request.
/// </summary>
public sealed partial class RequestIntake(
    PortalDbContext db,
    RequestReceipt receipt,
    IEmailOutbox outbox,
    IRequestLinks links,
    IAuditLog audit,
    TimeProvider time,
    ILogger<RequestIntake> logger)
{
    public async Task<IntakeResult> SubmitAsync(NewRightsRequest input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.SubmissionKey);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var strategy = db.Database.CreateExecutionStrategy();
                return await strategy.ExecuteAsync(ct => SubmitOnceAsync(input, ct), cancellationToken);
            }
            catch (Exception ex) when (attempt < IntakeConflicts.MaxAttempts && IntakeConflicts.IsConflict(ex))
            {
                // A double click racing this one, or (rarely) a reference already taken: the next attempt finds out which.
                LogConflict(logger, attempt);
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(25 * attempt), cancellationToken);
            }
        }
    }

    private async Task<IntakeResult> SubmitOnceAsync(NewRightsRequest input, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.RightsRequests.AsNoTracking()
            .Where(r => r.SubmissionKey == input.SubmissionKey)
            .Select(r => new IntakeResult(r.Id, r.Reference, r.MemberId, true))
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var request = await NewRequestAsync(input, now, cancellationToken);
        db.RightsRequests.Add(request);
        if (input.IsPublic)
        {
            outbox.Add(RequestIntakeEmails.ConfirmEmail(request, links.ConfirmEmail(request)));
        }
        else
        {
            await receipt.ReceiveAsync(request, input.ActorUserId, now, cancellationToken);
        }

        audit.Record(input.IsRecordedByStaff ? "request.recorded" : "request.submitted", request.MemberId, nameof(RightsRequest),
            request.Id.ToString(), string.Create(CultureInfo.InvariantCulture,
                $"type={request.Type}; channel={request.Channel}; receivedOn={request.ReceivedOn:yyyy-MM-dd}; status={request.Status}; duplicateOf={request.DuplicateOfId}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogSubmitted(logger, request.Id, request.Type, request.Channel);
        return new IntakeResult(request.Id, request.Reference, request.MemberId, false);
    }

    private async Task<RightsRequest> NewRequestAsync(NewRightsRequest input, DateTime now, CancellationToken cancellationToken)
    {
        var received = input.IsRecordedByStaff ? input.ReceivedOn ?? UkTime.DateOf(now) : UkTime.DateOf(now);
        var request = new RightsRequest
        {
            Id = Guid.CreateVersion7(),
            Reference = await NewReferenceAsync(cancellationToken),
            SubmissionKey = input.SubmissionKey,
            Type = input.Type,
            Channel = input.Channel,
            Status = input.IsPublic ? RightsRequestStatus.AwaitingEmailConfirmation : RightsRequestStatus.Received,
            MemberId = input.MemberId,
            FullName = input.FullName.Trim(),
            MembershipNumber = Clean(input.MembershipNumber)?.ToUpperInvariant(),
            DateOfBirth = input.DateOfBirth,
            Email = Clean(input.Email),
            Phone = Clean(input.Phone),
            PostalAddress = Clean(input.PostalAddress),
            Details = Clean(input.Details),
            RelevantDates = Clean(input.RelevantDates),
            RestrictionGround = input.Type == RightsRequestType.Restriction ? input.RestrictionGround : null,
            ObjectionKind = input.Type == RightsRequestType.Objection ? input.ObjectionKind : null,
            WithdrawalScope = input.Type == RightsRequestType.WithdrawConsent ? RequestImmediateEffects.FormatScope(input.WithdrawSubjects) : null,
            ReceivedOn = received,
            CreatedAt = now,
        };
        request.Events.Add(new RightsRequestEvent
        {
            MemberId = request.MemberId,
            Kind = RightsRequestEventKind.Submitted,
            OccurredAt = now,
            EffectiveOn = received == UkTime.DateOf(now) ? null : received,
            ActorUserId = input.ActorUserId,
            Note = input.IsRecordedByStaff
                ? $"Received by {RequestWords.Channel(input.Channel)} on {UkTime.Format(received)}; recorded by IMI member services."
                : $"Made through {RequestWords.Channel(input.Channel)}.",
        });

        if (input.IsFromMemberSession)
        {
            // Logged in to their own account: no further proof of identity is proportionate (ICO guidance).
            request.IdentityVerifiedBy = IdentityVerificationMethod.LoggedInSession;
            request.IdentityVerifiedAt = now;
            request.IdentityVerifiedByUserId = input.ActorUserId;
            request.Events.Add(new RightsRequestEvent
            {
                MemberId = request.MemberId,
                Kind = RightsRequestEventKind.IdentityVerified,
                OccurredAt = now,
                ActorUserId = input.ActorUserId,
                Note = "You were logged in to MyIMI when you made the request, so we know it is you.",
            });
        }

        return request;
    }

    private async Task<string> NewReferenceAsync(CancellationToken cancellationToken)
    {
        // Random references rarely collide; the unique index is the final guard (a collision there is retried).
        while (true)
        {
            var candidate = RequestReference.NewReference();
            if (!await db.RightsRequests.AnyAsync(r => r.Reference == candidate, cancellationToken))
            {
                return candidate;
            }
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [LoggerMessage(Level = LogLevel.Information, Message = "Rights request {RequestId} taken in ({Type}, {Channel})")]
    private static partial void LogSubmitted(ILogger logger, Guid requestId, RightsRequestType type, RequestChannel channel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rights request intake met a concurrent write (attempt {Attempt}); trying again")]
    private static partial void LogConflict(ILogger logger, int attempt);
}
