using ImiPortal.Domain.Members;
using ImiPortal.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Reference).HasMaxLength(LegalHold.ReferenceLength).IsRequired();
        builder.Property(h => h.Reason).HasMaxLength(LegalHold.ReasonLength).IsRequired();
        builder.HasIndex(h => new { h.MemberId, h.ReleasedAt });
        builder.HasOne<Member>().WithMany().HasForeignKey(h => h.MemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
