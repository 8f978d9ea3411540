using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ProcessingPurposeVersionConfiguration : IEntityTypeConfiguration<ProcessingPurposeVersion>
{
    public void Configure(EntityTypeBuilder<ProcessingPurposeVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Snapshot).IsRequired();
        builder.Property(v => v.ChangedFields).HasMaxLength(500).IsRequired();
        builder.Property(v => v.ChangeNote).HasMaxLength(1000).IsRequired();
        builder.HasIndex(v => new { v.PurposeId, v.Version }).IsUnique();
        builder.HasOne<ProcessingPurpose>().WithMany().HasForeignKey(v => v.PurposeId).OnDelete(DeleteBehavior.Cascade);
    }
}
