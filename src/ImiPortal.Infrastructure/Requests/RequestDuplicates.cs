using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Links a request to an open one it repeats (same type, same member or same email address), so that the repeat
/// is worked with the original and the requester is told, instead of it being lost or worked twice.
/// </summary>
public sealed class RequestDuplicates(PortalDbContext db)
{
    private static readonly RightsRequestStatus[] Open = [.. RequestTransitions.Workable];

    /// <summary>Links <paramref name="request"/> to the earliest open request it repeats; returns that request's reference.</summary>
    public async Task<string?> LinkAsync(RightsRequest request, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var memberId = request.MemberId;
        var email = request.Email?.Trim().ToLowerInvariant();
        if (memberId is null && string.IsNullOrEmpty(email))
        {
            return null;
        }

        var candidates = db.RightsRequests.AsNoTracking()
            .Where(r => r.Id != request.Id && r.Type == request.Type && r.DuplicateOfId == null && Open.Contains(r.Status));
        if (request.Type == RightsRequestType.Objection)
        {
            candidates = candidates.Where(r => r.ObjectionKind == request.ObjectionKind);
        }

        var original = await candidates
            .Where(r => (memberId != null && r.MemberId == memberId) || (email != null && r.Email != null && r.Email.ToLower() == email))
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { r.Id, r.Reference, r.MemberId })
            .FirstOrDefaultAsync(cancellationToken);
        if (original is null)
        {
            return null;
        }

        request.DuplicateOfId = original.Id;
        request.Events.Add(new RightsRequestEvent
        {
            MemberId = request.MemberId,
            Kind = RightsRequestEventKind.DuplicateLinked,
            OccurredAt = now,
            Note = $"You already have request {original.Reference} open; we have added this to it.",
        });

        // Added directly, so the original's row (and its concurrency stamp) is left as staff last saw it.
        db.RightsRequestEvents.Add(new RightsRequestEvent
        {
            RequestId = original.Id,
            MemberId = original.MemberId,
            Kind = RightsRequestEventKind.DuplicateLinked,
            OccurredAt = now,
            Note = $"Request {request.Reference} repeats this request and was added to it.",
        });
        return original.Reference;
    }
}
