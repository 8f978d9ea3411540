using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.ProviderReference).HasMaxLength(100).IsRequired();
        builder.Property(p => p.CardBrand).HasMaxLength(20);
        // Four characters at most: a full card number cannot be stored here.
        builder.Property(p => p.CardLast4).HasMaxLength(4).IsFixedLength();
        builder.HasIndex(p => p.MemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(p => p.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
