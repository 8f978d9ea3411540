using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class PurposeCategoryConfiguration : IEntityTypeConfiguration<PurposeCategory>
{
    public void Configure(EntityTypeBuilder<PurposeCategory> builder)
    {
        builder.HasKey(c => new { c.PurposeId, c.Category });
        builder.HasOne<PersonalDataCategory>().WithMany().HasForeignKey(c => c.Category).OnDelete(DeleteBehavior.Restrict);
    }
}
