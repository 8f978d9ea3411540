using ImiPortal.Domain.Transparency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class PrivacyNoticeVersionConfiguration : IEntityTypeConfiguration<PrivacyNoticeVersion>
{
    public void Configure(EntityTypeBuilder<PrivacyNoticeVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.HasIndex(v => v.Version).IsUnique();
        builder.Property(v => v.SummaryOfChanges).HasMaxLength(4000).IsRequired();
        builder.Property(v => v.Body).IsRequired();
    }
}
