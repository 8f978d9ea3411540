using ImiPortal.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class RightsRequestEventConfiguration : IEntityTypeConfiguration<RightsRequestEvent>
{
    public void Configure(EntityTypeBuilder<RightsRequestEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.HasIndex(e => new { e.RequestId, e.OccurredAt });
        builder.HasIndex(e => e.MemberId);
    }
}
