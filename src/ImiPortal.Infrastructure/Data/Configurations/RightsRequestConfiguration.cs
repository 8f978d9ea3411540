using ImiPortal.Domain.Members;
using ImiPortal.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.Data.Configurations;

public sealed class RightsRequestConfiguration : IEntityTypeConfiguration<RightsRequest>
{
    public const string OpenByDueIndex = "IX_RightsRequests_Open_DueOn_ReceivedOn_Id";

    /// <summary>The open statuses as SQL that SQLite, SQL Server and PostgreSQL all read: "Status" IN (2, 3, 4, 5).</summary>
    public static readonly string OpenFilter =
        $"\"Status\" IN ({string.Join(", ", RequestTransitions.Workable.Select(s => ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture)))})";

    public void Configure(EntityTypeBuilder<RightsRequest> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.FullName).HasMaxLength(200).IsRequired();
        builder.Property(r => r.MembershipNumber).HasMaxLength(MembershipNumber.Length);
        builder.Property(r => r.Email).HasMaxLength(MemberConfiguration.EmailLength);
        builder.Property(r => r.Phone).HasMaxLength(MemberConfiguration.PhoneLength);
        builder.Property(r => r.Details).HasMaxLength(4000);
        builder.Property(r => r.RelevantDates).HasMaxLength(500);
        builder.Property(r => r.Outcome).HasMaxLength(4000);
        builder.Property(r => r.RefusalExemption).HasMaxLength(200);
        builder.Property(r => r.PostalAddress).HasMaxLength(500);
        builder.Property(r => r.WithdrawalScope).HasMaxLength(2000);
        builder.Property(r => r.SubmissionKey).HasMaxLength(64);
        builder.HasIndex(r => r.SubmissionKey).IsUnique();
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(r => r.IsOpen);

        // The staff queue filters by status and sorts by due date; members list their own. The queue's default order
        // (due date, then receipt, then id) is read straight from the second index, with the status in it so that
        // the open-request filter needs no table lookups while pages are walked.
        builder.HasIndex(r => new { r.Status, r.DueOn });
        builder.HasIndex(r => new { r.DueOn, r.ReceivedOn, r.Id, r.Status });

        // The default queue (open requests by due date) from an index of open requests only (ADR-018): the index above
        // walks past every closed request due before the first open one, years of them. The query names the statuses
        // as literals (RequestRegister.IsOpen), which is how the database knows that this index applies.
        builder.HasIndex(r => new { r.DueOn, r.ReceivedOn, r.Id }, OpenByDueIndex).HasFilter(OpenFilter);
        builder.HasIndex(r => r.ClosedAt);
        builder.HasIndex(r => new { r.AssigneeUserId, r.DueOn });
        builder.HasIndex(r => new { r.MemberId, r.CreatedAt });
        builder.HasIndex(r => r.Email);

        // Staff search the queue by the start of a name (LIKE 'prefix%').
        builder.HasIndex(r => r.FullName);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<RightsRequest>().WithMany().HasForeignKey(r => r.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
