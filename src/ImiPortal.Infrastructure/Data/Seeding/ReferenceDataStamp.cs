using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Which build last seeded the roles and reference data. The seed lists are code (and one embedded file), so a build
/// that has seeded a database once has nothing more to add there: start-up then costs one query instead of the
/// seeder's dozen (issue #11, cold start). Any other build (a deployment, a restored backup) seeds again, which only
/// ever adds what is missing.
/// </summary>
public static class ReferenceDataStamp
{
    public const string Name = "reference-data-seeded-by-build";

    /// <summary>The module version ids of the assemblies that hold the seed lists: new with every compilation that changes them.</summary>
    public static string Current { get; } =
        $"{typeof(ReferenceDataSeeder).Assembly.ManifestModule.ModuleVersionId:N}-{typeof(Domain.UkTime).Assembly.ManifestModule.ModuleVersionId:N}";

    public static Task<bool> IsCurrentAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        return Query(db).AnyAsync(cancellationToken);
    }

    /// <summary>The stamp of this build, if recorded (also translated ahead of start-up by <see cref="ModelWarmUp"/>).</summary>
    internal static IQueryable<PortalSecret> Query(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.PortalSecrets.AsNoTracking().Where(s => s.Name == Name && s.Value == Current);
    }

    /// <summary>Records this build as the last to seed. Two instances starting together may both write it; the value is the same.</summary>
    public static async Task RecordAsync(PortalDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await db.PortalSecrets.SingleOrDefaultAsync(s => s.Name == Name, cancellationToken);
        if (row is null)
        {
            db.PortalSecrets.Add(new PortalSecret { Name = Name, Value = Current, CreatedAt = now });
        }
        else
        {
            row.Value = Current;
            row.CreatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance recorded it first; the next start checks again.
            db.ChangeTracker.Clear();
        }
    }
}
