using ImiPortal.Domain.Transparency;
using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class NoticeAcknowledgementConfiguration : IEntityTypeConfiguration<NoticeAcknowledgement>
{
    public void Configure(EntityTypeBuilder<NoticeAcknowledgement> builder)
    {
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.UserId, a.Version }).IsUnique();
        builder.HasIndex(a => a.MemberId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
