using ImiPortal.Domain.Deadlines;
using ImiPortal.Infrastructure.Accounts;
using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Data.Seeding;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Jobs;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.Infrastructure.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database (provider from "Database:Provider"), email outbox and seeders.</summary>
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        var dataFolder = new DataFolder(Path.Combine(environment.ContentRootPath, configuration["DataFolder"] ?? "App_Data"));
        Directory.CreateDirectory(dataFolder.Root);
        services.AddSingleton(dataFolder);

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section));

        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = ConnectionStringFor(provider, configuration, dataFolder);
        services.AddSingleton<AppendOnlyConsentLedgerGuard>();
        // Pooled: a request leases a reset context instead of building one and its options from scratch (ADR-016).
        // The context holds no state of its own beyond what EF Core resets between leases.
        services.AddDbContextPool<PortalDbContext>((sp, options) =>
        {
            DbContextOptionsFactory.Configure(options, provider, connectionString);
            DbContextOptionsFactory.UseCompiledModel(options, provider);
            options.AddInterceptors(sp.GetRequiredService<AppendOnlyConsentLedgerGuard>());
        });

        services.AddScoped<IEmailOutbox, EmailOutbox>();
        services.AddScoped<OutboxDispatcher>();
        services.AddSingleton<IEmailTransport>(sp =>
            string.Equals(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Transport, "Smtp", StringComparison.OrdinalIgnoreCase)
                ? ActivatorUtilities.CreateInstance<SmtpEmailTransport>(sp)
                : ActivatorUtilities.CreateInstance<PickupFolderEmailTransport>(sp));
        services.AddSingleton<DatabaseReadiness>();
        services.AddHostedService<DatabaseInitializer>();
        services.AddPortalJobs(configuration, provider, connectionString);

        services.AddOptions<RequestOptions>().Bind(configuration.GetSection(RequestOptions.Section));
        services.AddSingleton(sp =>
        {
            var requests = sp.GetRequiredService<IOptions<RequestOptions>>().Value;
            return new DeadlineCalculator(new UkBankHolidayCalendar(requests.HolidayRegion), requests.InternalTargetDays);
        });
        services.AddSingleton<RequestDeadlines>();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<SubjectDataReader>();
        services.AddScoped<Fulfilment.AccessPackageWriter>();
        services.AddScoped<Erasure.SuppressionList>();
        services.AddScoped<Erasure.ErasureEngine>();
        services.TryAddScoped<IAuditActor, SystemAuditActor>();
        services.AddScoped<AccountService>();
        services.AddMemoryCache();
        services.AddScoped<Consent.MarketingCatalogue>();
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<DevelopmentDataSeeder>();
        return services;
    }

    private static string ConnectionStringFor(DatabaseProvider provider, IConfiguration configuration, DataFolder dataFolder) => provider switch
    {
        DatabaseProvider.Sqlite => configuration.GetConnectionString("Sqlite")
            ?? $"Data Source={Path.Combine(dataFolder.Root, "imiportal.db")}",
        DatabaseProvider.SqlServer => configuration.GetConnectionString("SqlServer")
            ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set."),
        DatabaseProvider.Postgres => configuration.GetConnectionString("Postgres")
            ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set."),
        _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
    };
}
