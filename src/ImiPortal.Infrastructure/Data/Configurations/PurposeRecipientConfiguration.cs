using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class PurposeRecipientConfiguration : IEntityTypeConfiguration<PurposeRecipient>
{
    public void Configure(EntityTypeBuilder<PurposeRecipient> builder)
    {
        builder.HasKey(r => new { r.PurposeId, r.RecipientId });
        builder.HasOne(r => r.Recipient).WithMany().HasForeignKey(r => r.RecipientId).OnDelete(DeleteBehavior.Restrict);
    }
}
