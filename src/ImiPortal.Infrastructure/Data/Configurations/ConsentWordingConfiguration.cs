using ImiPortal.Domain.Consent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ConsentWordingConfiguration : IEntityTypeConfiguration<ConsentWording>
{
    public void Configure(EntityTypeBuilder<ConsentWording> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Key).HasMaxLength(100).IsRequired();
        builder.Property(w => w.Text).HasMaxLength(2000).IsRequired();
        builder.HasIndex(w => new { w.Key, w.Version }).IsUnique();
    }
}
