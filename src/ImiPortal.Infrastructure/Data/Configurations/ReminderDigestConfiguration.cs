using ImiPortal.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ReminderDigestConfiguration : IEntityTypeConfiguration<ReminderDigest>
{
    public void Configure(EntityTypeBuilder<ReminderDigest> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Recipient).HasMaxLength(MemberConfiguration.EmailLength).IsRequired();

        // One digest per recipient per UK day, even if two processes run the job at once.
        builder.HasIndex(d => new { d.Recipient, d.SentOn }).IsUnique();
    }
}
