using ImiPortal.Domain.PersonalData;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>
/// Every column of an entity that holds personal data must say what it is: a category, or explicitly
/// not personal. Export, erasure, retention and the privacy page are driven from these tags, so an
/// untagged column would silently escape all four.
/// </summary>
public sealed class PersonalDataTagTests
{
    [Fact]
    public void EveryPropertyOfAPersonalDataEntity_IsTaggedOrMarkedNotPersonal()
    {
        using var db = NewContext();
        var untagged = UntaggedProperties(db.Model);

        Assert.True(untagged.Count == 0, "Tag these with [PersonalData(...)] or [NotPersonalData]: " + string.Join(", ", untagged));
    }

    [Fact]
    public void TheCheck_FindsAPropertyWithoutATag()
    {
        using var db = new ContextWithAnUntaggedProperty();

        Assert.Contains("Pet.NickName", UntaggedProperties(db.Model));
        Assert.DoesNotContain("Pet.Species", UntaggedProperties(db.Model));
    }

    [Fact]
    public void Tags_ReachTheModel_WithTheirCategories()
    {
        using var db = NewContext();
        var map = new PersonalDataMap(db.Model);

        Assert.Contains(map.Fields, f => f is { Entity: "Member", Property: "Email", Category: DataCategory.Contact, Provided: true });
        Assert.Contains(map.Fields, f => f is { Entity: "Member", Property: "DateOfBirth", Category: DataCategory.Identity });
        Assert.Contains(map.Fields, f => f is { Entity: "ApplicationUser", Property: "Email", Category: DataCategory.Contact });
        Assert.Contains(map.Fields, f => f is { Entity: "Payment", Property: "CardLast4", Category: DataCategory.Financial });
        Assert.Contains(map.Fields, f => f is { Entity: "LoginRecord", Property: "IpAddress", Category: DataCategory.Technical });
        Assert.DoesNotContain(map.Fields, f => f.Property is "PasswordHash" or "SecurityStamp");
        Assert.Contains(map.SubjectEntities, e => e.ClrType.Name == "ConsentEvent");
    }

    [Fact]
    public void SpecialCategoryData_IsNotHeld_UntilAPurposeJustifiesIt()
    {
        using var db = NewContext();

        Assert.Empty(new PersonalDataMap(db.Model).InCategory(DataCategory.SpecialCategory));
    }

    internal static List<string> UntaggedProperties(IModel model) =>
        model.GetEntityTypes()
            .Where(e => e.GetSubjectKey() is not null)
            .SelectMany(e => e.GetProperties()
                .Where(p => !p.IsKey() && !p.IsForeignKey() && !p.IsShadowProperty() && p.Name != e.GetSubjectKey())
                .Where(p => p.GetDataCategory() is null && !p.IsMarkedNotPersonal())
                .Select(p => $"{e.ClrType.Name}.{p.Name}"))
            .ToList();

    private static PortalDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DbContextOptionsFactory.Configure(options, DatabaseProvider.Sqlite, "Data Source=:memory:");
        return new PortalDbContext(options.Options);
    }

    private sealed class ContextWithAnUntaggedProperty : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite("Data Source=:memory:");

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Pet>();
            PersonalDataAnnotations.ApplyAttributes(modelBuilder);
        }
    }

    [PersonalDataEntity(nameof(OwnerId))]
    private sealed class Pet
    {
        public int Id { get; set; }

        public Guid OwnerId { get; set; }

        [NotPersonalData]
        public string Species { get; set; } = "";

        public string NickName { get; set; } = "";
    }
}
