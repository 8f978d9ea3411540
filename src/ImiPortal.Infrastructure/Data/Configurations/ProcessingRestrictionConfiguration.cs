using ImiPortal.Domain.Members;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Restriction;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ProcessingRestrictionConfiguration : IEntityTypeConfiguration<ProcessingRestriction>
{
    public void Configure(EntityTypeBuilder<ProcessingRestriction> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.LiftReason).HasMaxLength(ProcessingRestriction.NoteLength);
        builder.HasIndex(r => new { r.MemberId, r.LiftedAt });
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RightsRequest>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
