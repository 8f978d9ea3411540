using ImiPortal.Infrastructure.Transparency;
using ImiPortal.Web.Queries.Transparency;
using ImiPortal.Web.Transparency;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Startup;

public static class TransparencyServices
{
    /// <summary>Record of processing, "My privacy", the privacy notice, cookie consent, the public member check and the disclosure log.</summary>
    public static IServiceCollection AddTransparency(this IServiceCollection services)
    {
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section)
            .Validate(o => o.BackupRetentionDays >= 0, "Privacy:BackupRetentionDays cannot be negative.")
            .ValidateOnStart();
        services.AddSingleton<CookieConsent>();
        services.Configure<MvcOptions>(o => o.Filters.Add<AnalyticsCookieFilter>());
        services.AddScoped<PrivacyNoticeChangesFilter>();

        services.AddScoped<PrivacyNotices>();
        services.AddScoped<PrivacyNoticeQuery>();
        services.AddScoped<PrivacyNoticePublisher>();
        services.AddScoped<MyPrivacyQuery>();
        services.AddScoped<MemberCheckQuery>();
        services.AddScoped<ProcessingRegisterQuery>();
        services.AddScoped<PurposeHistoryQuery>();
        services.AddScoped<ProcessingRegisterEditor>();
        services.AddScoped<ProcessingRegisterCsv>();
        services.AddScoped<DisclosureLogQuery>();
        services.AddScoped<DisclosureRecorder>();
        return services;
    }
}
