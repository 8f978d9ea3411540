using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class PortalSecretConfiguration : IEntityTypeConfiguration<PortalSecret>
{
    public void Configure(EntityTypeBuilder<PortalSecret> builder)
    {
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(200).IsRequired();
    }
}
