using ImiPortal.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.JobKey).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Instance).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Outcome).HasMaxLength(200).IsRequired();

        // Not unique on purpose: the record is the evidence that a fire ran once, not the thing that makes it so.
        builder.HasIndex(r => new { r.JobKey, r.ScheduledFor });
        builder.HasIndex(r => r.StartedAt);
    }
}
