using ImiPortal.Domain.Erasure;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Fulfilment;

/// <summary>The access package and erasure cover every tagged column of every entity, as the model says.</summary>
public sealed class ModelWalkTests
{
    [Fact]
    public void AccessPackage_CoversEveryTaggedColumn_OfEveryEntityThatHoldsPersonalData()
    {
        using var db = NewContext();
        var map = new PersonalDataMap(db.Model);

        var missing = map.Fields
            .Where(f => !SubjectDataReader.ColumnsOf(map.SubjectEntities.Single(e => e.ClrType.Name == f.Entity), RowScope.AllButSecrets).Contains(f.Property))
            .Select(f => $"{f.Entity}.{f.Property}")
            .ToList();

        Assert.Empty(missing);
        Assert.All(map.Fields, f => Assert.Contains(map.SubjectEntities, e => e.ClrType.Name == f.Entity));
    }

    [Fact]
    public void Portability_CoversExactlyTheColumnsThePersonProvided()
    {
        using var db = NewContext();
        var map = new PersonalDataMap(db.Model);

        foreach (var entityType in map.SubjectEntities)
        {
            var provided = map.Fields.Where(f => f.Entity == entityType.ClrType.Name && f.Provided).Select(f => f.Property).Order();
            Assert.Equal(provided, SubjectDataReader.ColumnsOf(entityType, RowScope.Provided).Order());
        }
    }

    [Fact]
    public void Erasure_HasADeclaredRule_ForEveryEntityThatHoldsPersonalData()
    {
        using var db = NewContext();

        var undeclared = new PersonalDataMap(db.Model).SubjectEntities
            .Select(e => e.ClrType.Name)
            .Where(name => !ErasureRules.ByEntity.ContainsKey(name))
            .ToList();

        Assert.True(undeclared.Count == 0, "Declare what erasure does with: " + string.Join(", ", undeclared));
    }

    private static PortalDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DbContextOptionsFactory.Configure(options, DatabaseProvider.Sqlite, "Data Source=:memory:");
        return new PortalDbContext(options.Options);
    }
}
