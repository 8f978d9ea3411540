using ImiPortal.Domain.Erasure;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Fulfilment;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImiPortal.Infrastructure.Erasure;

/// <summary>
/// Erases a member across every table that holds personal data, driven by the model's tags and the one list of
/// <see cref="ErasureRules"/>: deletes or anonymises each kind of record, keeps what the law requires, leaves a
/// suppression record, disables the login and records what was done in counts only. The caller owns the transaction.
/// </summary>
public sealed class ErasureEngine(PortalDbContext db, SubjectDataReader reader, SuppressionList suppression, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<ErasurePreviewLine>> PreviewAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var lines = new List<ErasurePreviewLine>();
        foreach (var entityType in reader.Map.SubjectEntities)
        {
            var rows = await reader.CountAsync(entityType, subject, cancellationToken);
            var rule = ErasureRules.For(entityType.ClrType.Name);
            lines.Add(new ErasurePreviewLine(entityType.ClrType.Name, EntityTitles.For(entityType.ClrType.Name), rows, rule.Action, rule.Reason));
        }

        return lines;
    }

    /// <summary>Whether a legal hold stops erasure: the data is needed for a live legal claim (Art. 17(3)(e)).</summary>
    public Task<bool> IsUnderLegalHoldAsync(Guid memberId, CancellationToken cancellationToken) =>
        db.LegalHolds.AnyAsync(h => h.MemberId == memberId && h.ReleasedAt == null, cancellationToken);

    public Task<ErasureOutcome> EraseAsync(DataSubject subject, CancellationToken cancellationToken) =>
        EraseAsync(subject, ErasureKind.Request, cancellationToken);

    /// <summary>
    /// Erases the subject. An erasure the person asked for leaves a suppression record so that they are never marketed
    /// again; the retention sweep's anonymisation of a former member does not, since they never objected.
    /// </summary>
    public async Task<ErasureOutcome> EraseAsync(DataSubject subject, ErasureKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var now = time.GetUtcNow().UtcDateTime;
        var member = await db.Members.SingleAsync(m => m.Id == subject.MemberId, cancellationToken);
        var user = subject.UserId is { } userId ? await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) : null;
        var emails = new[] { member.Email, user?.Email }.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (kind == ErasureKind.Request)
        {
            foreach (var email in emails)
            {
                await suppression.AddAsync(email, member.Phone, "erasure", cancellationToken);
            }

            if (emails.Count == 0)
            {
                await suppression.AddAsync(null, member.Phone, "erasure", cancellationToken);
            }
        }

        int deleted = 0, anonymised = 0, kept = 0;
        foreach (var entityType in reader.Map.SubjectEntities)
        {
            switch (ErasureRules.For(entityType.ClrType.Name).Action)
            {
                case ErasureAction.Delete:
                    deleted += await reader.DeleteAsync(entityType, subject, cancellationToken);
                    break;
                case ErasureAction.Anonymise:
                    foreach (var row in await reader.LoadForUpdateAsync(entityType, subject, cancellationToken))
                    {
                        RowAnonymiser.Anonymise(db, entityType, row);
                        if (row is Domain.Requests.RightsRequest request)
                        {
                            request.AnonymisedAt = now;
                        }

                        anonymised++;
                    }

                    break;
                default:
                    kept += await reader.CountAsync(entityType, subject, cancellationToken);
                    break;
            }
        }

        member.ErasedAt = now;
        member.IsMarketingSuppressed = kind == ErasureKind.Request;
        member.Touch(now);
        if (user is not null)
        {
            await DisableLoginAsync(user, now, cancellationToken);
        }

        // Email to the person carries their address: sent copies go now; queued ones (such as the notice that
        // confirms this erasure) are still delivered, then deleted at once.
        await db.OutboxMessages.Where(m => emails.Contains(m.To) && m.SentAt != null).ExecuteDeleteAsync(cancellationToken);
        await db.OutboxMessages.Where(m => emails.Contains(m.To)).ExecuteUpdateAsync(s => s.SetProperty(m => m.DeleteAfterSending, true), cancellationToken);
        var outcome = new ErasureOutcome(deleted, anonymised, kept);
        audit.Record(kind == ErasureKind.Request ? "member.erased" : "member.anonymised-by-retention", member.Id, "Member", member.Id.ToString(), $"deleted={deleted}; anonymised={anonymised}; kept={kept}");
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    private async Task DisableLoginAsync(ApplicationUser user, DateTime now, CancellationToken cancellationToken)
    {
        user.PasswordHash = null;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.TwoFactorEnabled = false;
        user.DisabledAt = now;
        await db.UserTokens.Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.UserRoles.Where(r => r.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
