using ImiPortal.Domain;
using ImiPortal.Domain.Processing;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Web.Models.Transparency;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Transparency;

/// <summary>Adds an entry to a member's disclosure log (what was shared, with whom, when and why), audit-logged.</summary>
public sealed class DisclosureRecorder(PortalDbContext db, IAuditLog audit, TimeProvider time)
{
    /// <summary>Null when saved; otherwise the field that is wrong and the message for it.</summary>
    public async Task<(string Field, string Message)?> RecordAsync(DisclosureInput input, Guid staffUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var number = input.MembershipNumber.Trim().ToUpperInvariant();
        var memberId = await db.Members.Where(m => m.MembershipNumber == number && m.ErasedAt == null)
            .Select(m => (Guid?)m.Id).FirstOrDefaultAsync(cancellationToken);
        if (memberId is null)
        {
            return (nameof(input.MembershipNumber), "No member has that membership number");
        }

        if (!await db.Recipients.AnyAsync(r => r.Id == input.RecipientId, cancellationToken))
        {
            return (nameof(input.RecipientId), "Choose who the data was shared with from the list");
        }

        if (input.PurposeId is not null && !await db.ProcessingPurposes.AnyAsync(p => p.Id == input.PurposeId, cancellationToken))
        {
            return (nameof(input.PurposeId), "Choose the purpose from the list");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var disclosure = new Disclosure
            {
                MemberId = memberId.Value,
                RecipientId = input.RecipientId!.Value,
                PurposeId = input.PurposeId,
                DisclosedAt = DisclosedAt(input.DisclosedOn!.Value),
                Description = input.Description.Trim(),
                RecordedByUserId = staffUserId,
            };
            db.Disclosures.Add(disclosure);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record("disclosure.recorded", memberId, nameof(Disclosure), disclosure.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"recipient={disclosure.RecipientId}; purpose={disclosure.PurposeId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return null;
    }

    /// <summary>Today's disclosures keep the time; an earlier date is stored as midday UK time, so it reads back as the same day.</summary>
    private DateTime DisclosedAt(DateOnly date)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return date == UkTime.DateOf(now)
            ? now
            : TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Unspecified), UkTime.Zone);
    }
}
