using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// What happens when a request counts as received (on submission from MyIMI or by staff; on email confirmation
/// from the public form): the deadline from the UK rules, the immediate effects or the link to an open duplicate,
/// and the acknowledgement with the reference, the due date and a link to track it.
/// </summary>
public sealed class RequestReceipt(
    PortalDbContext db,
    RequestDeadlines deadlines,
    RequestDuplicates duplicates,
    RequestImmediateEffects effects,
    IEmailOutbox outbox,
    IRequestLinks links)
{
    /// <summary>Call inside a transaction with <paramref name="request"/> tracked and its status set to Received.</summary>
    public async Task ReceiveAsync(RightsRequest request, Guid? actorUserId, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        deadlines.Refresh(request);
        string? duplicateOf = null;
        if (RequestImmediateEffects.AppliesTo(request))
        {
            await effects.ApplyAsync(request, actorUserId, now, cancellationToken);
        }
        else
        {
            duplicateOf = await duplicates.LinkAsync(request, now, cancellationToken);
        }

        if (string.IsNullOrEmpty(request.Email))
        {
            // Phone or post only: staff give the reference and the date in their reply.
            return;
        }

        var canLogIn = request.Channel != RequestChannel.PublicForm && request.MemberId is { } memberId
            && await db.Members.AnyAsync(m => m.Id == memberId && m.UserId != null, cancellationToken);
        outbox.Add(RequestIntakeEmails.Acknowledged(request, links.Track(request, canLogIn), duplicateOf));
        request.Events.Add(new RightsRequestEvent
        {
            MemberId = request.MemberId,
            Kind = RightsRequestEventKind.Acknowledged,
            OccurredAt = now,
            Note = request.DueOn is { } due && request.IsOpen
                ? $"We emailed you the reference and told you we will respond by the end of {Domain.UkTime.Format(due)}."
                : "We emailed you the reference.",
        });
    }
}
