using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ConsentStateConfiguration : IEntityTypeConfiguration<ConsentState>
{
    public void Configure(EntityTypeBuilder<ConsentState> builder)
    {
        builder.HasKey(s => new { s.MemberId, s.SubjectKey });
        builder.Property(s => s.SubjectKey).HasMaxLength(40);
        builder.HasIndex(s => new { s.SubjectKey, s.Granted });
        builder.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
