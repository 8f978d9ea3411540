using ImiPortal.Domain.Processing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class PersonalDataCategoryConfiguration : IEntityTypeConfiguration<PersonalDataCategory>
{
    public void Configure(EntityTypeBuilder<PersonalDataCategory> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(60).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(1000).IsRequired();
    }
}
