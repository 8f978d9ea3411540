using ImiPortal.Domain.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Keeps the consent ledger append-only: a save that would update or delete a <see cref="ConsentEvent"/>
/// is refused before anything reaches the database. (The database itself removes a member's events by
/// cascade when the member row is deleted at erasure, and the retention sweep deletes superseded events in bulk once
/// their period has passed; neither passes through the change tracker.)
/// </summary>
public sealed class AppendOnlyConsentLedgerGuard : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.ChangeTracker.Entries<ConsentEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The consent ledger is append-only: a consent event cannot be changed or deleted. Record a new event instead.");
        }
    }
}
