using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class PurposeLawfulBasisConfiguration : IEntityTypeConfiguration<PurposeLawfulBasis>
{
    public void Configure(EntityTypeBuilder<PurposeLawfulBasis> builder) =>
        builder.HasKey(b => new { b.PurposeId, b.Basis });
}
