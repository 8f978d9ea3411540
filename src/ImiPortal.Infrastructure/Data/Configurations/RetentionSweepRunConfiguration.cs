using ImiPortal.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class RetentionSweepRunConfiguration : IEntityTypeConfiguration<RetentionSweepRun>
{
    public void Configure(EntityTypeBuilder<RetentionSweepRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Failure).HasMaxLength(200);
        builder.Ignore(r => r.TotalAffected);
        builder.HasIndex(r => r.StartedAt);
        builder.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RetentionSweepLineConfiguration : IEntityTypeConfiguration<RetentionSweepLine>
{
    public void Configure(EntityTypeBuilder<RetentionSweepLine> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.RuleKey).HasMaxLength(50).IsRequired();
    }
}
