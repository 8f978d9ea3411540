using ImiPortal.Domain.Members;
using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class DisclosureConfiguration : IEntityTypeConfiguration<Disclosure>
{
    public void Configure(EntityTypeBuilder<Disclosure> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Description).HasMaxLength(1000).IsRequired();
        builder.HasIndex(d => new { d.MemberId, d.DisclosedAt });
        builder.HasIndex(d => d.DisclosedAt);
        builder.HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Recipient>().WithMany().HasForeignKey(d => d.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProcessingPurpose>().WithMany().HasForeignKey(d => d.PurposeId).OnDelete(DeleteBehavior.Restrict);
    }
}
