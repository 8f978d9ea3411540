using ImiPortal.Domain.Erasure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class SuppressionEntryConfiguration : IEntityTypeConfiguration<SuppressionEntry>
{
    public void Configure(EntityTypeBuilder<SuppressionEntry> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.EmailHash).HasMaxLength(64);
        builder.Property(s => s.PhoneHash).HasMaxLength(64);
        builder.Property(s => s.Reason).HasMaxLength(40).IsRequired();
        builder.HasIndex(s => s.EmailHash);
        builder.HasIndex(s => s.PhoneHash);
    }
}
