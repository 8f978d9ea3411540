using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.To).HasMaxLength(MemberConfiguration.EmailLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        builder.Property(m => m.TextBody).IsRequired();
        builder.Property(m => m.Kind).HasMaxLength(60).IsRequired();
        builder.Property(m => m.ListUnsubscribeUrl).HasMaxLength(1000);
        builder.Property(m => m.LastError).HasMaxLength(500);
        builder.Property(m => m.ClaimToken).HasMaxLength(40);
        builder.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
    }
}
