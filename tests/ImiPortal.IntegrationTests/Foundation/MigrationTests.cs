using ImiPortal.Infrastructure.Data;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Foundation;

public sealed class MigrationTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MigrationTests(PortalFactory factory) => _factory = factory;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Model_HasNoChangesMissingAMigration(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        // Nothing connects: the model is compared with the provider's migrations snapshot.
        DbContextOptionsFactory.Configure(options, provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.Postgres => "Host=unused;Database=unused",
            _ => "Server=unused;Database=unused",
        });
        using var db = new PortalDbContext(options.Options);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: run scripts/add-migration.sh <Name>.");
    }

    [Fact]
    public async Task StartUp_AppliesEveryMigration_AndSeedsTheRecordOfProcessing()
    {
        _ = _factory.Server;
        var pending = await _factory.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        Assert.Empty(pending);

        var categories = await _factory.WithDbAsync(db => db.DataCategories.CountAsync());
        Assert.Equal(9, categories);

        var purposes = await _factory.WithDbAsync(db => db.ProcessingPurposes.Include(p => p.LawfulBases).Include(p => p.Categories).ToListAsync());
        Assert.Contains(purposes, p => p.Key == "orders" && p.Categories.Any(c => c.Category == Domain.PersonalData.DataCategory.Financial));
        Assert.All(purposes, p => Assert.NotEmpty(p.LawfulBases));
        Assert.All(purposes, p => Assert.Equal(84, p.RetentionMonths));
        var roles = await _factory.WithDbAsync(db => db.Roles.Select(r => r.Name).ToListAsync());
        Assert.Equal(["Administrator", "Member", "MemberServices", "PrivacyOfficer"], roles.Order().ToList());
    }
}
