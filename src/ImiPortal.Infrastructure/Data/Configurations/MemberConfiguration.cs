using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public const int NameLength = 100;
    public const int EmailLength = 256;
    public const int PhoneLength = 20;

    public void Configure(EntityTypeBuilder<Member> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.MembershipNumber).HasMaxLength(MembershipNumber.Length).IsRequired();
        builder.HasIndex(m => m.MembershipNumber).IsUnique();
        builder.Property(m => m.Title).HasMaxLength(20);
        builder.Property(m => m.FirstName).HasMaxLength(NameLength).IsRequired();
        builder.Property(m => m.MaidenName).HasMaxLength(NameLength);
        builder.Property(m => m.LastName).HasMaxLength(NameLength).IsRequired();
        builder.Property(m => m.Gender).HasMaxLength(30);
        builder.Property(m => m.MaritalStatus).HasMaxLength(30);
        builder.Property(m => m.Email).HasMaxLength(EmailLength).IsRequired();
        builder.Property(m => m.Phone).HasMaxLength(PhoneLength);
        builder.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(m => m.FullName);

        builder.HasIndex(m => m.Email);
        builder.HasIndex(m => new { m.Status, m.UpdatedAt });
        builder.HasIndex(m => new { m.LastName, m.FirstName });
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<Member>(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(m => m.Addresses).WithOne().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}
