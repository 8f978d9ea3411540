using ImiPortal.Domain.PersonalData;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        // Identity declares these columns, so their tags are declared here rather than on the class.
        builder.HoldsPersonalDataOf(nameof(ApplicationUser.Id));
        builder.Property(u => u.UserName).HasPersonalData(DataCategory.Profile, provided: true);
        builder.Property(u => u.NormalizedUserName).HasPersonalData(DataCategory.Profile);
        builder.Property(u => u.Email).HasPersonalData(DataCategory.Contact, provided: true);
        builder.Property(u => u.NormalizedEmail).HasPersonalData(DataCategory.Contact);
        builder.Property(u => u.PhoneNumber).HasPersonalData(DataCategory.Contact, provided: true);
        builder.Property(u => u.LockoutEnd).HasPersonalData(DataCategory.Technical);
        builder.Property(u => u.CreatedAt).HasPersonalData(DataCategory.Profile);
        builder.Property(u => u.EmailConfirmed).HasPersonalData(DataCategory.Technical);
        builder.Property(u => u.PhoneNumberConfirmed).HasPersonalData(DataCategory.Technical);
        builder.Property(u => u.TwoFactorEnabled).HasPersonalData(DataCategory.Technical);
        builder.Property(u => u.AccessFailedCount).HasPersonalData(DataCategory.Technical);
        builder.Property(u => u.LockoutEnabled).IsNotPersonalData();
        // Secrets and stamps are credentials, not information about the person; never exported.
        builder.Property(u => u.PasswordHash).IsSecret();
        builder.Property(u => u.SecurityStamp).IsSecret();
        builder.Property(u => u.ConcurrencyStamp).IsNotPersonalData();
        builder.Property(u => u.DisabledAt).IsNotPersonalData();
    }
}
