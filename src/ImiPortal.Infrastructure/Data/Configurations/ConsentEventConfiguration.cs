using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ConsentEventConfiguration : IEntityTypeConfiguration<ConsentEvent>
{
    public void Configure(EntityTypeBuilder<ConsentEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.MemberId, e.Id });
        builder.HasOne<Member>().WithMany().HasForeignKey(e => e.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MarketingTopic>().WithMany().HasForeignKey(e => e.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Recipient>().WithMany().HasForeignKey(e => e.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConsentWording>().WithMany().HasForeignKey(e => e.WordingId).OnDelete(DeleteBehavior.Restrict);
    }
}
