using ImiPortal.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Line1).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Line2).HasMaxLength(100);
        builder.Property(a => a.Town).HasMaxLength(60).IsRequired();
        builder.Property(a => a.County).HasMaxLength(60);
        builder.Property(a => a.Postcode).HasMaxLength(10).IsRequired();
        builder.Property(a => a.CountryCode).HasMaxLength(2).IsRequired();
        builder.HasIndex(a => new { a.MemberId, a.Kind }).IsUnique();
    }
}
