using ImiPortal.Domain.Auditing;
using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Erasure;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Processing;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Restriction;
using ImiPortal.Domain.Retention;
using ImiPortal.Domain.Security;
using ImiPortal.Domain.Transparency;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Infrastructure.PersonalData;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Data;

/// <summary>The portal's one database: Identity, the member data, the record of processing, requests and the outbox.</summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Member> Members => Set<Member>();

    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<DetailsChange> DetailsChanges => Set<DetailsChange>();

    public DbSet<PersonalDataCategory> DataCategories => Set<PersonalDataCategory>();

    public DbSet<ProcessingPurpose> ProcessingPurposes => Set<ProcessingPurpose>();

    public DbSet<Recipient> Recipients => Set<Recipient>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    public DbSet<ProcessingPurposeVersion> ProcessingPurposeVersions => Set<ProcessingPurposeVersion>();

    public DbSet<PrivacyNoticeVersion> PrivacyNoticeVersions => Set<PrivacyNoticeVersion>();

    public DbSet<NoticeAcknowledgement> NoticeAcknowledgements => Set<NoticeAcknowledgement>();

    public DbSet<MarketingTopic> MarketingTopics => Set<MarketingTopic>();

    public DbSet<ConsentWording> ConsentWordings => Set<ConsentWording>();

    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();

    public DbSet<ConsentState> ConsentStates => Set<ConsentState>();

    public DbSet<RightsRequest> RightsRequests => Set<RightsRequest>();

    public DbSet<RightsRequestEvent> RightsRequestEvents => Set<RightsRequestEvent>();

    public DbSet<ReminderDigest> ReminderDigests => Set<ReminderDigest>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<LoginRecord> LoginRecords => Set<LoginRecord>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SuppressionEntry> SuppressionEntries => Set<SuppressionEntry>();

    public DbSet<PortalSecret> PortalSecrets => Set<PortalSecret>();

    public DbSet<LegalHold> LegalHolds => Set<LegalHold>();

    public DbSet<ProcessingRestriction> ProcessingRestrictions => Set<ProcessingRestriction>();

    public DbSet<RetentionSweepRun> RetentionSweepRuns => Set<RetentionSweepRun>();

    public DbSet<Jobs.JobRun> JobRuns => Set<Jobs.JobRun>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        PersonalDataAnnotations.ApplyAttributes(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every DateTime in the database is UTC; say so when reading it back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
