using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ProcessingPurposeConfiguration : IEntityTypeConfiguration<ProcessingPurpose>
{
    public void Configure(EntityTypeBuilder<ProcessingPurpose> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Key).HasMaxLength(60).IsRequired();
        builder.HasIndex(p => p.Key).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(500).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.Property(p => p.DataSubjects).HasMaxLength(500);
        builder.Property(p => p.LegitimateInterest).HasMaxLength(1000);
        builder.Property(p => p.RetentionNote).HasMaxLength(1000);
        builder.Property(p => p.SecurityMeasures).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();

        builder.HasMany(p => p.Categories).WithOne().HasForeignKey(c => c.PurposeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.LawfulBases).WithOne().HasForeignKey(b => b.PurposeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Recipients).WithOne().HasForeignKey(r => r.PurposeId).OnDelete(DeleteBehavior.Cascade);
    }
}
