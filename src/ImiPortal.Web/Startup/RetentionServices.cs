using ImiPortal.Infrastructure.Restriction;
using ImiPortal.Infrastructure.Retention;
using ImiPortal.Web.Queries.Retention;

namespace ImiPortal.Web.Startup;

public static class RetentionServices
{
    /// <summary>Restriction of processing, legal holds and the nightly retention sweep (scheduled in PortalJobList).</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RetentionOptions>().Bind(configuration.GetSection(RetentionOptions.Section));
        services.AddOptions<RestrictionOptions>().Bind(configuration.GetSection(RestrictionOptions.Section));
        services.AddScoped<RetentionSweep>();
        services.AddScoped<LegalHolds>();
        services.AddScoped<Restrictions>();
        services.AddScoped<RetentionQuery>();
        return services;
    }
}
