using ImiPortal.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class DetailsChangeConfiguration : IEntityTypeConfiguration<DetailsChange>
{
    public void Configure(EntityTypeBuilder<DetailsChange> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Fields).HasMaxLength(DetailsChange.FieldsLength).IsRequired();
        builder.Property(c => c.Reason).HasMaxLength(DetailsChange.ReasonLength);
        builder.Ignore(c => c.FieldNames);

        // The history is read per member, newest first. The actor is a plain reference (no foreign key), like the
        // audit log's, so that removing a staff login never rewrites or blocks a member's history.
        builder.HasIndex(c => new { c.MemberId, c.ChangedAt });
        builder.HasIndex(c => c.ChangedAt);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
