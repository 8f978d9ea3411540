using ImiPortal.Infrastructure.Consent;
using ImiPortal.Web.Handlers.Marketing;
using ImiPortal.Web.Queries.Marketing;

namespace ImiPortal.Web.Startup;

public static class MarketingServices
{
    /// <summary>Marketing preferences, the consent ledger, one-click unsubscribe and the audience export.</summary>
    public static IServiceCollection AddMarketing(this IServiceCollection services)
    {
        services.AddOptions<MarketingOptions>().BindConfiguration(MarketingOptions.Section);
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<ConsentLedger>();
        services.AddScoped<MarketingProfiles>();
        services.AddScoped<MarketingAudience>();
        services.AddScoped<AudienceCsvWriter>();
        services.AddScoped<MarketingEmailFactory>();
        services.AddScoped<ConsentTimelineQuery>();
        services.AddScoped<PreferencesQuery>();
        services.AddScoped<StaffMarketingQuery>();
        services.AddScoped<SavePreferencesHandler>();
        services.AddScoped<RecordOptOutHandler>();
        return services;
    }
}
